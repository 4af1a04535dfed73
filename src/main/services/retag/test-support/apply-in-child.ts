/**
 * Run by apply-crash.test.ts in a child process (node --import tsx):
 *   apply-in-child.ts ROOT DB DATA_DIR DELAY_MS
 * Indexes ROOT, plans `rename OLD → NEW` over every file, and applies it
 * slowly (DELAY_MS before each file), printing `replacing <path>` first, so
 * the parent can SIGKILL it midway.
 */
import { createOperation } from '../../../core/retag';
import { Workspace } from '../../workspace';
import { RetagService } from '../retag-service';

async function main(): Promise<void> {
  const [root, dbPath, dataDir, delay] = process.argv.slice(2);
  if (!root || !dbPath || !dataDir) throw new Error('usage: apply-in-child.ts ROOT DB DATA_DIR DELAY_MS');
  const ws = Workspace.open({ root, dbPath });
  await ws.index();
  const service = new RetagService({
    dataDir,
    beforeReplace: async (path) => {
      process.stdout.write(`replacing ${path}\n`);
      await new Promise((resolve) => setTimeout(resolve, Number(delay ?? 5)));
    },
  });
  const plan = await service.plan(ws, { selection: { query: '' }, groups: false, operation: createOperation({ rename: [{ from: 'OLD', to: 'NEW' }] }) });
  process.stdout.write(`planned ${plan.summary.changed}\n`);
  const result = await service.apply(ws, plan.planId);
  process.stdout.write(`applied ${result.changed.length}\n`);
  await ws.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
