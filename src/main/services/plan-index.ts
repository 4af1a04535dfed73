import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleWriter } from '../db/article-writer';
import { isMarkdownPath } from '../core/lang-from-path';
import { emptyJobs, pushJob } from './packed-jobs';
import type { IndexPlan } from './run-index';
import { isInIgnoredDir, scanWorkspace, type ScanColumns, type ScannedFile } from './scan-workspace';

/**
 * What an incremental run must do after a full scan: read new files and those
 * whose size or mtime changed (or whose full text is missing), drop the rest
 * of the index's paths. The stored stats come from one query.
 */
export function planFromScan(writer: ArticleWriter, scan: ScanColumns): IndexPlan {
  const stored = writer.loadStats();
  const withoutFulltext = writer.idsWithoutFulltext();
  const plan: IndexPlan = { jobs: emptyJobs(), existingIds: new Map(), removed: [] };
  scan.paths.forEach((path, i) => {
    const size = scan.sizes[i] as number;
    const mtimeMs = scan.mtimes[i] as number;
    const known = stored.get(path);
    if (known === undefined) {
      pushJob(plan.jobs, path, size, mtimeMs, null);
      return;
    }
    stored.delete(path);
    const statChanged = known.size !== size || known.mtimeMs !== mtimeMs;
    const missingText = withoutFulltext.has(known.id);
    if (statChanged || missingText) {
      pushJob(plan.jobs, path, size, mtimeMs, missingText ? null : known.hash);
      plan.existingIds.set(path, known.id);
    }
  });
  plan.removed = [...stored.keys()];
  return plan;
}

/**
 * What a run must do for paths a watcher reported (files or folders, present
 * or gone). Symbolic links are not followed, as in a scan.
 */
export async function planFromPaths(writer: ArticleWriter, root: string, relPaths: string[]): Promise<IndexPlan> {
  const found = new Map<string, ScannedFile>();
  const gone = new Set<string>();
  for (const rel of relPaths) {
    if (isInIgnoredDir(rel)) continue;
    // lstat: like the scan, symbolic links are not followed.
    const st = await lstat(join(root, rel)).catch(() => null);
    if (st === null) {
      for (const path of writer.pathsUnder(rel)) gone.add(path);
    } else if (st.isDirectory()) {
      for (const file of await scanWorkspace(root, { under: rel })) found.set(file.path, file);
    } else if (st.isFile() && isMarkdownPath(rel)) {
      found.set(rel, { path: rel, size: st.size, mtimeMs: st.mtimeMs });
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
