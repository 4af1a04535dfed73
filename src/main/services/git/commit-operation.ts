import { GitRepo } from './git-repo';

/** A file of the operation that the commit leaves out, and why. */
export interface LeftOut {
  path: string;
  reason: 'uncommitted-changes';
}

export interface OperationCommit {
  /** The new commit; null when nothing of the operation could be committed. */
  commit: string | null;
  /** Files the operation wrote but the commit leaves out (they had other uncommitted changes before). */
  leftOut: LeftOut[];
}

/**
 * A bulk operation (retag apply, undo) made into one commit holding exactly
 * the files it wrote. `prepare` runs BEFORE the operation: it checks that a
 * commit will be possible (a repository, on a branch, no merge under way, an
 * author configured) — so a refusal writes nothing — and notes which files
 * already differ from the last commit. Those are left out of the commit and
 * listed, so nobody's work in progress is swept in.
 */
export class OperationCommitter {
  private constructor(
    private readonly repo: GitRepo,
    private readonly dirtyBefore: ReadonlySet<string>,
  ) {}

  /** `root`: the workspace folder's real path. */
  static async prepare(root: string): Promise<OperationCommitter> {
    const repo = await GitRepo.open(root);
    const status = await repo.status();
    repo.refuseUnsafeState(status);
    await repo.requireIdentity();
    return new OperationCommitter(repo, new Set(status.files.map((file) => file.path)));
  }

  /** Commits the files the operation wrote (workspace-relative) that were clean before it. */
  async commit(written: readonly string[], message: string): Promise<OperationCommit> {
    const leftOut: LeftOut[] = [];
    const clean: string[] = [];
    const changedNow = new Set((await this.repo.status()).files.map((file) => file.path));
    for (const path of new Set(written)) {
      // A file back to its committed bytes (an undo of a committed edit, say) has nothing to commit or leave out.
      if (!changedNow.has(path)) continue;
      if (this.dirtyBefore.has(path)) leftOut.push({ path, reason: 'uncommitted-changes' });
      else clean.push(path);
    }
    if (clean.length === 0) return { commit: null, leftOut };
    const done = await this.repo.commit(clean, message);
    return { commit: done.commit, leftOut };
  }
}
