import { ArticleWriter } from '../../../db/article-writer';
import { openDatabase } from '../../../db/open-database';
import { runInWorkers } from '../index-workers';
import { planFromScan } from '../plan-index';
import { ProgressReporter } from '../progress-reporter';
import { scanColumns } from '../scan-workspace';

/**
 * Indexes `root` into `dbPath` through both worker threads. Every text waits
 * for the end of parsing, so with `shareMin: 1` the parser fills the second
 * full-text shard, and both shards hold rows.
 */
export async function indexInWorkers(root: string, dbPath: string, workerPath: string): Promise<void> {
  const db = openDatabase(dbPath);
  const progress = new ProgressReporter(() => undefined);
  try {
    const plan = await planFromScan(new ArticleWriter(db), await scanColumns(root));
    await runInWorkers(plan, { root, db: { dbPath }, workerPath, progress, shareMin: 1, batchSize: 50 });
  } finally {
    progress.dispose();
    db.close();
  }
}
