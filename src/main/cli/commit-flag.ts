import { OperationCommitter, type LeftOut } from '../services/git';
import type { Workspace } from '../services/workspace';
import { errorLine, UsageError, type CliIo } from './cli-io';

/** What `--commit` adds to `retag --json` and `undo --json`. */
export interface CommitReport {
  /** The commit holding the files the operation wrote; null when none could be committed. */
  commit: string | null;
  leftOut: LeftOut[];
}

/**
 * `--commit MESSAGE` for a bulk command: checked BEFORE the operation (a
 * repository, a branch, no merge under way, an author), so a refusal writes
 * nothing; then `done` commits exactly the files the operation wrote.
 */
export class CommitFlag {
  private constructor(
    private readonly committer: OperationCommitter,
    private readonly message: string,
  ) {}

  /** Null without `--commit`. */
  static async prepare(ws: Workspace, message: string | undefined): Promise<CommitFlag | null> {
    if (message === undefined) return null;
    if (message.trim() === '') throw new UsageError('--commit needs a message, e.g. --commit "Rename tag MINING".');
    return new CommitFlag(await OperationCommitter.prepare(ws.root), message);
  }

  /**
   * Commits `written`; a failure (a hook, a lock) is told on stderr and
   * reported as `commit: null` — the files stay written — with `failed` set.
   */
  async done(written: readonly string[], io: CliIo): Promise<CommitReport & { failed: boolean }> {
    try {
      return { ...(await this.committer.commit(written, this.message)), failed: false };
    } catch (error) {
      io.stderr.write(`Not committed: ${errorLine(error)}\n`);
      return { commit: null, leftOut: [], failed: true };
    }
  }
}

/** The human lines for a commit report. */
export function printCommit(io: CliIo, report: CommitReport): void {
  for (const { path } of report.leftOut) io.stdout.write(`not committed ${path}: it had other uncommitted changes\n`);
  if (report.commit !== null) io.stdout.write(`Committed ${report.commit.slice(0, 10)}.\n`);
  else io.stdout.write('Nothing committed.\n');
}
