import { readFile } from 'node:fs/promises';
import { CopydeskError } from '@shared/errors';
import type { GitChange, GitStatus } from '@shared/ipc/git-contract';
import { decodeFileBytes } from '../decode-file';
import type { Workspace } from '../workspace';
import { AppWrites } from './app-writes';
import { suggestCommitMessage, type AppAction } from './commit-message';
import { GitRepo, type ProgressOptions, type PullResult, type RepoStatus } from './git-repo';

/** The panel's words for what the app did to a file. */
function actionLabel(action: AppAction): string {
  if (action.kind === 'bulk') return action.message;
  if (action.kind === 'edit') return 'Edited here';
  const lang = action.lang === null ? '' : ` (${action.lang})`;
  if (action.kind === 'approve') return `Approved${lang}`;
  if (action.kind === 'needs-work') return `Marked as needing work${lang}`;
  if (action.kind === 'fix') return `Fixed a check${lang}`;
  return `Translation created${lang}`;
}

/**
 * Git for whichever workspace is open: one repository handle per folder,
 * the last status (the library's "Changed" filter answers from it while no
 * file changed since), the record of what the app wrote, and the actions.
 * One instance per handler map; every method takes the workspace.
 */
export class GitService {
  readonly writes = new AppWrites();
  private readonly repos = new Map<string, GitRepo>();
  private readonly lastStatus = new Map<string, { generation: number; status: RepoStatus }>();

  /** The repository of `ws`; the handle is kept once found (a folder that is not one is asked again next time). */
  async repo(ws: Workspace): Promise<GitRepo> {
    const known = this.repos.get(ws.root);
    if (known) return known;
    const repo = await GitRepo.open(ws.root);
    this.repos.set(ws.root, repo);
    return repo;
  }

  private async freshStatus(ws: Workspace, repo: GitRepo): Promise<RepoStatus> {
    const generation = ws.dataGeneration();
    let status: RepoStatus;
    try {
      status = await repo.status();
    } catch (error) {
      // The repository may have gone (folder moved, `.git` deleted): find it again next time.
      this.repos.delete(ws.root);
      throw error;
    }
    this.lastStatus.set(ws.root, { generation, status });
    this.writes.keepOnly(ws.root, new Set(status.files.map((file) => file.path)));
    return status;
  }

  /** The panel's view: never throws for "no repository" or "no git" — it says so. */
  async status(ws: Workspace): Promise<GitStatus> {
    let repo: GitRepo;
    let status: RepoStatus;
    try {
      repo = await this.repo(ws);
      status = await this.freshStatus(ws, repo);
    } catch (error) {
      if (error instanceof CopydeskError && (error.code === 'not-a-repo' || error.code === 'git-missing')) {
        return { state: 'unavailable', reason: error.code, message: error.message };
      }
      if (error instanceof CopydeskError) return { state: 'unavailable', reason: 'failed', message: error.message };
      throw error;
    }
    const written = new Map(this.writes.list(ws.root).map(({ path, action }) => [path, action]));
    const files: GitChange[] = status.files.map((file) => {
      const action = written.get(file.path);
      return {
        path: file.path,
        kind: file.kind,
        staged: file.staged,
        ...(file.origPath !== undefined && { origPath: file.origPath }),
        ...(action !== undefined && { byApp: actionLabel(action) }),
      };
    });
    const appWrites = this.writes.list(ws.root);
    return {
      state: 'repo',
      branch: status.branch,
      head: status.head,
      upstream: status.upstream,
      ahead: status.ahead,
      behind: status.behind,
      operation: status.operation,
      files,
      // The library's own total for `changed:true` alone (the same restriction, counted in SQL): the toggle's count is the list it shows.
      changedArticles: ws.queryArticles({ query: '', sort: 'date-desc', offset: 0, limit: 1 }, { paths: status.files.map((file) => file.path) }).total,
      identity: await repo.identity(),
      appChanged: appWrites.map((write) => write.path),
      suggestedMessage: await suggestCommitMessage(appWrites, (path, action) => this.titleFor(ws, path, action)),
    };
  }

  /**
   * Workspace paths that differ from the last commit, for the library's
   * `changed:` filter: the last status while nothing was indexed since it,
   * else a new one. Null when there is no repository (nothing is "changed").
   */
  async changedPaths(ws: Workspace): Promise<string[] | null> {
    const last = this.lastStatus.get(ws.root);
    if (last && last.generation === ws.dataGeneration()) return last.status.files.map((file) => file.path);
    try {
      const status = await this.freshStatus(ws, await this.repo(ws));
      return status.files.map((file) => file.path);
    } catch (error) {
      if (error instanceof CopydeskError) return null;
      throw error;
    }
  }

  /** The file in the last commit and now, for the merge view. */
  async compare(ws: Workspace, path: string): Promise<{ path: string; head: string | null; current: string | null }> {
    const repo = await this.repo(ws);
    const abs = await ws.resolveInside(path);
    const head = await repo.headText(path);
    const bytes = await readFile(abs).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    let current: string | null = null;
    if (bytes !== null) {
      const decoded = decodeFileBytes(bytes);
      current = decoded.ok ? decoded.text : bytes.toString('utf8');
    }
    return { path, head, current };
  }

  /** Commits exactly `paths` and forgets them from the app's record. */
  async commit(ws: Workspace, paths: readonly string[], message: string): Promise<{ commit: string; paths: string[] }> {
    const repo = await this.repo(ws);
    await repo.requireIdentity();
    const done = await repo.commit(paths, message);
    this.writes.forget(ws.root, done.paths);
    this.lastStatus.delete(ws.root);
    return done;
  }

  /**
   * Pulls, refused while an editor has unsaved changes (`unsaved`), then
   * re-indexes the files the pull changed at once (the watcher would too, a
   * moment later): the library and open panes hear of them through
   * `workspace.changed`, as for any change on disk.
   */
  async pull(ws: Workspace, unsaved: readonly string[], opts: ProgressOptions = {}): Promise<PullResult> {
    if (unsaved.length > 0) {
      throw new CopydeskError(
        'dirty-editor',
        `Save or discard your changes to ${unsaved.join(', ')} first: a pull may change ${unsaved.length === 1 ? 'that file' : 'those files'} on disk.`,
        { path: unsaved[0] ?? '' },
      );
    }
    const repo = await this.repo(ws);
    this.lastStatus.delete(ws.root);
    const pulled = await repo.pull(opts);
    if (pulled.changed.length > 0) await ws.reindexPaths(pulled.changed);
    return pulled;
  }

  async push(ws: Workspace, opts: ProgressOptions = {}): Promise<{ upstream: string | null; pushed: number }> {
    const pushed = await (await this.repo(ws)).push(opts);
    this.lastStatus.delete(ws.root);
    return pushed;
  }

  /** The title a message names: the original's for a translation action, the file's own otherwise. */
  private async titleFor(ws: Workspace, path: string, action: AppAction): Promise<string | null> {
    try {
      const article = await ws.readArticle(path);
      if (article.collection !== null && article.groupKey !== null) {
        const group = ws.readGroup(article.collection, article.groupKey);
        const named = action.kind === 'edit' ? path : (group.original ?? path);
        const title = group.members.find((member) => member.path === named)?.title;
        if (title) return title;
      }
      return /^title:[ \t]*['"]?(.*?)['"]?[ \t]*$/m.exec(article.text)?.[1] ?? null;
    } catch {
      return null;
    }
  }
}
