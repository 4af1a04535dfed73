/**
 * Review at archive scale (issue 13 §5), as steps of `npm run bench`, each
 * in its own process so each peak RSS is its own. Each step makes the calls
 * the command or the app makes (the CLI's `runIndexCommand` and `runReview`
 * are `ws.index()` then `workspaceReview`, on the same worker threads):
 * - `review-index`: `copydesk index` on a fresh index: rows and full text,
 *   then the translations' checks (stored in the index);
 * - `review-fresh`: `copydesk review` on a fresh index (it indexes first);
 * - `review-again`: `copydesk review` again, nothing changed (a new process
 *   on the index `review-fresh` left);
 * - `review-summary`: the app: a watched session opens that index, and once
 *   indexing is complete the Review tab asks `review.summary`; `ms` is that call.
 */
import { Workspace } from '../../src/main/services/workspace';
import { WorkspaceSession } from '../../src/main/api/workspace-session';
import { reviewSummary, workspaceReview } from '../../src/main/services/review';

export interface ReviewStepConfig {
  corpusDir: string;
  dbPath: string;
  workerPath: string;
  modelCacheDir: string;
}

export interface ReviewFigures {
  /** The whole command (or, for `review-summary`, the one call). */
  ms: number;
  /** `review-index`: when rows and full text were done, before the checks. */
  indexedMs?: number;
  /** Translations checked in this run (none known from the index). */
  checked: number;
  translations: number;
  inconsistent: number;
  outdated: number;
}

const open = (config: ReviewStepConfig): Workspace =>
  Workspace.open({ root: config.corpusDir, dbPath: config.dbPath, workerPath: config.workerPath, trusted: true, modelCacheDir: config.modelCacheDir });

/** Counts the translations a run checks, from the progress it reports. */
function countChecked(ws: Workspace): { readonly total: number } {
  const seen = { total: 0 };
  ws.on('progress', (p) => {
    if (p.phase === 'checking') seen.total = Math.max(seen.total, p.total);
  });
  return seen;
}

export async function measureReviewIndex(config: ReviewStepConfig): Promise<ReviewFigures> {
  const started = performance.now();
  const ws = open(config);
  try {
    const checked = countChecked(ws);
    await ws.index();
    const indexedMs = performance.now() - started;
    const review = await workspaceReview(ws, {});
    return { ms: performance.now() - started, indexedMs, checked: checked.total, ...counts(review) };
  } finally {
    await ws.close();
  }
}

/** `review-fresh` and `review-again`: the same command, on a fresh index or the one left by the last. */
export async function measureReview(config: ReviewStepConfig): Promise<ReviewFigures> {
  const started = performance.now();
  const ws = open(config);
  try {
    const checked = countChecked(ws);
    const review = await workspaceReview(ws, {});
    return { ms: performance.now() - started, checked: checked.total, ...counts(review) };
  } finally {
    await ws.close();
  }
}

export async function measureReviewSummary(config: ReviewStepConfig): Promise<ReviewFigures> {
  const session = new WorkspaceSession({ dbPathFor: () => config.dbPath, workerPath: config.workerPath, trusted: () => true });
  try {
    const ws = await session.open(config.corpusDir);
    const checked = countChecked(ws);
    await session.whenIndexed();
    // The session's own review after indexing (what fills the Review tab's facts): awaited, so the call below is the tab's.
    await workspaceReview(ws, {});
    const started = performance.now();
    const out = await reviewSummary(ws, { offset: 0, limit: 50, query: '' } as Parameters<typeof reviewSummary>[1]);
    const ms = performance.now() - started;
    return { ms, checked: checked.total, translations: out.total, inconsistent: out.summary.inconsistent.length, outdated: out.summary.outdated.length };
  } finally {
    await session.close();
  }
}

function counts(review: Awaited<ReturnType<typeof workspaceReview>>): Pick<ReviewFigures, 'translations' | 'inconsistent' | 'outdated'> {
  return {
    translations: review.entries.filter((e) => !e.isOriginal).length,
    inconsistent: review.summary.inconsistent.length,
    outdated: review.summary.outdated.length,
  };
}
