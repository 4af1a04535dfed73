import { DELETE, applyChanges, editFields, readFrontmatter, type FieldEdit, type FrontmatterErrorCode } from '@shared/frontmatter';

const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;


export interface TranslationTextError {
  code: FrontmatterErrorCode | 'bad-language' | 'no-external-id' | 'same-language';
  message: string;
  line?: number;
  field?: string;
}

export type TranslationTextResult = { ok: true; text: string } | { ok: false; error: TranslationTextError };

/**
 * The starting text of a new translation: the original's frontmatter with
 * `lang` set, `ai.translatedFrom` = the original's `externalId` (string or
 * number, as the original writes it), `draft: true`, and a fresh
 * `review: { status: unreviewed, at: now }` replacing any review the
 * original had; the body is copied byte for byte. Made with `editFields` on
 * the original's text, so quoting, comments, order and line endings stay.
 *
 * Pure: it never looks at the disk. The service that writes the result must
 * refuse when `translationPath(...)` already exists; a translation is never
 * created over another file.
 */
export function createTranslationText(originalText: string, lang: string, opts: { now: string }): TranslationTextResult {
  if (!LANG.test(lang)) {
    return fail('bad-language', `"${lang}" is not a language code; use one such as uk, pt or pt-BR.`);
  }
  const read = readFrontmatter(originalText);
  if (!read.ok) return { ok: false, error: read.error };
  const { data } = read;
  const id = data.externalId;
  if (!((typeof id === 'string' && id.trim() !== '') || typeof id === 'number')) {
    return fail('no-external-id', 'The original has no externalId, so a translation could not name it. Give the original an externalId first.', 'externalId');
  }
  if (typeof data.lang === 'string' && data.lang.toLowerCase() === lang.toLowerCase()) {
    return fail('same-language', `The original is already in "${lang}"; choose another language.`, 'lang');
  }

  let text = originalText;
  if (data.review !== undefined) {
    // Whatever the original's review held (even a scalar) is not the new file's.
    const cleared = editFields(text, [{ path: ['review'], value: DELETE }]);
    if (!cleared.ok) return { ok: false, error: cleared.error };
    text = applyChanges(text, cleared.changes);
  }
  const edits: FieldEdit[] = [
    { path: ['lang'], value: lang },
    { path: ['ai', 'translatedFrom'], value: id },
    { path: ['draft'], value: true },
    { path: ['review', 'status'], value: 'unreviewed' },
    { path: ['review', 'at'], value: opts.now },
  ];
  const edited = editFields(text, edits);
  if (!edited.ok) return { ok: false, error: edited.error };
  return { ok: true, text: applyChanges(text, edited.changes) };
}

function fail(code: TranslationTextError['code'], message: string, field?: string): TranslationTextResult {
  return { ok: false, error: { code, message, ...(field !== undefined && { field }) } };
}
