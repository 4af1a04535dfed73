/**
 * Review at archive scale (issue 13 §5), as steps of `npm run bench`, each
 * in its own process so each peak RSS is its own. The commands run in this
 * process as the CLI runs them (`runIndexCommand`, `runReview`, output
 * collected), on the built index worker:
 * - `review-index`: `copydesk index` on a fresh index: rows and full text,
 *   then the translations' checks (stored in the index);
 * - `review-fresh`: `copydesk review` on a fresh index (it indexes first);
 * - `review-again`: `copydesk review` again, nothing changed (a new process
 *   on the index `review-fresh` left);
 * - `review-summary`: the app: a watched session opens that index, and once
 *   indexing is complete the Review tab asks `review.summary`; `ms` is that call.
 */
import { WorkspaceSession } from '../../src/main/api/workspace-session';
import { runIndexCommand } from '../../src/main/cli/index-command';
import type { ReviewJson } from '../../src/main/cli/review-command';
import { runReview } from '../../src/main/cli/review-command';
import type { CliIo, Writer } from '../../src/main/cli/cli-io';
import { reviewSummary, workspaceReview } from '../../src/main/services/review';
import type { Workspace } from '../../src/main/services/workspace';
import { releaseMemory } from '../../src/main/services/heap-budget';

export interface ReviewStepConfig {
  corpusDir: string;
  dbPath: string;
  workerPath: string;
  modelCacheDir: string;
}

/** Counts the translations a session checks, from the progress it reports. */
function countChecked(ws: Workspace): { readonly total: number } {
  const seen = { total: 0 };
  ws.on('progress', (p) => {
    if (p.phase === 'checking') seen.total = Math.max(seen.total, p.total);
  });
  return seen;
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

/** A Writer that keeps what a command printed, and tells `onWrite` of each chunk. */
class Collected implements Writer {
  text = '';
  constructor(
    readonly isTTY: boolean,
    private readonly onWrite?: (chunk: string) => void,
  ) {}
  write(chunk: string): boolean {
    this.onWrite?.(chunk);
    this.text += chunk;
    return true;
  }
}

/** The highest "Checking translations… n/N" total a terminal's progress line showed. */
function checkedFrom(progress: string): number {
  let checked = 0;
  for (const match of progress.matchAll(/Checking translations… \d+\/(\d+)/g)) checked = Math.max(checked, Number(match[1]));
  return checked;
}

/** The command's streams: stdout collected, stderr a terminal (so its progress line shows what was checked). */
function io(onStderr?: (chunk: string) => void): { io: CliIo; stdout: Collected; stderr: Collected } {
  const stdout = new Collected(false);
  const stderr = new Collected(true, onStderr);
  return { io: { stdout, stderr }, stdout, stderr };
}

/** `copydesk index DIR --db FILE --json` on a fresh index: rows, full text, then checks (stored). */
export async function measureReviewIndex(config: ReviewStepConfig): Promise<ReviewFigures> {
  let indexedMs: number | undefined;
  const started = performance.now();
  // When the progress line first shows the checks, rows and full text are done.
  const { io: cli, stdout, stderr } = io((chunk) => {
    if (indexedMs === undefined && chunk.includes('Checking translations')) indexedMs = performance.now() - started;
  });
  const code = await runIndexCommand(config.corpusDir, { db: config.dbPath, json: true, workerPath: config.workerPath }, cli);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`copydesk index exited ${code}: ${stderr.text}`);
  JSON.parse(stdout.text);
  // The review below only counts what the index holds, for the report. In use the two are separate commands: the
  // index command's process exits and returns all it allocated, so its garbage is returned here before the review runs.
  releaseMemory();
  const reviewed = await measureReview(config);
  return { ms, ...(indexedMs !== undefined && { indexedMs }), checked: checkedFrom(stderr.text), translations: reviewed.translations, inconsistent: reviewed.inconsistent, outdated: reviewed.outdated };
}

/** `copydesk review DIR --db FILE --json`: on a fresh index (`review-fresh`) or the one the last run left (`review-again`). */
export async function measureReview(config: ReviewStepConfig): Promise<ReviewFigures> {
  const { io: cli, stdout, stderr } = io();
  const started = performance.now();
  const code = await runReview(config.corpusDir, { json: true, langs: undefined, trusted: true, db: config.dbPath, workerPath: config.workerPath }, cli);
  const ms = performance.now() - started;
  if (code !== 0 && code !== 1) throw new Error(`copydesk review exited ${code}: ${stderr.text}`);
  const json = JSON.parse(stdout.text) as ReviewJson;
  const translations = translationsIn(json.languages);
  return { ms, checked: checkedFrom(stderr.text), translations, inconsistent: json.inconsistent.length, outdated: json.outdated.length };
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
    return { ms, checked: checked.total, translations: translationsIn(out.summary.languages), inconsistent: out.summary.inconsistent.length, outdated: out.summary.outdated.length };
  } finally {
    await session.close();
  }
}

/** Translations present, per the summary's counts per language (missing ones are not files). */
function translationsIn(languages: Record<string, { draft: number; unreviewed: number; 'needs-work': number; approved: number; outdated: number }>): number {
  return Object.values(languages).reduce((sum, c) => sum + c.draft + c.unreviewed + c['needs-work'] + c.approved + c.outdated, 0);
}
