import { parseQuery } from '@shared/query/parse-query';
import type { PathRestriction } from '../../db/article-filter';
import { statusRestriction } from '../review/status-restriction';
import type { Workspace } from '../workspace';
import type { GitService } from './git-service';

/**
 * The library query's `changed:true|false` filter as paths for the index to
 * keep (or drop), from the git service's last status (no file is read).
 * Without a repository nothing counts as changed. Undefined when the query
 * has no `changed:` filter.
 */
export async function changedRestriction(git: GitService, ws: Workspace, query: string): Promise<PathRestriction | undefined> {
  const { changed } = parseQuery(query).filters;
  if (changed === null) return undefined;
  const paths = (await git.changedPaths(ws)) ?? [];
  return changed ? { paths } : { paths, exclude: true };
}

/** Both restrictions at once (a path must pass each); either may be absent. */
export function bothRestrictions(a: PathRestriction | undefined, b: PathRestriction | undefined): PathRestriction | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.exclude && b.exclude) return { paths: [...new Set([...a.paths, ...b.paths])], exclude: true };
  const [keep, other] = a.exclude ? [b, a] : [a, b];
  const others = new Set(other.paths);
  return { paths: keep.paths.filter((path) => (other.exclude ? !others.has(path) : others.has(path))) };
}

/**
 * The paths a library query selects when it has a `changed:` filter, for a
 * bulk edit of "every matching article" (the retag planner knows `status:`
 * but not `changed:`); null when the query has none.
 */
export async function changedSelection(git: GitService, ws: Workspace, query: string): Promise<string[] | null> {
  const changed = await changedRestriction(git, ws, query);
  if (changed === undefined) return null;
  return ws.matchingPaths(query, { groups: false }, bothRestrictions(await statusRestriction(ws, query), changed));
}
