import { CopydeskError } from '@shared/errors';
import { collectionFor, schemaForPath } from '../../core/model';
import { DEFAULT_BAND, type Check, type LengthBand } from '../../core/review';
import type { PairAnalysis, PairAnalysisInput } from '../../core/review/pair-analysis';
import { readRegularFile } from '../read-regular-file';
import { normaliseRelPath } from '../write/save-article';
import type { Workspace } from '../workspace';
import { articleSide, reviewFileFromBytes, type ReviewFile } from './review-file';
import { knownLengthBands } from './workspace-review';

/** A translation, its source and the group facts its checks need, all read from disk now. */
export interface PairContext {
  /** Real absolute path of the translation. */
  abs: string;
  translation: ReviewFile;
  source: { abs: string; file: ReviewFile } | null;
  /** A file with `ai.translatedFrom`'s id and no `ai.translatedFrom` of its own exists. */
  originalExists: boolean;
  /** Another file of the group has the translation's language. */
  duplicateOfLang: boolean;
}

/** Reads one workspace file for review; `not-found` when absent, `bad-input` when it is not a regular file of readable text. */
export async function loadReviewFile(ws: Workspace, relPath: string): Promise<{ abs: string; file: ReviewFile }> {
  const path = normaliseRelPath(relPath);
  const abs = await ws.resolveInside(path);
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(abs, path)).bytes;
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new CopydeskError('not-found', `There is no file ${path} in the workspace.`, { path });
    throw new CopydeskError('internal', `${path} could not be read (${code ?? String(error)}).`, { path });
  }
  // Judged by the file's collection: approval is refused while it is invalid there.
  const file = reviewFileFromBytes(path, bytes, schemaForPath(await ws.contentModel(), path));
  if (file === null) throw new CopydeskError('bad-input', `${path} is not UTF-8 text; re-save it as UTF-8 first.`, { path });
  return { abs, file };
}

/**
 * Loads a translation with its source. Group membership comes from the
 * index (`ws.readGroup`), the files themselves from disk. Refuses files
 * without readable frontmatter and originals (`bad-input`).
 */
export async function loadPairContext(ws: Workspace, relPath: string): Promise<PairContext> {
  const { abs, file } = await loadReviewFile(ws, relPath);
  const path = file.path;
  if (file.data === null) {
    throw new CopydeskError('bad-input', `${path} has no readable frontmatter; fix it first (copydesk validate shows where).`, { path });
  }
  const from = file.translatedFrom;
  if (from === null) {
    throw new CopydeskError('bad-input', `${path} is an original (it has no ai.translatedFrom); open one of its translations to review.`, { path });
  }
  const ids = [...new Set([file.externalId, from].filter((id): id is string => id !== null))];
  const collection = collectionFor(await ws.contentModel(), path)?.name ?? null;
  const memberPaths = new Set(ids.flatMap((id) => groupPaths(ws, collection, id)));
  memberPaths.delete(path);
  const members: { abs: string; file: ReviewFile }[] = [];
  for (const member of [...memberPaths].sort()) {
    const memberAbs = await ws.resolveInside(member);
    const read = await readMember(memberAbs, member);
    if (read?.data) members.push({ abs: memberAbs, file: read });
  }
  const originals = members.filter((m) => m.file.translatedFrom === null);
  const source =
    (file.externalId !== null ? originals.find((m) => m.file.externalId === file.externalId) : undefined) ??
    originals.find((m) => m.file.externalId === from) ??
    null;
  const lang = file.lang?.toLowerCase();
  return {
    abs,
    translation: file,
    source,
    originalExists: originals.some((m) => m.file.externalId === from),
    duplicateOfLang:
      lang !== undefined && members.some((m) => m.file.externalId === file.externalId && m.file.lang?.toLowerCase() === lang),
  };
}

/**
 * The pair's analysis (blocks, alignment, checks), from the workspace's pair
 * analyst: on its worker, and shared with the pair view when it asked for
 * the same bytes. The `length` check uses the band the latest review measured
 * for the translation's language.
 */
export function analysePairContext(ws: Workspace, context: PairContext): Promise<PairAnalysis> {
  const lang = context.translation.lang?.toLowerCase();
  const band = (lang !== undefined ? knownLengthBands(ws)?.[lang] : undefined) ?? DEFAULT_BAND;
  const key = [context.translation.hash, context.source?.file.hash ?? '-', context.originalExists, context.duplicateOfLang, band.low, band.high].join(':');
  return ws.pairAnalyst.analyse(key, () => analysisInput(context, band));
}

/** The translation's consistency checks, in the core's order. */
export async function pairChecks(ws: Workspace, context: PairContext): Promise<Check[]> {
  return (await analysePairContext(ws, context)).checks;
}

function analysisInput(context: PairContext, lengthBand: LengthBand): PairAnalysisInput {
  const translation = articleSide(context.translation);
  const source = context.source ? articleSide(context.source.file) : null;
  return {
    translationBody: context.translation.body,
    sourceBody: context.source ? context.source.file.body : null,
    checks: translation ? { source, translation, originalExists: context.originalExists, duplicateOfLang: context.duplicateOfLang, lengthBand } : null,
  };
}

/** A group member as it is on disk now; null when it is gone, not a regular file, or not text (the validator reports those). */
async function readMember(abs: string, path: string): Promise<ReviewFile | null> {
  const read = await readRegularFile(abs, path).catch(() => null);
  return read === null ? null : reviewFileFromBytes(path, read.bytes);
}

function groupPaths(ws: Workspace, collection: string | null, externalId: string): string[] {
  if (collection === null) return [];
  try {
    return ws.readGroup(collection, externalId).members.map((m) => m.path);
  } catch {
    // Not indexed (yet): the group is unknown, not an error.
    return [];
  }
}
