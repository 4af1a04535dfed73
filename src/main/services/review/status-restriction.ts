import { parseQuery } from '@shared/query/parse-query';
import type { PathRestriction } from '../../db/article-filter';
import type { Workspace } from '../workspace';
import { workspaceReview } from './workspace-review';

/**
 * The library query's `status:` / `-status:` filters as paths for the index
 * to keep (or drop), from the workspace's review (while the folder is
 * watched, the last one until something is indexed; the list and its facets
 * asking at once share it). Only translations have a status: an
 * original never matches `status:x`, so `-status:x` keeps every original.
 * Undefined when the query has no status filter.
 */
export async function statusRestriction(ws: Workspace, query: string): Promise<PathRestriction | undefined> {
  const { status, not } = parseQuery(query).filters;
  if (status.length === 0 && not.status.length === 0) return undefined;
  const translations = (await workspaceReview(ws, {})).entries.filter((e) => !e.isOriginal);
  const excluded = new Set<string>(not.status);
  if (status.length > 0) {
    const wanted = new Set<string>(status.filter((s) => !excluded.has(s)));
    return { paths: translations.filter((e) => wanted.has(e.status)).map((e) => e.path) };
  }
  return { paths: translations.filter((e) => excluded.has(e.status)).map((e) => e.path), exclude: true };
}
