/**
 * The list fetches rows in fixed-size pages and keeps only the pages near the
 * viewport, so memory stays flat whether the result has 50 rows or 100k.
 */

/** Page indexes covering rows `[first, last]` (inclusive), clamped to `total`. */
export function pagesForRange(first: number, last: number, pageSize: number, total: number): number[] {
  if (total <= 0 || last < first) return [];
  const lo = Math.max(0, Math.floor(Math.max(0, first) / pageSize));
  const hi = Math.min(Math.ceil(total / pageSize) - 1, Math.floor(Math.min(last, total - 1) / pageSize));
  const pages: number[] = [];
  for (let page = lo; page <= hi; page++) pages.push(page);
  return pages;
}

/** Which cached pages to drop: those more than `radius` pages from every needed page. */
export function pagesToEvict(cached: Iterable<number>, needed: readonly number[], radius: number): number[] {
  if (needed.length === 0) return [];
  const lo = Math.min(...needed) - radius;
  const hi = Math.max(...needed) + radius;
  return [...cached].filter((page) => page < lo || page > hi);
}
