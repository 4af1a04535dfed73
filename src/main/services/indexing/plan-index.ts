import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StatTuple } from '../../db/article-record';
import type { ArticleWriter } from '../../db/article-writer';
import { isMarkdownPath } from '@shared/paths/lang-from-path';
import { emptyJobs, pushJob } from './packed-jobs';
import type { ContentFilter } from '../content-model';
import type { IndexPlan } from './run-index';
import { isInIgnoredDir, scanWorkspace, type ScanColumns, type ScannedFile } from './scan-workspace';

const EVERYTHING: ContentFilter = { entry: () => true, path: () => true, forget: () => undefined };

/** Rows or files handled between yields to the event loop (a few ms each). */
const YIELD_EVERY = 10_000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * What an incremental run must do after a full scan: read new files and those
 * whose size or mtime changed (or whose full text is missing), drop the rest
 * of the index's paths. At 100k files this is ~0.3 s of work, done in slices
 * so the thread keeps answering queries meanwhile.
 */
export async function planFromScan(writer: ArticleWriter, scan: ScanColumns): Promise<IndexPlan> {
  // Path → the row's stat tuple; tuples found on disk are marked seen rather than deleted from the map.
  const stored = new Map<string, StatTuple>();
  for (const page of writer.statPages()) {
    for (const row of page) stored.set(row[0], row);
    await nextTurn();
  }
  const seen = new Set<StatTuple>();
  const withoutFulltext = writer.idsWithoutFulltext();
  const plan: IndexPlan = { jobs: emptyJobs(), existingIds: new Map(), removed: [] };
  for (let i = 0; i < scan.paths.length; i++) {
    if (i > 0 && i % YIELD_EVERY === 0) await nextTurn();
    const path = scan.paths[i] as string;
    const size = scan.sizes[i] as number;
    const mtimeMs = scan.mtimes[i] as number;
    const known = stored.get(path);
    if (known === undefined) {
      pushJob(plan.jobs, path, size, mtimeMs, null);
      continue;
    }
    seen.add(known);
    const [, id, knownSize, knownMtimeMs] = known;
    const statChanged = knownSize !== size || knownMtimeMs !== mtimeMs;
    const missingText = withoutFulltext.has(id);
    if (statChanged || missingText) {
      pushJob(plan.jobs, path, size, mtimeMs, missingText ? null : (writer.hashOf(id) ?? null));
      plan.existingIds.set(path, id);
    }
  }
  for (const row of stored.values()) if (!seen.has(row)) plan.removed.push(row[0]);
  return plan;
}

/**
 * What a run must do for paths a watcher reported (files or folders, present
 * or gone), keeping only what `content` says is content. Symbolic links are
 * not followed, as in a scan.
 */
export async function planFromPaths(
  writer: ArticleWriter,
  root: string,
  relPaths: string[],
  content: ContentFilter = EVERYTHING,
): Promise<IndexPlan> {
  const found = new Map<string, ScannedFile>();
  const gone = new Set<string>();
  for (const rel of relPaths) {
    if (isInIgnoredDir(rel)) continue;
    // lstat: like the scan, symbolic links are not followed.
    const st = await lstat(join(root, rel)).catch(() => null);
    if (st === null) {
      for (const path of writer.pathsUnder(rel)) gone.add(path);
    } else if (st.isDirectory()) {
      if (!content.path(rel, true)) continue;
      for (const file of await scanWorkspace(root, { under: rel, accept: content.entry })) found.set(file.path, file);
    } else if (st.isFile() && isMarkdownPath(rel)) {
      // A file that is not content (a .gitignore or the model changed) leaves the index.
      if (content.path(rel, false)) found.set(rel, { path: rel, size: st.size, mtimeMs: st.mtimeMs });
      else if (writer.statOf(rel)) gone.add(rel);
    }
  }
  const plan: IndexPlan = { jobs: emptyJobs(), existingIds: new Map(), removed: [...gone].filter((p) => !found.has(p)) };
  for (const file of found.values()) {
    const known = writer.statOf(file.path);
    if (known && known.size === file.size && known.mtimeMs === file.mtimeMs && writer.hasFulltext(known.id)) {
      continue;
    }
    pushJob(plan.jobs, file.path, file.size, file.mtimeMs, known && writer.hasFulltext(known.id) ? known.hash : null);
    if (known) plan.existingIds.set(file.path, known.id);
  }
  return plan;
}
