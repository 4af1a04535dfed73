/**
 * Turning parts of a query's result into paths, a page of `articles.query`
 * at a time. Used for Shift ranges that reach rows not loaded yet, and for
 * "everything matching, except these" (the plan input has no exclusions, so
 * the paths are listed once, at plan time, and not kept).
 */

/** One page of a query's paths, in the list's order. */
export type PathPageFetcher = (offset: number, limit: number) => Promise<{ total: number; paths: string[] }>;

/** The largest page `articles.query` answers. */
export const MAX_PAGE = 500;

/**
 * Paths of rows `first..last` (inclusive, either order): known rows come from
 * `known`, missing stretches are fetched in pages.
 */
export async function pathsInRange(
  first: number,
  last: number,
  known: (index: number) => string | undefined,
  fetchPage: PathPageFetcher,
): Promise<string[]> {
  const from = Math.min(first, last);
  const to = Math.max(first, last);
  const out: string[] = [];
  let index = from;
  while (index <= to) {
    const path = known(index);
    if (path !== undefined) {
      out.push(path);
      index++;
      continue;
    }
    let gapEnd = index + 1;
    while (gapEnd <= to && gapEnd - index < MAX_PAGE && known(gapEnd) === undefined) gapEnd++;
    const limit = gapEnd - index;
    const page = await fetchPage(index, limit);
    if (page.paths.length === 0) break;
    out.push(...page.paths.slice(0, limit));
    index += Math.min(limit, page.paths.length);
  }
  return out;
}

/**
 * Every path the query matches minus `excluded`, paging until the result
 * ends. `onProgress` gets the paths seen so far and the total.
 */
export async function pathsExcept(
  excluded: ReadonlySet<string>,
  fetchPage: PathPageFetcher,
  opts: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<string[]> {
  const out: string[] = [];
  let offset = 0;
  for (;;) {
    if (opts.signal?.aborted) throw new Error('Listing the selection was cancelled.');
    const page = await fetchPage(offset, MAX_PAGE);
    for (const path of page.paths) if (!excluded.has(path)) out.push(path);
    offset += page.paths.length;
    opts.onProgress?.(offset, page.total);
    if (page.paths.length < MAX_PAGE || offset >= page.total) return out;
  }
}
