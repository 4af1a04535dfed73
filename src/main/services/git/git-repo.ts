import { access, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { resolveInside } from '../resolve-inside';
import { gitFailure, noIdentityError, type GitAction } from './git-error';
import { parseStatus, type GitFileChange, type ParsedStatus } from './parse-status';
import { runGit, textOf, type GitResult, type GitRunOptions } from './run-git';

/** A merge, rebase, cherry-pick or revert that git has stopped in the middle of. */
export type GitOperation = 'merge' | 'rebase' | 'cherry-pick' | 'revert';

/** A change as the workspace sees it: paths relative to the workspace folder. */
export type WorkspaceChange = GitFileChange;

export interface RepoStatus extends Omit<ParsedStatus, 'files'> {
  /** Changes inside the workspace folder, workspace-relative. */
  files: WorkspaceChange[];
  operation: GitOperation | null;
}

export interface GitIdentity {
  name: string;
  email: string;
}

export interface PullResult {
  /** HEAD before and after. */
  from: string | null;
  to: string | null;
  /** Workspace-relative paths the pull changed (added, modified, deleted). */
  changed: string[];
}

export interface ProgressOptions {
  /** git's `--progress` lines, as they come. */
  onProgress?: (line: string) => void;
}

const OPERATION_MARKERS: Array<[string, GitOperation]> = [
  ['MERGE_HEAD', 'merge'],
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'rebase'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
];

const NETWORK_TIMEOUT_MS = 10 * 60_000;

const toSlash = (path: string): string => path.split(sep).join('/');
const nulList = (paths: readonly string[]): string => paths.map((path) => `${path}\0`).join('');

/**
 * The git repository holding one workspace folder. The folder may be the
 * repository's top or a folder inside it: paths cross between the two here
 * (`toRepoPath`, `toWorkspacePath`) and nowhere else.
 */
export class GitRepo {
  private constructor(
    /** Real path of the workspace folder. */
    readonly root: string,
    /** Real path of the repository's top. */
    readonly top: string,
    readonly gitDir: string,
    /** The workspace folder relative to the top, with a trailing `/`; '' when they are the same. */
    readonly prefix: string,
  ) {}

  /** The repository holding `root` (a real path); `not-a-repo` or `git-missing` when there is none. */
  static async open(root: string): Promise<GitRepo> {
    const result = await runGit(['rev-parse', '--show-toplevel', '--absolute-git-dir'], { cwd: root, locks: false });
    if (result.code !== 0) {
      // Inside `.git`, or a bare repository: no work tree to commit from.
      if (/not a git repository|must be run in a work tree/i.test(result.stderr)) {
        throw new CopydeskError('not-a-repo', 'This folder is not in a git repository, so there is nothing to commit, pull or push.');
      }
      throw gitFailure('status', result);
    }
    const [top = '', gitDir = ''] = textOf(result).split('\n');
    const realTop = await realpath(top);
    const prefix = toSlash(relative(realTop, root));
    return new GitRepo(root, realTop, gitDir, prefix === '' ? '' : `${prefix}/`);
  }

  /** Runs in the workspace folder; `atTop` for pathspecs relative to the repository's top. */
  private git(args: readonly string[], opts: Omit<GitRunOptions, 'cwd'> & { atTop?: boolean } = {}): Promise<GitResult> {
    const { atTop, ...rest } = opts;
    return runGit(args, { cwd: atTop ? this.top : this.root, ...rest });
  }

  /** Runs git and throws the typed error for `action` when it fails. */
  private async must(action: GitAction, args: readonly string[], opts: Omit<GitRunOptions, 'cwd'> & { atTop?: boolean } = {}): Promise<GitResult> {
    const result = await this.git(args, opts);
    if (result.code !== 0) throw gitFailure(action, result);
    return result;
  }

  /** A workspace-relative path as the repository names it; refuses anything outside the workspace. */
  async toRepoPath(workspacePath: string): Promise<string> {
    const abs = await resolveInside(this.root, workspacePath);
    return toSlash(relative(this.top, abs));
  }

  /** A repository path relative to the workspace folder; null when it is outside it. */
  toWorkspacePath(repoPath: string): string | null {
    if (this.prefix === '') return repoPath;
    return repoPath.startsWith(this.prefix) ? repoPath.slice(this.prefix.length) : null;
  }

  /**
   * `git status` of the workspace folder: branch, upstream, ahead/behind,
   * every changed, added, deleted, renamed, untracked and conflicted file
   * (workspace-relative), and any merge or rebase in progress. One git
   * process, no optional locks; files are not read.
   */
  async status(): Promise<RepoStatus> {
    const args = ['status', '--porcelain=v2', '-z', '--branch', '--untracked-files=all'];
    // A sub-folder workspace: ask only about it (the branch headers still come).
    if (this.prefix !== '') args.push('--', '.');
    const [result, operation] = await Promise.all([this.must('status', args, { locks: false }), this.operation()]);
    const parsed = parseStatus(result.stdout.toString('utf8'));
    const files: WorkspaceChange[] = [];
    for (const { origPath, ...file } of parsed.files) {
      const path = this.toWorkspacePath(file.path);
      if (path === null) continue;
      const from = origPath === undefined ? null : this.toWorkspacePath(origPath);
      files.push(from === null ? { ...file, path } : { ...file, path, origPath: from });
    }
    return { ...parsed, files, operation };
  }

  /** The operation git is in the middle of, from the marker files in the git folder. */
  async operation(): Promise<GitOperation | null> {
    const found = await Promise.all(
      OPERATION_MARKERS.map(([marker, operation]) =>
        access(join(this.gitDir, marker)).then(
          () => operation,
          () => null,
        ),
      ),
    );
    return found.find((operation) => operation !== null) ?? null;
  }

  /** The author git would record, from its own configuration only (never a guess from the host name). */
  async identity(): Promise<GitIdentity | null> {
    const result = await this.git(['-c', 'user.useConfigOnly=true', 'var', 'GIT_AUTHOR_IDENT'], { locks: false });
    const match = /^(.*) <(.*)> \d+ [+-]\d{4}$/.exec(textOf(result));
    if (result.code !== 0 || !match) return null;
    return { name: match[1] ?? '', email: match[2] ?? '' };
  }

  /** The file as the last commit has it, converted as a checkout would write it; null when HEAD has no such file. */
  async headText(workspacePath: string): Promise<string | null> {
    const repoPath = await this.toRepoPath(workspacePath);
    const result = await this.git(['cat-file', '--filters', `HEAD:${repoPath}`], { locks: false });
    if (result.code !== 0) {
      if (/does not exist|exists on disk, but not in|not a valid object name|invalid object name|bad revision/i.test(result.stderr)) return null;
      throw gitFailure('show', result);
    }
    return result.stdout.toString('utf8');
  }

  /** HEAD's commit; null on a branch without commits. */
  async head(): Promise<string | null> {
    const result = await this.git(['rev-parse', '--verify', '-q', 'HEAD'], { locks: false });
    return result.code === 0 ? textOf(result) : null;
  }

  /**
   * Commits exactly `paths` (workspace-relative) as they are in the work
   * tree, with `git commit --only`: whatever else is staged stays staged and
   * out of this commit. New files are added for the commit; a rename's old
   * path goes with its new one. The author comes from git's configuration
   * (`no-identity` when it has none). Refused on a detached HEAD, during a
   * merge or rebase, and when a chosen file has conflicts.
   */
  async commit(paths: readonly string[], message: string): Promise<{ commit: string; paths: string[] }> {
    if (message.trim() === '') throw new CopydeskError('bad-input', 'Write a commit message first.');
    const wanted = new Set(await Promise.all(paths.map((path) => this.toRepoPath(path))));
    const status = await this.status();
    this.refuseUnsafeState(status);
    const chosen: GitFileChange[] = [];
    for (const file of status.files) {
      const repoPath = this.prefix + file.path;
      if (wanted.has(repoPath)) chosen.push({ ...file, path: repoPath, ...(file.origPath !== undefined && { origPath: this.prefix + file.origPath }) });
    }
    const conflicted = chosen.filter((file) => file.kind === 'conflicted');
    if (conflicted.length > 0) {
      throw new CopydeskError('merge-conflict', `Resolve the conflicts in ${conflicted.map((f) => this.toWorkspacePath(f.path)).join(', ')} before committing.`);
    }
    if (chosen.length === 0) throw new CopydeskError('bad-input', 'Nothing to commit: the chosen files have no changes since the last commit.');
    const pathspec = [...new Set(chosen.flatMap((file) => (file.origPath !== undefined ? [file.path, file.origPath] : [file.path])))];
    const untracked = chosen.filter((file) => file.kind === 'untracked').map((file) => file.path);
    if (untracked.length > 0) {
      // `commit --only` takes files git knows of: record new ones as "to be added" (nothing staged yet).
      await this.must('commit', ['add', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'], { input: nulList(untracked), atTop: true });
    }
    const result = await this.git(
      ['-c', 'user.useConfigOnly=true', 'commit', '--only', '--quiet', '-m', message, '--pathspec-from-file=-', '--pathspec-file-nul'],
      { input: nulList(pathspec), atTop: true },
    );
    if (result.code !== 0) {
      if (untracked.length > 0) {
        await this.git(['rm', '--cached', '--quiet', '--pathspec-from-file=-', '--pathspec-file-nul'], { input: nulList(untracked), atTop: true });
      }
      throw gitFailure('commit', result);
    }
    const head = await this.head();
    if (head === null) throw new CopydeskError('git-failed', 'git commit reported success but HEAD has no commit.');
    return { commit: head, paths: chosen.map((file) => this.toWorkspacePath(file.path) ?? file.path) };
  }

  /** Throws `merge-in-progress` or `detached-head` when committing, pulling or pushing would be unsafe. */
  refuseUnsafeState(status: RepoStatus): void {
    if (status.operation !== null) {
      throw new CopydeskError(
        'merge-in-progress',
        `A ${status.operation} is in progress in this repository. Finish it (or abort it) in a terminal — \`git status\` says how — first.`,
      );
    }
    if (status.branch === null && status.head !== null) {
      throw new CopydeskError('detached-head', 'The repository is not on a branch (detached HEAD). Switch to a branch in a terminal (`git switch main`) first.');
    }
  }

  /**
   * `git pull` as the repository is configured (merge, rebase or
   * fast-forward only: no strategy flags here), non-interactively. Refused
   * on a detached HEAD, during a merge or rebase and while files have
   * conflicts. Returns the workspace files the pull changed.
   */
  async pull(opts: ProgressOptions = {}): Promise<PullResult> {
    const status = await this.status();
    this.refuseUnsafeState(status);
    const conflicted = status.files.filter((file) => file.kind === 'conflicted');
    if (conflicted.length > 0) {
      throw new CopydeskError('merge-conflict', `Resolve the conflicts in ${conflicted.map((f) => f.path).join(', ')} before pulling.`);
    }
    const from = status.head;
    const pulled = await this.git(['pull', '--progress'], { env: await this.networkEnv(), timeoutMs: NETWORK_TIMEOUT_MS, ...(opts.onProgress && { onStderrLine: opts.onProgress }) });
    if (pulled.code !== 0) throw gitFailure('pull', pulled);
    const to = await this.head();
    return { from, to, changed: from === to || to === null ? [] : await this.changedBetween(from, to) };
  }

  /** Workspace files that differ between two commits (`from` null: every file of `to`). */
  async changedBetween(from: string | null, to: string): Promise<string[]> {
    const args = from === null ? ['ls-tree', '-r', '-z', '--name-only', '--full-tree', to] : ['diff', '--name-only', '-z', '--no-renames', from, to];
    const result = await this.must('pull', args, { locks: false });
    return result.stdout
      .toString('utf8')
      .split('\0')
      .filter((path) => path !== '')
      .flatMap((path) => {
        const inside = this.toWorkspacePath(path);
        return inside === null ? [] : [inside];
      });
  }

  /** `git push` to the branch's upstream, non-interactively; `rejected-push` when the remote has moved on. */
  async push(opts: ProgressOptions = {}): Promise<{ upstream: string | null; pushed: number }> {
    const status = await this.status();
    this.refuseUnsafeState(status);
    await this.must('push', ['push', '--progress'], { env: await this.networkEnv(), timeoutMs: NETWORK_TIMEOUT_MS, ...(opts.onProgress && { onStderrLine: opts.onProgress }) });
    return { upstream: status.upstream, pushed: status.ahead };
  }

  /**
   * Git asks for credentials only through helpers here: https prompts are off
   * (GIT_TERMINAL_PROMPT=0), and ssh runs in batch mode unless the person
   * configured their own ssh command, which we leave alone.
   */
  private async networkEnv(): Promise<Record<string, string>> {
    if (process.env.GIT_SSH_COMMAND !== undefined || process.env.GIT_SSH !== undefined) return {};
    const configured = await this.git(['config', '--get', 'core.sshCommand'], { locks: false });
    return configured.code === 0 ? {} : { GIT_SSH_COMMAND: 'ssh -o BatchMode=yes' };
  }

  /** Throws `no-identity` when git has no author configured. */
  async requireIdentity(): Promise<GitIdentity> {
    const identity = await this.identity();
    if (identity === null) throw noIdentityError();
    return identity;
  }
}
