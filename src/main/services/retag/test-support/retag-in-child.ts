/**
 * Run by journal-short-write.test.ts in a child process (node --import tsx),
 * under a file size limit (prlimit --fsize):
 *   retag-in-child.ts ROOT DB DATA_DIR
 * Indexes ROOT, plans `rename OLD → NEW` over every file and applies it,
 * then prints one JSON line: {"ok":true,"value":…} or {"ok":false,"error":{"code","message"}}.
 */
import { CopydeskError } from '@shared/errors';
import { createOperation } from '../../../core/retag';
import { Workspace } from '../../workspace';
import { RetagService } from '../retag-service';

async function main(): Promise<void> {
  const [root, dbPath, dataDir] = process.argv.slice(2);
  if (!root || !dbPath || !dataDir) throw new Error('usage: retag-in-child.ts ROOT DB DATA_DIR');
  const ws = Workspace.open({ root, dbPath });
  try {
    await ws.index();
    const service = new RetagService({ dataDir });
    const plan = await service.plan(ws, { selection: { query: '' }, groups: false, operation: createOperation({ rename: [{ from: 'OLD', to: 'NEW' }] }) });
    const answer = await service.apply(ws, plan.planId).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => {
        if (error instanceof CopydeskError) return { ok: false, error: error.toJSON() };
        throw error;
      },
    );
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  } finally {
    await ws.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
