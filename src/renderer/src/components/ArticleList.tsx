import { useEffect, useRef } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticlePages } from '../hooks/useArticlePages';
import { HeaderCheck } from '../retag';
import type { BulkSelectionApi } from '../retag';
import { ArticleListRow } from './ArticleListRow';

/** Fixed row height in px: fixed heights keep 100k rows cheap (no measuring). */
export const ROW_HEIGHT = 46;

interface Props {
  pages: ArticlePages;
  selectedIndex: number;
  openPath: string | null;
  /** Click: select the row. */
  onSelect: (index: number) => void;
  /** Double-click (Enter comes through onKeyDown): open the article. */
  onActivate: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  listRef: Ref<HTMLDivElement>;
  scrollRef: React.RefObject<HTMLDivElement | null>;
  /** Tick boxes for bulk edits; without it the list has none. */
  bulk?: BulkSelectionApi;
  /** Paths that differ from the last git commit: their rows get a "Changed" badge. */
  changedPaths?: ReadonlySet<string>;
}

/**
 * The virtualised article listbox. Only the rows on screen exist in the DOM and
 * only the pages around them are in memory; focus stays on the listbox and the
 * selected row is announced through aria-activedescendant.
 */
export function ArticleList({ pages, selectedIndex, openPath, onSelect, onActivate, onKeyDown, listRef, scrollRef, bulk, changedPaths }: Props) {
  const total = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  const { ensureRange, generation, resultKey } = pages;
  useEffect(() => {
    ensureRange(first, last);
  }, [ensureRange, first, last, generation]);

  // A new query starts at the top; a refresh of the same query (files changed,
  // indexing finished) keeps the user's place.
  const lastKey = useRef(resultKey);
  useEffect(() => {
    if (lastKey.current === resultKey) return;
    lastKey.current = resultKey;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resultKey, scrollRef]);

  useEffect(() => {
    if (selectedIndex >= 0 && selectedIndex < total) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, total, virtualizer]);

  /** The header box ticks the rows fully on screen ("select all on the page"). */
  const tickVisible = (): void => {
    const top = scrollRef.current?.scrollTop ?? 0;
    const height = scrollRef.current?.clientHeight ?? 0;
    const first = Math.ceil(top / ROW_HEIGHT);
    const last = Math.min(total, Math.floor((top + height) / ROW_HEIGHT)) - 1;
    bulk?.onHeaderCheck(first, Math.max(first, last));
  };

  return (
    <div className={`list-frame${bulk ? ' list-frame--checks' : ''}`}>
      {bulk && <HeaderCheck state={bulk.header} onClick={tickVisible} />}
      <div className="list-header" aria-hidden="true">
        <span className="cell cell--title">Title</span>
        <span className="cell cell--lang">Lang</span>
        <span className="cell cell--date">Published</span>
        <span className="cell cell--category">Category</span>
        <span className="cell cell--tags">Tags</span>
        <span className="cell cell--valid" />
        <span className="cell cell--group">Translations</span>
      </div>
      <div className="list-scroll" ref={scrollRef}>
        <div
          ref={listRef}
          id="article-list"
          className="list"
          role="listbox"
          aria-label="Articles"
          tabIndex={0}
          aria-activedescendant={selectedIndex >= 0 ? `article-row-${selectedIndex}` : undefined}
          onKeyDown={onKeyDown}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <ArticleListRow
                key={item.key}
                row={row}
                index={item.index}
                total={total}
                selected={item.index === selectedIndex}
                open={row !== undefined && row.path === openPath}
                top={item.start}
                height={item.size}
                onClick={onSelect}
                onDoubleClick={onActivate}
                {...(bulk && { checked: row !== undefined && bulk.isChecked(row.path), onCheck: bulk.onCheck })}
                changed={row !== undefined && changedPaths !== undefined && changedPaths.has(row.path)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
