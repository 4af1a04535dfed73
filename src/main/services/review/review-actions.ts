import { mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { DELETE, applyChanges, editFields, type FieldEdit } from '@shared/frontmatter';
import type { ChannelOutput } from '@shared/ipc/contract';
import type { ModelCollection } from '@shared/model/content-model';
import { isRecord } from '../../core/article-meta';
import { approvalBlockers, blockHashes, createTranslationText, deriveStatus, newTranslationFields, splitBlocks, translationTarget } from '../../core/review';
import type { Workspace } from '../workspace';
import { contentHash } from '../write/content-hash';
import { writeFileAtomic } from '../write/write-file-atomic';
import { analysePairContext, loadPairContext, loadReviewFile, pairChecks } from './pair-context';
import { contentHashOf, reviewFileFromBytes, sha256Hex, type ReviewFile } from './review-file';
import { reviewOut } from './review-pair';

export type ReviewWriteResult = ChannelOutput<'review.approve'>;

/**
 * Approves a translation: `review.status: approved`, `review.sourceHash`
 * (the source's content hash now), `review.at` (now, ISO) and
 * `review.blocks` (per-block hashes of the source body, so changed blocks
 * can be shown without git). Only those lines of the file change.
 *
 * Approval means reviewed: `refused`, with every reason, while the
 * translation is a draft, invalid, or has a blocking check (see
 * `approvalBlockers`). `anyway` overrides that, and then needs a `note`
 * saying why, kept as `review.note`; a plain approval clears an earlier note.
 * `conflict` when `baseHash` is given and the file no longer has it.
 * `draft` is left alone: publishing is a separate decision.
 */
export async function approveTranslation(
  ws: Workspace,
  input: { path: string; baseHash?: string | undefined; anyway?: boolean | undefined; note?: string | undefined },
  now = new Date(),
): Promise<ReviewWriteResult> {
  const context = await loadPairContext(ws, input.path);
  const { translation, source } = context;
  if (source === null) {
    throw new CopydeskError('bad-input', `${translation.path} has no original in the workspace to approve it against (it names ${translation.translatedFrom ?? '?'}).`, {
      path: translation.path,
    });
  }
  const sourceHash = contentHashOf(source.file);
  if (sourceHash === null) {
    throw new CopydeskError('bad-input', `The original ${source.file.path} has no readable frontmatter; fix it before approving its translations.`, {
      path: source.file.path,
    });
  }
  checkBase(translation, input.baseHash);
  const note = input.note?.trim() ?? '';
  if (input.anyway === true && note === '') {
    throw new CopydeskError('bad-input', `Approving ${translation.path} anyway needs a note saying why it is fine as it is.`, { path: translation.path });
  }
  if (input.anyway !== true) {
    const { checks } = await analysePairContext(ws, context);
    const reasons = approvalBlockers({ draft: translation.draft, issues: translation.issues, checks });
    if (reasons.length > 0) {
      throw new CopydeskError('refused', `${translation.path} was not approved: ${reasons.join(' ')} Fix this first, or approve anyway with a note saying why.`, {
        path: translation.path,
      });
    }
  }
  const edits: FieldEdit[] = [
    { path: ['review', 'status'], value: 'approved' },
    { path: ['review', 'sourceHash'], value: sourceHash },
    { path: ['review', 'at'], value: now.toISOString() },
    { path: ['review', 'blocks'], value: blockHashes(splitBlocks(source.file.body), sha256Hex) },
  ];
  if (note !== '') edits.push({ path: ['review', 'note'], value: note });
  else if (translation.data !== null && isRecord(translation.data.review) && translation.data.review.note !== undefined) edits.push({ path: ['review', 'note'], value: DELETE });
  return writeReview(ws, context.abs, translation, edits, input.baseHash, sourceHash, context.collection);
}

/**
 * Marks a translation `needs-work` with the reviewer's note (`review.note`:
 * what to change), keeping any earlier approval's baseline, and `review.at` now.
 */
export async function markNeedsWork(ws: Workspace, input: { path: string; baseHash?: string | undefined; note: string }, now = new Date()): Promise<ReviewWriteResult> {
  const { abs, file, collection } = await loadReviewFile(ws, input.path);
  requireTranslation(file);
  const note = input.note.trim();
  if (note === '') throw new CopydeskError('bad-input', `Marking ${file.path} as needing work needs a note saying what to change.`, { path: file.path });
  const edits: FieldEdit[] = [
    { path: ['review', 'status'], value: 'needs-work' },
    { path: ['review', 'at'], value: now.toISOString() },
    { path: ['review', 'note'], value: note },
  ];
  return writeReview(ws, abs, file, edits, input.baseHash, null, collection);
}

async function writeReview(
  ws: Workspace,
  abs: string,
  file: ReviewFile,
  edits: FieldEdit[],
  baseHash: string | undefined,
  currentSourceHash: string | null,
  collection: ModelCollection | null,
): Promise<ReviewWriteResult> {
  checkBase(file, baseHash);
  let text = file.text;
  // A scalar or list under `review` cannot take sub-keys: replace it.
  if (file.data !== null && file.data.review !== undefined && !isRecord(file.data.review)) text = edit(file, text, [{ path: ['review'], value: DELETE }]);
  text = edit(file, text, edits);
  const written = await writeText(ws, abs, file, text);
  const after = reviewFileFromBytes(file.path, Buffer.from(text, 'utf8'), collection);
  const review = after?.review ?? null;
  const out = reviewOut(review);
  if (out === null) throw new CopydeskError('internal', `${file.path}: the review just written could not be read back.`, { path: file.path });
  const status = deriveStatus({ isOriginal: false, draft: file.draft, review, currentSourceHash });
  return { path: file.path, hash: written, status, review: out };
}

/**
 * Applies one consistency check's fix as a minimal edit (`field:*` copies the
 * source's value; `lang-suffix`, `translated-from` set the field; `numbers`
 * writes the original's figure over the changed one in the body), and
 * returns the checks left. `line` picks among several checks of one id (the
 * first with a fix otherwise). `not-found` when the check no longer fires,
 * `bad-input` when it has no automatic fix, `conflict` when the body no
 * longer reads what the fix replaces.
 */
export async function applyFix(ws: Workspace, input: { path: string; checkId: string; line?: number | undefined; baseHash?: string | undefined }): Promise<ChannelOutput<'review.fix'>> {
  const context = await loadPairContext(ws, input.path);
  const { translation } = context;
  checkBase(translation, input.baseHash);
  const candidates = (await pairChecks(ws, context)).filter((c) => c.id === input.checkId && (input.line === undefined || c.line === input.line));
  const check = candidates.find((c) => c.fix) ?? candidates[0];
  if (!check) {
    throw new CopydeskError('not-found', `The check ${input.checkId} does not fire on ${translation.path} any more; reload the pair view.`, { path: translation.path });
  }
  if (!check.fix) {
    throw new CopydeskError('bad-input', `${check.id} has no automatic fix: ${check.message}`, { path: translation.path });
  }
  let text: string;
  if ('body' in check.fix) {
    const { from, to, expected, insert } = check.fix.body;
    const start = translation.bodyFrom + from;
    const end = translation.bodyFrom + to;
    if (translation.text.slice(start, end) !== expected) {
      throw new CopydeskError('conflict', `${translation.path} no longer reads "${expected}" where the fix applies; reload the pair view.`, { path: translation.path });
    }
    text = translation.text.slice(0, start) + insert + translation.text.slice(end);
  } else {
    const value = 'delete' in check.fix ? DELETE : check.fix.value;
    text = edit(translation, translation.text, [{ path: check.fix.path, value }]);
  }
  const hash = await writeText(ws, context.abs, translation, text);
  const after = reviewFileFromBytes(translation.path, Buffer.from(text, 'utf8'), context.collection);
  const checks = after ? await pairChecks(ws, { ...context, translation: after }) : [];
  return { path: translation.path, hash, checks };
}

/**
 * Creates the `lang` translation of an original where its collection's
 * pairing rule puts it (`translationTarget`: `name.<lang>.md` beside it, or
 * the same path in the `<lang>` folder): frontmatter copied with the
 * collection's language field, translated-from field and draft flag set and
 * an unreviewed review; the body copied as the starting text. Never
 * overwrites: the name is claimed with an exclusive create first, so an
 * existing file, or one created meanwhile, is a `conflict`. `dryRun` says
 * where the file would go, refusing as the real run would, and writes nothing.
 */
export async function createTranslation(
  ws: Workspace,
  input: { path: string; lang: string; dryRun?: boolean | undefined },
  now = new Date(),
): Promise<ChannelOutput<'review.createTranslation'>> {
  const { file, collection } = await loadReviewFile(ws, input.path);
  if (file.data === null) {
    throw new CopydeskError('bad-input', `${file.path} has no readable frontmatter; fix it before translating it.`, { path: file.path });
  }
  if (collection === null) {
    throw new CopydeskError('bad-input', `${file.path} is in no collection of the content model, so where its translation goes is unknown (copydesk model shows the collections).`, { path: file.path });
  }
  if (file.translatedFrom !== null) {
    throw new CopydeskError('bad-input', `${file.path} is itself a translation (of ${file.translatedFrom}); create translations from the original.`, { path: file.path });
  }
  const lang = input.lang.toLowerCase();
  const target = translationTarget(collection, file.path, lang);
  if (target === null) {
    throw new CopydeskError('bad-input', `The ${collection.name} collection pairs no translations (its pairing rule is none); set one in copydesk.config.json first.`, { path: file.path });
  }
  const existing = lang === file.lang?.toLowerCase() ? file.path : groupFileInLang(ws, collection.name, file.groupKey, lang);
  if (existing !== null) {
    throw new CopydeskError('conflict', `This article already has a "${lang}" file: ${existing}. Open it instead.`, { path: existing });
  }
  const made = createTranslationText(file.text, lang, { now: now.toISOString(), fields: newTranslationFields(collection) });
  if (!made.ok) {
    throw new CopydeskError('bad-input', `${file.path}: ${made.error.message}`, { path: file.path });
  }
  const abs = await ws.resolveInside(target);
  const bytes = Buffer.from(made.text, 'utf8');
  if (input.dryRun === true) {
    if ((await stat(abs).catch(() => null)) !== null) {
      throw new CopydeskError('conflict', `${target} already exists; a translation is never created over another file.`, { path: target });
    }
    return { path: target, hash: contentHash(bytes) };
  }
  await mkdir(dirname(abs), { recursive: true });
  await claimNewFile(abs, target);
  const empty = contentHash(new Uint8Array());
  let written;
  try {
    written = await writeFileAtomic(abs, bytes, { expectedHash: empty, label: target });
  } catch (error) {
    // Only our own empty placeholder is removed; anything else someone wrote stays.
    if ((await stat(abs).catch(() => null))?.size === 0) await rm(abs, { force: true });
    throw error;
  }
  await ws.reindexPaths([target]);
  return { path: target, hash: written.hash };
}

/** Creates an empty file only if none exists (O_EXCL): the atomic "is the name free" test. */
async function claimNewFile(abs: string, label: string): Promise<void> {
  try {
    const handle = await open(abs, 'wx');
    await handle.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CopydeskError('conflict', `${label} already exists; a translation is never created over another file.`, { path: label });
    }
    throw error;
  }
}

