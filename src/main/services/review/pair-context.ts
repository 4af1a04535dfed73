import { CopydeskError } from '@shared/errors';
import type { ModelCollection } from '@shared/model/content-model';
import { collectionFor } from '../../core/model';
import { placeByPath } from '../../core/repair';
import { checkRulesFor, DEFAULT_BAND, pickOriginal, type Check, type CheckRules, type LengthBand } from '../../core/review';
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
  /** The original the translation names (its translated-from key, or its group's source-language file) exists. */
  originalExists: boolean;
  /** Another file of the group has the translation's language. */
  duplicateOfLang: boolean;
  /** The translation's collection. */
  collection: ModelCollection;
  /** What the translation's collection says the checks compare. */
  rules: CheckRules;
}

/**
 * Reads one workspace file for review, placed by its collection of the
 * workspace's content model; `not-found` when absent, `bad-input` when it is
 * not a regular file of readable text.
 */
export async function loadReviewFile(ws: Workspace, relPath: string): Promise<{ abs: string; file: ReviewFile; collection: ModelCollection | null }> {
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
  const collection = collectionFor(await ws.contentModel(), path);
  const file = reviewFileFromBytes(path, bytes, collection);
  if (file === null) throw new CopydeskError('bad-input', `${path} is not UTF-8 text; re-save it as UTF-8 first.`, { path });
  return { abs, file, collection };
}

/**
 * Loads a translation with its source, both placed by their collection's
 * pairing rule. Group members come from the index (`ws.readGroup`) and from
 * the paths the rule gives the translation's siblings; the files themselves
 * from disk. Of several originals, the one beside the translation by name
 * is its source (`pickOriginal`). Refuses files without readable
 * frontmatter, outside every collection, and originals (`bad-input`).
 */
export async function loadPairContext(ws: Workspace, relPath: string): Promise<PairContext> {
  const { abs, file, collection } = await loadReviewFile(ws, relPath);
  const path = file.path;
  if (file.data === null) {
    throw new CopydeskError('bad-input', `${path} has no readable frontmatter; fix it first (copydesk validate shows where).`, { path });
  }
  if (collection === null) {
    throw new CopydeskError('bad-input', `${path} is in no collection of the content model, so it has no original to be compared with (copydesk model shows the collections).`, { path });
  }
  const from = file.translatedFrom;
  if (from === null) {
    throw new CopydeskError('bad-input', `${path} is an original of the ${collection.name} collection (in ${collection.sourceLanguage}); open one of its translations to review.`, { path });
  }
  const keys = [...new Set([file.groupKey, from].filter((key): key is string => key !== null))];
  const model = await ws.contentModel();
  const memberPaths = new Set([...keys.flatMap((key) => groupPaths(ws, collection.name, key)), ...siblingPaths(collection, path)]);
  memberPaths.delete(path);
  const members: { abs: string; file: ReviewFile }[] = [];
  for (const member of [...memberPaths].sort()) {
    if (collectionFor(model, member) !== collection) continue;
    const memberAbs = await ws.resolveInside(member).catch(() => null);
    if (memberAbs === null) continue;
    const read = await readMember(memberAbs, member, collection);
    if (read?.data && read.groupKey !== null && keys.includes(read.groupKey)) members.push({ abs: memberAbs, file: read });
  }
  const originals = members.filter((m) => m.file.translatedFrom === null);
  const originalsOf = (key: string | null): { abs: string; file: ReviewFile }[] => originals.filter((m) => m.file.groupKey === key);
  const pick = (list: { abs: string; file: ReviewFile }[]): { abs: string; file: ReviewFile } | null => pickOriginal(path, list.map((m) => ({ ...m, path: m.file.path })));
  const source = pick(originalsOf(file.groupKey)) ?? pick(originalsOf(from));
  const lang = file.lang?.toLowerCase();
  return {
    abs,
    translation: file,
    source: source && { abs: source.abs, file: source.file },
    originalExists: originalsOf(from).length > 0,
    duplicateOfLang: lang !== undefined && members.some((m) => m.file.groupKey === file.groupKey && m.file.lang?.toLowerCase() === lang),
    collection,
    rules: checkRulesFor(collection),
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
  const key = [context.translation.hash, context.source?.file.hash ?? '-', context.originalExists, context.duplicateOfLang, band.low, band.high, JSON.stringify(context.rules)].join(':');
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
    checks: translation ? { rules: context.rules, source, translation, originalExists: context.originalExists, duplicateOfLang: context.duplicateOfLang, lengthBand } : null,
  };
}

/** A group member as it is on disk now; null when it is gone, not a regular file, or not text (the validator reports those). */
async function readMember(abs: string, path: string, collection: ModelCollection): Promise<ReviewFile | null> {
  const read = await readRegularFile(abs, path).catch(() => null);
  return read === null ? null : reviewFileFromBytes(path, read.bytes, collection);
}

/** Where the rule puts the file's siblings in the collection's other languages (beside it by name, or in another locale folder). */
function siblingPaths(collection: ModelCollection, path: string): string[] {
  const place = placeByPath(path, {
    rule: collection.pairing.by,
    root: collection.root,
    languages: collection.languages,
    sourceLanguage: collection.sourceLanguage,
    defaultLanguage: collection.defaultLanguage,
  });
  return place.candidates.map((candidate) => candidate.path);
}

/** The index's members of a group, by its collection and key. */
function groupPaths(ws: Workspace, collection: string, key: string): string[] {
  try {
    return ws.readGroup(collection, key).members.map((m) => m.path);
  } catch {
    // Not indexed (yet): the group is unknown, not an error.
    return [];
  }
}
