import type { FieldRoles, ModelCollection } from '@shared/model/content-model';
import { detectFieldRoles } from './model/detect-field-roles';
import { detectLanguageField } from './model/detect-pairing';
import { inferSchema } from './model/infer-schema';
import { keyText, valueAt } from './model/model-file';
import { splitLanguageSuffix, splitLocaleFolder } from './model/pairing-rules';
import { pathInCollection, placeFile } from './model/place-file';

/**
 * The few frontmatter values the library lists, read best-effort from what
 * the parser produced, so even an invalid file shows its title, date and
 * language. Every field is found through the file's collection: its roles
 * name the title, date, tags … fields, and `placeFile` says the language,
 * group and original. Nothing here throws or validates.
 */
export interface ArticleMeta {
  title: string | null;
  description: string | null;
  /** ISO 8601 string: a js-yaml `Date` becomes `toISOString()`, a parseable string is kept as written. */
  publishedAt: string | null;
  updatedAt: string | null;
  lang: string | null;
  /** The language the path says under the collection's pairing rule (suffix or locale folder), or null when it says none. */
  pathLang: string | null;
  /** Name of the file's collection; null when it is in none. */
  collection: string | null;
  /** Files of one collection with equal keys are an article and its translations (`placeFile`). */
  groupKey: string | null;
  /** The group key of the original this file translates; null for an original. */
  translatedFrom: string | null;
  category: string | null;
  tags: string[];
  draft: boolean;
}

/** Where a file is: its collection (null when in none) and its site-relative path. */
export interface MetaContext {
  collection: ModelCollection | null;
  /** Relative to the site root, `/` separators. */
  path: string;
}

/** A file in no collection, at no path: title and language only, if the data has them. */
export const NO_COLLECTION: Readonly<MetaContext> = Object.freeze({ collection: null, path: '' });

/**
 * Reads `ArticleMeta` from parsed frontmatter (or null when there is none).
 * A file in a collection is read through its roles and pairing rule; a file
 * in none is read by the names sites commonly use (`detectFieldRoles` on
 * its own values) and belongs to no group.
 */
export function extractMeta(data: Record<string, unknown> | null, context: MetaContext = NO_COLLECTION): ArticleMeta {
  const { collection, path } = context;
  if (collection === null) return looseMeta(data, path);
  const place = placeFile(collection, { path: pathInCollection(collection, path), data });
  return {
    ...roleValues(data, collection.roles),
    lang: place.lang,
    pathLang: pathLanguage(collection, path),
    collection: collection.name,
    groupKey: place.groupKey,
    translatedFrom: place.translatedFrom,
  };
}

/** The language a path gives a file under its collection's rule: the suffix, the locale folder, or (key/none) either. */
function pathLanguage(collection: ModelCollection, path: string): string | null {
  const inner = pathInCollection(collection, path);
  const suffix = collection.pairing.by === 'folder' ? null : splitLanguageSuffix(inner).lang;
  const folder = collection.pairing.by === 'suffix' ? null : splitLocaleFolder(inner).lang;
  return suffix ?? folder;
}

function roleValues(data: Record<string, unknown> | null, roles: FieldRoles): Omit<ArticleMeta, 'lang' | 'pathLang' | 'collection' | 'groupKey' | 'translatedFrom'> {
  const at = (role: keyof FieldRoles): unknown => (data === null || roles[role] === undefined ? undefined : valueAt(data, roles[role]));
  return {
    title: text(at('title'), true),
    description: text(at('description'), false),
    publishedAt: date(at('date')),
    updatedAt: date(at('updated')),
    // A category role may be a list (`categories`): the first entry is the one the facet shows.
    category: category(at('category')),
    tags: tags(at('tags')),
    draft: at('draft') === true,
  };
}

/** A file outside every collection: best effort, no group. */
function looseMeta(data: Record<string, unknown> | null, path: string): ArticleMeta {
  const pathLang = path === '' ? null : (splitLanguageSuffix(path).lang ?? splitLocaleFolder(path).lang);
  const base = { pathLang, collection: null, groupKey: null, translatedFrom: null };
  if (data === null) return { title: null, description: null, publishedAt: null, updatedAt: null, category: null, tags: [], draft: false, lang: pathLang, ...base };
  const languageField = detectLanguageField([{ path, data }]);
  const lang = languageField === null ? null : text(data[languageField], false);
  return { ...roleValues(data, detectFieldRoles(inferSchema([data]))), lang: lang ?? pathLang, ...base };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Non-empty trimmed string; a title may also be a bare YAML number such as `2026`. */
function text(value: unknown, allowNumber: boolean): string | null {
  if (allowNumber) return keyText(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function category(value: unknown): string | null {
  return Array.isArray(value) ? text(value.find((item) => text(item, false) !== null), false) : text(value, false);
}

function date(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed !== '' && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}

/** Strings only, trimmed, empty and repeated ones dropped; a lone `tags: MINING` counts as one tag. */
function tags(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const seen = new Set<string>();
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const tag = item.trim();
    if (tag !== '') seen.add(tag);
  }
  return [...seen];
}