function groupFileInLang(ws: Workspace, collection: string, groupKey: string | null, lang: string): string | null {
  if (groupKey === null) return null;
  try {
    return ws.readGroup(collection, groupKey).members.find((m) => m.lang?.toLowerCase() === lang)?.path ?? null;
  } catch {
    return null;
  }
}

function requireTranslation(file: ReviewFile): void {
  if (file.data === null) {
    throw new CopydeskError('bad-input', `${file.path} has no readable frontmatter; fix it first (copydesk validate shows where).`, { path: file.path });
  }
  if (file.translatedFrom === null) {
    throw new CopydeskError('bad-input', `${file.path} is an original (not a translation under its collection's pairing rule); only translations are reviewed.`, { path: file.path });
  }
}

function checkBase(file: ReviewFile, baseHash: string | undefined): void {
  if (baseHash !== undefined && baseHash !== file.hash) {
    throw new CopydeskError('conflict', `${file.path} was changed on disk since it was opened. Reload it, then try again.`, { path: file.path });
  }
}

function edit(file: ReviewFile, text: string, edits: FieldEdit[]): string {
  const result = editFields(text, edits);
  if (!result.ok) {
    const where = result.error.line !== undefined ? ` (line ${result.error.line})` : '';
    throw new CopydeskError('bad-input', `${file.path}: ${result.error.message}${where}`, { path: file.path });
  }
  return applyChanges(text, result.changes);
}

/** Writes `text` over the bytes `file` was read with (refusing if they changed since), re-indexes; returns the new hash. */
async function writeText(ws: Workspace, abs: string, file: ReviewFile, text: string): Promise<string> {
  if (text === file.text) return file.hash;
  const written = await writeFileAtomic(abs, Buffer.from(text, 'utf8'), { expectedHash: file.hash, label: file.path });
  await ws.reindexPaths([file.path]);
  return written.hash;
}

