import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ChannelInput } from '@shared/ipc/contract';
import { on } from '../../api/client';
import type { ArticlePages } from '../../hooks/useArticlePages';
import { formatCount } from '../../lib/format';
import { emptyDraft } from '../lib/operation-draft';
import type { OperationKind } from '../lib/operation-draft';
import { ALL_KINDS } from '../lib/retag-request';
import type { RetagRequest } from '../lib/retag-request';
import { useBulkSelection } from './useBulkSelection';
import type { BulkSelectionApi } from './useBulkSelection';

type Sort = NonNullable<ChannelInput<'articles.query'>['sort']>;

/** Bulk retagging as the window uses it. */
export interface RetagApi {
  bulk: BulkSelectionApi;
  /** The open bulk-edit dialog's request, if any. */
  request: RetagRequest | null;
  journalsOpen: boolean;
  /** Opens the bulk-edit dialog over the library selection. */
  editSelection: (kind?: OperationKind) => void;
  /** Opens the bulk-edit dialog for any request (taxonomy rows); `null` closes it. */
  open: (request: RetagRequest | null) => void;
  openJournals: () => void;
  closeDialogs: () => void;
  /** Keys on the list: selection keys, plus E for the dialog. True when used. */
  onListKey: (event: KeyboardEvent<HTMLElement>, cursor: number) => boolean;
  /** Files were written (apply or undo). */
  written: (kind: 'applied' | 'undone') => void;
}

/** Words for a library selection, for the dialog's subtitle. */
function scopeOf(bulk: BulkSelectionApi): string {
  const { selection, count } = bulk;
  if (selection.mode === 'paths') return `${formatCount(count)} selected ${count === 1 ? 'article' : 'articles'}`;
  const query = selection.query.trim();
  const base = query ? `All ${formatCount(selection.total)} articles matching ${query}` : `All ${formatCount(selection.total)} articles`;
  return selection.excluded.size > 0 ? `${base}, except ${formatCount(selection.excluded.size)} unticked` : base;
}

/**
 * Selection, dialogs and the undo shortcut for bulk retagging. Undo (Ctrl/Cmd+Alt+Z
 * or the menu's "Undo Last Bulk Edit") opens the bulk-edit list with the
 * newest edit's Undo focused: one more Enter restores it.
 */
export function useRetag(pages: ArticlePages, query: string, sort: Sort, onDataChanged: () => void): RetagApi {
  const bulk = useBulkSelection(pages, query, sort);
  const [request, setRequest] = useState<RetagRequest | null>(null);
  const [journalsOpen, setJournalsOpen] = useState(false);
  const bulkRef = useRef(bulk);
  bulkRef.current = bulk;
  const changedRef = useRef(onDataChanged);
  changedRef.current = onDataChanged;

  const editSelection = useCallback((kind: OperationKind = 'add') => {
    const current = bulkRef.current;
    if (current.count === 0) return;
    setJournalsOpen(false);
    setRequest({ target: current.target(), scope: scopeOf(current), draft: emptyDraft(kind), kinds: ALL_KINDS, allowGroups: true });
  }, []);

  const openJournals = useCallback(() => setJournalsOpen(true), []);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      if ((event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyZ') {
        event.preventDefault();
        setJournalsOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const off = on('app.command', ({ command }) => command === 'undo-bulk-edit' && setJournalsOpen(true));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      off();
    };
  }, []);

  const onListKey = useCallback(
    (event: KeyboardEvent<HTMLElement>, cursor: number): boolean => {
      if (bulk.onListKey(event, cursor)) return true;
      if (event.key.toLowerCase() === 'e' && !event.ctrlKey && !event.metaKey && !event.altKey && bulk.count > 0) {
        event.preventDefault();
        editSelection();
        return true;
      }
      return false;
    },
    [bulk, editSelection],
  );

  const written = useCallback((kind: 'applied' | 'undone') => {
    if (kind === 'applied') bulkRef.current.clear();
    changedRef.current();
  }, []);

  const closeDialogs = useCallback(() => {
    setRequest(null);
    setJournalsOpen(false);
  }, []);

  return useMemo(
    () => ({ bulk, request, journalsOpen, editSelection, open: setRequest, openJournals, closeDialogs, onListKey, written }),
    [bulk, request, journalsOpen, editSelection, openJournals, closeDialogs, onListKey, written],
  );
}
