/**
 * The library's bulk selection, independent of which rows are loaded. Two
 * shapes: explicit paths (checkboxes, ranges, "select visible"), which
 * survive scrolling, new queries and re-indexing because they are paths, not
 * row indices; and "everything matching a query", which never loads the rows
 * and keeps the paths the user unticked since as exclusions.
 *
 * The rule for the second shape: it is *this query's* result. When the
 * search changes, the selection is dropped (see `followQuery`), so the count
 * on screen always describes the list on screen.
 */

export type BulkSelection =
  | {
      mode: 'paths';
      paths: ReadonlySet<string>;
      /** Row index of the last plain toggle: Shift ranges start here. */
      anchor: number | null;
    }
  | {
      mode: 'query';
      query: string;
      /** How many rows the query matched when last seen. */
      total: number;
      excluded: ReadonlySet<string>;
      anchor: number | null;
    };

/** What a plan is computed over; `excluded` is only ever non-empty for a query. */
export type SelectionTarget = { query: string; excluded: string[] } | { paths: string[] };

export const EMPTY_SELECTION: BulkSelection = { mode: 'paths', paths: new Set(), anchor: null };

export function isChecked(selection: BulkSelection, path: string): boolean {
  return selection.mode === 'paths' ? selection.paths.has(path) : !selection.excluded.has(path);
}

/** How many articles the selection names. */
export function selectionCount(selection: BulkSelection): number {
  return selection.mode === 'paths' ? selection.paths.size : Math.max(0, selection.total - selection.excluded.size);
}

export function isEmpty(selection: BulkSelection): boolean {
  return selectionCount(selection) === 0;
}

function withPath(set: ReadonlySet<string>, path: string, present: boolean): Set<string> {
  const next = new Set(set);
  if (present) next.add(path);
  else next.delete(path);
  return next;
}

/** Sets one row's box, in either mode. */
function setChecked(selection: BulkSelection, path: string, checked: boolean): BulkSelection {
  if (selection.mode === 'paths') return { ...selection, paths: withPath(selection.paths, path, checked) };
  return { ...selection, excluded: withPath(selection.excluded, path, !checked) };
}

/** A plain click or Space: flips one row and makes it the anchor of the next range. */
export function toggle(selection: BulkSelection, path: string, index: number): BulkSelection {
  return { ...setChecked(selection, path, !isChecked(selection, path)), anchor: index };
}

/**
 * Shift+click or Shift+Space: every row between the anchor and this one
 * (both included, in list order) takes the anchor's state, as in a file
 * manager. `paths` are the rows of that range; without an anchor it is a toggle.
 */
export function setRange(selection: BulkSelection, anchorPath: string | undefined, paths: readonly string[], index: number): BulkSelection {
  const state = anchorPath === undefined ? true : isChecked(selection, anchorPath);
  let next = selection;
  for (const path of paths) next = setChecked(next, path, state);
  return { ...next, anchor: selection.anchor ?? index };
}

/** Adds rows (the ones on screen) to an explicit selection; in query mode they are already in. */
export function addPaths(selection: BulkSelection, paths: readonly string[]): BulkSelection {
  if (selection.mode === 'query') {
    let next: BulkSelection = selection;
    for (const path of paths) next = setChecked(next, path, true);
    return next;
  }
  return { ...selection, paths: new Set([...selection.paths, ...paths]) };
}

/** Everything the query matches, without loading a row. */
export function selectAllMatching(query: string, total: number): BulkSelection {
  return { mode: 'query', query, total, excluded: new Set(), anchor: null };
}

/**
 * Keeps a selection in step with the list: a query selection for another
 * query is dropped (the clear rule above); for the same query its total is
 * refreshed (files were re-indexed). Path selections are left as they are.
 */
export function followQuery(selection: BulkSelection, query: string, total: number | null): BulkSelection {
  if (selection.mode !== 'query') return selection;
  if (selection.query !== query) return EMPTY_SELECTION;
  if (total === null || total === selection.total) return selection;
  return { ...selection, total };
}

/** What to plan over. Paths come out sorted so the same selection always plans the same. */
export function selectionTarget(selection: BulkSelection): SelectionTarget {
  if (selection.mode === 'paths') return { paths: [...selection.paths].sort() };
  return { query: selection.query, excluded: [...selection.excluded].sort() };
}

/**
 * The header checkbox: `all` only for "everything matching" without
 * exclusions (explicit paths may name rows outside the current result).
 */
export function headerState(selection: BulkSelection): 'none' | 'some' | 'all' {
  if (isEmpty(selection)) return 'none';
  return selection.mode === 'query' && selection.excluded.size === 0 ? 'all' : 'some';
}
