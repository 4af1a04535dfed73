import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import { collectionFor, valueAt } from '../../core/model';
import { parseArticle } from '../../core/parse-article';
import { placeByPath, REVIEW_TRANSLATED_FROM } from '../../core/repair';
import { decodeFileBytes } from '../decode-file';
import { readRegularFile } from '../read-regular-file';
import type { Workspace } from '../workspace';

export type FoundOriginal =
  | { ok: true; collection: ModelCollection | null; lang: string; original: string }
  | { ok: false; reason: string };

/**
 * The original of a translation that cannot say it itself (no readable
 * frontmatter), by path under its collection's pairing rule: of the files
 * with the same slug and another language suffix, or the same path in
 * another language's folder, the first (source language first) that is an
 * original — readable and without a translated-from field. The model's
 * source language alone is not trusted: inferred from a few files it may
 * name the language with the most files. The reason says what was looked for.
 */
export async function findOriginal(ws: Workspace, model: ContentModel, relPath: string): Promise<FoundOriginal> {
  const collection = collectionFor(model, relPath);
  const sourceLanguage = collection?.sourceLanguage ?? model.collections[0]?.sourceLanguage ?? 'en';
  const place = placeByPath(relPath, {
    rule: collection?.pairing.by ?? null,
    root: collection?.root ?? '.',
    languages: collection?.languages ?? [],
    sourceLanguage,
    defaultLanguage: collection?.defaultLanguage ?? sourceLanguage,
  });
  if (place.lang === null) {
    return { ok: false, reason: `${relPath}: its path names no language (no .<lang> suffix or locale folder), so its original cannot be found by path.` };
  }
  const translatedFrom = collection?.pairing.translatedFrom ?? REVIEW_TRANSLATED_FROM.field;
  const translations: string[] = [];
  for (const candidate of place.candidates) {
    const data = await frontmatterOf(ws, candidate.path);
    if (data === undefined) continue;
    if (data !== null && valueAt(data, translatedFrom) === undefined) return { ok: true, collection, lang: place.lang, original: candidate.path };
    translations.push(candidate.path);
  }
  const first = place.candidates.find((candidate) => candidate.lang === sourceLanguage) ?? place.candidates[0];
  const looked = first ? `there is no ${first.path}` : 'the collection has no other language';
  const others =
    translations.length > 0
      ? `; ${translations.join(', ')} ${translations.length === 1 ? 'is a translation or has' : 'are translations or have'} no readable frontmatter`
      : ' nor a file in another language beside it';
  // The model's source language may be a guess (the language with the most files): hedge.
  const itself = place.lang === sourceLanguage && translations.length === 0 ? ` ${relPath} is in the source language (${sourceLanguage}): it may be an original itself, with nothing to copy from.` : '';
  return { ok: false, reason: `No original found for ${relPath}: ${looked}${others}.${itself}` };
}

/** A file's frontmatter: undefined when there is no such file, null when it has none readable. */
async function frontmatterOf(ws: Workspace, relPath: string): Promise<Record<string, unknown> | null | undefined> {
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(await ws.resolveInside(relPath), relPath)).bytes;
  } catch {
    return undefined;
  }
  const decoded = decodeFileBytes(bytes);
  return decoded.ok ? parseArticle(decoded.text).frontmatter : null;
}
