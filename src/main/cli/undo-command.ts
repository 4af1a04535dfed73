import { cliCall } from './cli-call';
import { CommitFlag, printCommit } from './commit-flag';
import { EXIT, type CliIo } from './cli-io';
import { openCliWorkspace } from './open-workspace';

/** The JSON printed by `copydesk undo --json`; other tools read it, keep its shape. */
export interface UndoReport {
  journal: string;
  restored: string[];
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * `copydesk undo DIR [--journal ID]`: puts back the files of the latest retag
 * batch (or the one given) through `retag.undo`. Files edited since the
 * batch are left alone and listed. Exit 1 when there is nothing to undo.
 */
export async function runUndo(root: string, options: { journal?: string; db?: string; json: boolean; commit?: string }, io: CliIo): Promise<number> {
  const ws = openCliWorkspace(root, options.db);
  try {
    const commitFlag = await CommitFlag.prepare(ws, options.commit);
    const call = cliCall(ws);
    const undone = await call('retag.undo', options.journal !== undefined ? { journalId: options.journal } : {});
    const report: UndoReport = { journal: undone.journalId, restored: undone.restored, skipped: undone.skipped };
    const committed = commitFlag ? await commitFlag.done(undone.restored, io) : null;
    if (options.json) io.stdout.write(`${JSON.stringify(committed ? { ...report, commit: committed.commit, leftOut: committed.leftOut } : report)}\n`);
    else {
      for (const { path, reason } of report.skipped) io.stdout.write(`left alone ${path}: ${reason}\n`);
      io.stdout.write(`Undid ${report.journal}: ${report.restored.length} file(s) restored, ${report.skipped.length} left alone.\n`);
      if (committed) printCommit(io, committed);
    }
    return committed?.failed ? EXIT.failed : EXIT.ok;
  } finally {
    await ws.close();
  }
}
