import { CopydeskError } from '@shared/errors';
import type { HandlerInput } from '@shared/ipc/contract';
import { decodeFileBytes } from '../decode-file';
import { readRegularFile } from '../read-regular-file';
import type { ContentModel } from '@shared/model/content-model';
import { planFileRetag, retagFieldsFor, summarisePlan, validateOperation, type FileRetagPlan } from '../../core/retag';
import { statusRestriction } from '../review/status-restriction';
import type { Workspace } from '../workspace';
import { contentHash } from '../write/content-hash';
import { normaliseRelPath } from '../write/save-article';
import { describeOperation } from './describe-operation';
import { mapLimit } from './for-each-limit';
import type { PlanEntry, StoredPlan } from './plan-store';
import { throttledProgress, type ProgressSink } from './progress-throttle';

export type RetagPlanInput = HandlerInput<'retag.plan'>;

/** Reads in flight at once: enough to hide file-system latency, few enough to leave the thread pool to others. */
const READ_CONCURRENCY = 8;

/** The workspace-relative paths a selection names, deduplicated, in a stable order. */
export async function selectPaths(ws: Workspace, input: RetagPlanInput): Promise<string[]> {
  const { selection, groups } = input;
  let paths: string[];
  if ('query' in selection) paths = ws.matchingPaths(selection.query, { groups }, await statusRestriction(ws, selection.query));
  else {
    // Check the paths as given: normalising first would turn `/etc/x.md` into an innocent `etc/x.md`.
    await mapLimit(selection.paths, READ_CONCURRENCY, (path) => ws.resolveInside(path));
    const given = selection.paths.map(normaliseRelPath);
    paths = groups ? ws.withGroups(given) : given;
  }
  return [...new Set(paths)].sort();
}

function skipped(reason: 'unreadable', message: string): FileRetagPlan {
  return { status: 'skipped', reason, message };
}

/**
 * Reads one file and plans it on the fields its collection names; read and
 * decoding failures become `unreadable` skips.
 */
async function planOne(ws: Workspace, model: ContentModel, path: string, op: RetagPlanInput['operation']): Promise<PlanEntry> {
  const abs = await ws.resolveInside(path);
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(abs, path)).bytes;
  } catch (error) {
    // A FIFO or device under an article's name: its own message says what it is.
    if (error instanceof CopydeskError) return { path, hash: '', plan: skipped('unreadable', error.message) };
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it no longer exists (re-index the folder)' : `it could not be read (${code ?? String(error)})`;
    return { path, hash: '', plan: skipped('unreadable', `${path} was left alone: ${why}.`) };
  }
  const hash = contentHash(bytes);
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return { path, hash, plan: skipped('unreadable', decoded.issue.message) };
  return { path, hash, plan: planFileRetag(decoded.text, op, retagFieldsFor(model, path)) };
}

/**
 * Computes a plan over the selection without writing anything: reads every
 * file (bounded concurrency, yielding to the event loop), edits the tag list
 * and category fields its collection's roles name (a collection without
 * one skips its files, with the reason), keeps each file's
 * hash and minimal changes, and reports progress under `planId`. Refuses an
 * operation that makes no sense with `bad-input` and its reasons, and any
 * path outside the workspace with `outside-workspace`.
 */
export async function planRetag(
  ws: Workspace,
  input: RetagPlanInput,
  opts: { planId: string; onProgress?: ProgressSink; signal?: AbortSignal },
): Promise<StoredPlan> {
  const problems = validateOperation(input.operation);
  if (problems.length > 0) throw new CopydeskError('bad-input', problems.join(' '));
  const paths = await selectPaths(ws, input);
  const model = await ws.contentModel();
  const progress = throttledProgress(opts.planId, paths.length, opts.onProgress);
  progress(0);
  let done = 0;
  const results = await mapLimit(
    paths,
    READ_CONCURRENCY,
    async (path) => {
      const entry = await planOne(ws, model, path, input.operation);
      progress(++done);
      return entry;
    },
    opts.signal ? { signal: opts.signal } : {},
  );
  if (opts.signal?.aborted) throw new CopydeskError('bad-input', 'Planning was cancelled; nothing was changed.');
  const entries = results.filter((entry): entry is PlanEntry => entry !== undefined);
  const where = 'query' in input.selection ? `files matching "${input.selection.query}"` : `${paths.length} chosen file(s)`;
  return {
    id: opts.planId,
    root: ws.root,
    operation: input.operation,
    description: describeOperation(input.operation, `${where}${input.groups ? ' and their translations' : ''}`),
    entries,
    summary: summarisePlan(entries),
    selected: paths.length,
    state: 'ready',
  };
}
