import { DELETE, applyChanges, editFields, readFrontmatter, type FieldEdit, type FrontmatterErrorCode } from '@shared/frontmatter';
import type { ModelCollection } from '@shared/model/content-model';
import { valueAt } from '../model/model-file';

const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;


/** The fields of a collection a new translation sets, by the model's names. */
export interface NewTranslationFields {
  /** Set to the new language, when the collection keeps it in a field. */
  languageField: string | null;
  /** A key rule's shared key (`externalId`, `translationKey`): the original must have one. */
  key: string | null;
  /** Set to the original's key, when the key rule has a translated-from field (`ai.translatedFrom`). */
  translatedFrom: string | null;
  /** The draft flag (`roles.draft`), set to true; null when the collection has none. */
  draft: string | null;
}

/** What a collection says a new translation sets. */
export function newTranslationFields(collection: ModelCollection): NewTranslationFields {
  const byKey = collection.pairing.by === 'key';
  return {
    languageField: collection.languageField ?? null,
    key: byKey ? (collection.pairing.key ?? null) : null,
    translatedFrom: byKey ? (collection.pairing.translatedFrom ?? null) : null,
    draft: collection.roles.draft ?? null,
  };
}

export interface TranslationTextError {
  code: FrontmatterErrorCode | 'bad-language' | 'no-key' | 'same-language';
  message: string;
  line?: number;
  field?: string;
}

export type TranslationTextResult = { ok: true; text: string } | { ok: false; error: TranslationTextError };

/**
 * The starting text of a new translation: the original's frontmatter (its
 * shared fields and the rest, as the starting point) with the language field
 * set, the translated-from field set to the original's key (string or
 * number, as the original writes it), the draft flag true, and a fresh
 * `review: { status: unreviewed, at: now }` replacing any review the
 * original had; the body is copied byte for byte. Field names come from the
 * collection (`fields`). Made with `editFields` on the original's text, so
 * quoting, comments, order and line endings stay.
 *
 * Pure: it never looks at the disk. The service that writes the result must
 * refuse when the new path already exists; a translation is never created
 * over another file.
 */
export function createTranslationText(originalText: string, lang: string, opts: { now: string; fields: NewTranslationFields }): TranslationTextResult {
  if (!LANG.test(lang)) {
    return fail('bad-language', `"${lang}" is not a language code; use one such as uk, pt or pt-BR.`);
  }
  const read = readFrontmatter(originalText);
  if (!read.ok) return { ok: false, error: read.error };
  const { data } = read;
  const { languageField, key, translatedFrom, draft } = opts.fields;
  const id = key !== null ? valueAt(data, key) : undefined;
  if (key !== null && !((typeof id === 'string' && id.trim() !== '') || typeof id === 'number')) {
    return fail('no-key', `The original has no ${key}, so a translation could not share it. Give the original a ${key} first.`, key);
  }
  const current = languageField !== null ? data[languageField] : undefined;
  if (typeof current === 'string' && current.toLowerCase() === lang.toLowerCase()) {
    return fail('same-language', `The original is already in "${lang}"; choose another language.`, languageField ?? undefined);
  }

  let text = originalText;
  if (data.review !== undefined) {
    // Whatever the original's review held (even a scalar) is not the new file's.
    const cleared = editFields(text, [{ path: ['review'], value: DELETE }]);
    if (!cleared.ok) return { ok: false, error: cleared.error };
    text = applyChanges(text, cleared.changes);
  }
  const edits: FieldEdit[] = [];
  if (languageField !== null) edits.push({ path: [languageField], value: lang });
  if (translatedFrom !== null && (typeof id === 'string' || typeof id === 'number')) edits.push({ path: translatedFrom.split('.'), value: id });
  if (draft !== null) edits.push({ path: [draft], value: true });
  edits.push({ path: ['review', 'status'], value: 'unreviewed' }, { path: ['review', 'at'], value: opts.now });
  const edited = editFields(text, edits);
  if (!edited.ok) return { ok: false, error: edited.error };
  return { ok: true, text: applyChanges(text, edited.changes) };
}

function fail(code: TranslationTextError['code'], message: string, field?: string): TranslationTextResult {
  return { ok: false, error: { code, message, ...(field !== undefined && { field }) } };
}
