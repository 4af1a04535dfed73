import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ChannelInput } from '@shared/ipc/contract';
import { call } from '../../api/client';
import type { ArticlePages } from '../../hooks/useArticlePages';
import { pathsInRange } from '../lib/resolve-selection';
import type { PathPageFetcher } from '../lib/resolve-selection';
import * as sel from '../lib/selection';
import type { BulkSelection, SelectionTarget } from '../lib/selection';

type Sort = NonNullable<ChannelInput<'articles.query'>['sort']>;

/** The library's checkboxes, as the list, the bulk bar and the dialogs use them. */
export interface BulkSelectionApi {
  selection: BulkSelection;
  count: number;
  /** The header box's state. */
  header: 'none' | 'some' | 'all';
  /** The query the list shows (the one "select all matching" takes). */
  query: string;
  /** Rows that query matches, `null` while loading. */
  total: number | null;
  isChecked: (path: string) => boolean;
  /** A row's box was clicked; `shift` extends from the anchor. Stable across renders. */
  onCheck: (index: number, shift: boolean) => void;
  /** The header box: ticks the rows on screen (`first..last`), or clears when anything is ticked. */
  onHeaderCheck: (first: number, last: number) => void;
  selectAllMatching: () => void;
  clear: () => void;
  /** Space, Shift+Space, Ctrl/Cmd+A and Esc on the list; true when the key was used. */
  onListKey: (event: KeyboardEvent<HTMLElement>, cursor: number) => boolean;
  /** What a plan over this selection runs on. */
  target: () => SelectionTarget;
  /** Set while a range's rows are being listed. */
  busy: boolean;
}

/**
 * Owns the bulk selection for the library list: paths survive scrolling (the
 * virtual list drops rows, the set does not) and "all matching" never loads
 * the rows. Shift ranges fetch the paths of rows not loaded yet.
 */
export function useBulkSelection(pages: ArticlePages, query: string, sort: Sort): BulkSelectionApi {
  const [selection, setSelection] = useState<BulkSelection>(sel.EMPTY_SELECTION);
  const [busy, setBusy] = useState(false);
  const { rowAt, total, resultKey } = pages;
  // The list may still show the previous query's result for a moment: its total is not this query's.
  const current = resultKey === `${sort}\n${query}`;
  const state = useRef({ selection, query, total, current });
  state.current = { selection, query, total, current };

  // The clear rule: "all matching" belongs to one query. Ranges start afresh with a new result.
  useEffect(() => {
    setSelection((previous) => sel.followQuery(previous, query, current ? total : null));
  }, [query, total, current]);
  useEffect(() => {
    setSelection((prev) => (prev.anchor === null ? prev : { ...prev, anchor: null }));
  }, [query, sort]);

  const fetchPage: PathPageFetcher = useCallback(
    async (offset, limit) => {
      const answer = await call('articles.query', { query, sort, offset, limit });
      return { total: answer.total, paths: answer.rows.map((row) => row.path) };
    },
    [query, sort],
  );

  const extend = useCallback(
    (index: number) => {
      const { anchor } = state.current.selection;
      const path = rowAt(index)?.path;
      if (anchor === null) {
        if (path !== undefined) setSelection((prev) => sel.toggle(prev, path, index));
        return;
      }
      setBusy(true);
      pathsInRange(anchor, index, (i) => rowAt(i)?.path, fetchPage)
        .then((paths) => {
          const anchorPath = anchor <= index ? paths[0] : paths[paths.length - 1];
          setSelection((prev) => sel.setRange(prev, anchorPath, paths, index));
        })
        .catch(() => undefined)
        .finally(() => setBusy(false));
    },
    [rowAt, fetchPage],
  );

  const onCheck = useCallback(
    (index: number, shift: boolean) => {
      if (shift) return extend(index);
      const path = rowAt(index)?.path;
      if (path !== undefined) setSelection((prev) => sel.toggle(prev, path, index));
    },
    [extend, rowAt],
  );

  const selectAllMatching = useCallback(() => {
    const { query: shown, total: count, current } = state.current;
    if (current && count !== null && count > 0) setSelection(sel.selectAllMatching(shown, count));
  }, []);

  const clear = useCallback(() => setSelection(sel.EMPTY_SELECTION), []);

  const onHeaderCheck = useCallback(
    (first: number, last: number) => {
      if (!sel.isEmpty(state.current.selection)) return clear();
      const visible: string[] = [];
      for (let i = first; i <= last; i++) {
        const path = rowAt(i)?.path;
        if (path !== undefined) visible.push(path);
      }
      setSelection((prev) => sel.addPaths(prev, visible));
    },
    [rowAt, clear],
  );

  const onListKey = useCallback(
    (event: KeyboardEvent<HTMLElement>, cursor: number): boolean => {
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === ' ' && !mod && !event.altKey) {
        if (cursor >= 0) onCheck(cursor, event.shiftKey);
      } else if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'a') selectAllMatching();
      else if (event.key === 'Escape' && !sel.isEmpty(state.current.selection)) clear();
      else return false;
      event.preventDefault();
      event.stopPropagation();
      return true;
    },
    [onCheck, selectAllMatching, clear],
  );

  const target = useCallback(() => sel.selectionTarget(state.current.selection), []);

  return useMemo(
    () => ({
      selection,
      count: sel.selectionCount(selection),
      header: sel.headerState(selection),
      query,
      total,
      isChecked: (path: string) => sel.isChecked(selection, path),
      onCheck,
      onHeaderCheck,
      selectAllMatching,
      clear,
      onListKey,
      target,
      busy,
    }),
    [selection, query, total, onCheck, onHeaderCheck, selectAllMatching, clear, onListKey, target, busy],
  );
}
