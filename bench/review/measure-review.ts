/**
 * Review at archive scale (issue 13 §5), one measurement per process so
 * each peak RSS is its own:
 *   tsx bench/review/measure-review.ts --corpus DIR --db FILE --mode M [--worker out/main/parse-worker.js]
 * M: `index` (bring the index up to date), `review` (the workspace's review:
 * index what changed, then review from the index's facts and stored checks),
 * `summary` (review.summary, the Review tab's first page), `session` (the
 * app's path: a watched session indexes, checks in the background, then the
 * Review tab asks review.summary: `ms` is that last call alone), `files` (the
 * review from the files alone, as `copydesk review` runs without an index).
 * Prints one JSON line: {mode, ms, peakRssMb, translations, inconsistent}.
 */
import { resolve } from 'node:path';
import { peakRssFromKernel } from '../measure/memory';
import { flag } from '../generate-corpus';
import { Workspace } from '../../src/main/services/workspace';
import { WorkspaceSession } from '../../src/main/api/workspace-session';
import { reviewFolder, reviewSummary, workspaceReview } from '../../src/main/services/review';
import { loadContentModel } from '../../src/main/services/content-model';

async function main(argv: readonly string[]): Promise<void> {
  const root = resolve(flag(argv, 'corpus') ?? '');
  const dbPath = resolve(flag(argv, 'db') ?? '');
  const mode = flag(argv, 'mode') ?? 'review';
  const workerPath = resolve(flag(argv, 'worker') ?? 'out/main/parse-worker.js');
  const started = performance.now();
  let translations = 0;
  let inconsistent = 0;
  let timed = started;
  if (mode === 'session') {
    const session = new WorkspaceSession({ dbPathFor: () => dbPath, workerPath, trusted: () => true });
    const ws = await session.open(root);
    await session.whenIndexed();
    // The background review after the index: wait for it (its result is what the tab then reads).
    await workspaceReview(ws, {});
    timed = performance.now();
    const out = await reviewSummary(ws, { offset: 0, limit: 50, query: '' } as Parameters<typeof reviewSummary>[1]);
    translations = out.total;
    inconsistent = out.summary.inconsistent.length;
    const ms = Math.round(performance.now() - timed);
    await session.close();
    process.stdout.write(`${JSON.stringify({ mode, ms, totalMs: Math.round(performance.now() - started), peakRssMb: Math.round((peakRssFromKernel() ?? 0) / 1048576), groups: translations, inconsistent })}\n`);
    return;
  }
  if (mode === 'files') {
    const review = await reviewFolder(root, { model: await loadContentModel(root, { trusted: true }) });
    translations = review.entries.filter((e) => !e.isOriginal).length;
    inconsistent = review.summary.inconsistent.length;
  } else {
    const ws = Workspace.open({ root, dbPath, workerPath, trusted: true });
    try {
      if (mode === 'index') await ws.index();
      else if (mode === 'summary') {
        const out = await reviewSummary(ws, { offset: 0, limit: 50, query: '' } as Parameters<typeof reviewSummary>[1]);
        translations = out.total;
        inconsistent = out.summary.inconsistent.length;
      } else {
        const review = await workspaceReview(ws, {});
        translations = review.entries.filter((e) => !e.isOriginal).length;
        inconsistent = review.summary.inconsistent.length;
      }
    } finally {
      await ws.close();
    }
  }
  const ms = Math.round(performance.now() - timed);
  const peak = peakRssFromKernel() ?? process.memoryUsage().rss;
  process.stdout.write(`${JSON.stringify({ mode, ms, peakRssMb: Math.round(peak / 1048576), translations, inconsistent })}\n`);
}

void main(process.argv.slice(2));
