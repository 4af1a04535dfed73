import { stat } from 'node:fs/promises';
import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import { collectionFor } from '../../core/model';
import { placeByPath } from '../../core/repair';
import type { Workspace } from '../workspace';

export type FoundOriginal =
  | { ok: true; collection: ModelCollection | null; lang: string; original: string }
  | { ok: false; reason: string };

/**
 * The original of a translation that cannot say it itself (no readable
 * frontmatter), by path under its collection's pairing rule: the same
 * slug with the source language's suffix, or the same path in the source
 * language's folder. The reason says what was looked for when none is there.
 */
export async function findOriginal(ws: Workspace, model: ContentModel, relPath: string): Promise<FoundOriginal> {
  const collection = collectionFor(model, relPath);
  const sourceLanguage = collection?.sourceLanguage ?? model.collections[0]?.sourceLanguage ?? 'en';
  const place = placeByPath(relPath, {
    rule: collection?.pairing.by ?? null,
    root: collection?.root ?? '.',
    sourceLanguage,
    defaultLanguage: collection?.defaultLanguage ?? sourceLanguage,
  });
  if (place.lang === null) {
    return { ok: false, reason: `${relPath}: its path names no language (no .<lang> suffix or locale folder), so its original cannot be found by path.` };
  }
  if (place.lang === sourceLanguage) {
    return { ok: false, reason: `${relPath} is in the source language (${sourceLanguage}): it is an original, so there is no original to copy its frontmatter from.` };
  }
  for (const candidate of place.candidates) {
    if (await isFileInside(ws, candidate)) return { ok: true, collection, lang: place.lang, original: candidate };
  }
  return { ok: false, reason: `No original found for ${relPath}: there is no ${place.candidates.slice(0, 2).join(' or ')}.` };
}

async function isFileInside(ws: Workspace, relPath: string): Promise<boolean> {
  try {
    return (await stat(await ws.resolveInside(relPath))).isFile();
  } catch {
    return false;
  }
}
