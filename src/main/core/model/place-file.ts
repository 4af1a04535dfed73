import type { ModelCollection } from '@shared/model/content-model';
import { keyText, valueAt, type ModelFile } from './model-file';
import { groupKeyOf, languageOf } from './pairing-rules';

/** Where one file stands in its collection's translation groups. */
export interface FilePlace {
  /** The file's language under the collection's language rule, lower case. */
  lang: string;
  /** Files with equal keys (in one collection) are an article and its translations; null when the rule pairs nothing. */
  groupKey: string | null;
  /**
   * The group key of the original this file translates, or null for an
   * original. With a translated-from field it is that field's value, which
   * may name a key no file has (an orphan); otherwise it is the file's own
   * group key, and a file is a translation when it is not in the source language.
   */
  translatedFrom: string | null;
}

/**
 * The one place that says, for a file of a collection, which language it is
 * in, which group it belongs to and whether it is an original — the index,
 * review, repair and create-translation all ask here, so they agree.
 * `file.path` is relative to the collection's root.
 */
export function placeFile(collection: ModelCollection, file: ModelFile): FilePlace {
  const rule = collection.pairing;
  const lang = languageOf(file, rule, { languageField: collection.languageField ?? null, defaultLanguage: collection.defaultLanguage });
  const groupKey = groupKeyOf(file, rule);
  if (groupKey === null) return { lang, groupKey, translatedFrom: null };
  if (rule.by === 'key' && rule.translatedFrom !== undefined) {
    return { lang, groupKey, translatedFrom: keyText(valueAt(file.data, rule.translatedFrom)) };
  }
  return { lang, groupKey, translatedFrom: lang === collection.sourceLanguage ? null : groupKey };
}

/** A site-relative path as the collection's rules read it: relative to the collection's root. */
export function pathInCollection(collection: Pick<ModelCollection, 'root'>, relPath: string): string {
  const root = collection.root === '.' || collection.root === '' ? '' : `${collection.root.replace(/\/+$/, '')}/`;
  return relPath.startsWith(root) ? relPath.slice(root.length) : relPath;
}
