import { cliCall } from './cli-call';
import { CommitFlag, printCommit } from './commit-flag';
import { EXIT, type CliIo } from './cli-io';
import { openCliWorkspace } from './open-workspace';

/** The JSON printed by `copydesk undo --json`; other tools read it, keep its shape (fields are only ever added). */
export interface UndoReport {
  journal: string;
  restored: string[];
  skipped: Array<{ path: string; reason: string }>;
  /** False while the batch stays undoable: a skipped file may still be restored by running undo again. */
  complete: boolean;
}

/**
 * `copydesk undo DIR [--journal ID]`: puts back the files of the latest retag
 * batch (or the one given) through `retag.undo`. Files edited since the
 * batch are left alone and listed. Exit 1 when a file was left alone or
 * there is nothing to undo.
 */
export async function runUndo(root: string, options: { journal?: string; db?: string; json: boolean; commit?: string }, io: CliIo): Promise<number> {
  const ws = openCliWorkspace(root, options.db, io.stderr);
  try {
    const commitFlag = await CommitFlag.prepare(ws, options.commit);
    const call = cliCall(ws);
    const undone = await call('retag.undo', options.journal !== undefined ? { journalId: options.journal } : {});
    const report: UndoReport = { journal: undone.journalId, restored: undone.restored, skipped: undone.skipped, complete: undone.complete };
    const committed = commitFlag ? await commitFlag.done(undone.restored, io) : null;
    if (options.json) io.stdout.write(`${JSON.stringify(committed ? { ...report, commit: committed.commit, leftOut: committed.leftOut } : report)}\n`);
    else {
      for (const { path, reason } of report.skipped) io.stdout.write(`left alone ${path}: ${reason}\n`);
      io.stdout.write(`Undid ${report.journal}: ${report.restored.length} file(s) restored, ${report.skipped.length} left alone.\n`);
      if (!report.complete) {
        io.stdout.write(`The batch stays undoable: fix what stopped the files above, then run \`copydesk undo ${root} --journal ${report.journal}\` again.\n`);
      }
      if (committed) printCommit(io, committed);
    }
    return report.skipped.length > 0 || !report.complete || committed?.failed ? EXIT.failed : EXIT.ok;
  } finally {
    await ws.close();
  }
}
