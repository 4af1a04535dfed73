import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReviewGroup } from '@shared/ipc/review-contract';
import { formatDate } from '../lib/format';
import { isMatrixKey, moveCell } from './lib/matrix-navigation';
import type { CellPosition } from './lib/matrix-navigation';
import { MatrixCell } from './MatrixCell';
import type { ReviewPages } from './useReviewPages';

/** Fixed row height: no measuring, cheap at any size. */
const ROW_HEIGHT = 34;

interface Props {
  pages: ReviewPages;
  langs: readonly string[];
  total: number;
  openPath: string | null;
  /** Opens a file (a translation, or an original from the title column). */
  onOpen: (path: string) => void;
  /** A missing cell: create that translation. */
  onCreate: (group: ReviewGroup, lang: string) => void;
  /** Changes when the filter does: back to the top. */
  resultKey: string;
}

/**
 * The groups × languages matrix as an ARIA grid: a virtual list of rows (only
 * those on screen exist), focus stays on the grid and the active cell is
 * announced through aria-activedescendant. Arrows, PageUp/PageDown, Home/End
 * move; Enter or a click opens the cell's file, or offers to create it.
 */
export function ReviewMatrix({ pages, langs, total, openPath, onOpen, onCreate, resultKey }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: -1, col: 1 });
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange, generation } = pages;
  const cols = langs.length + 1;

  useEffect(() => ensureRange(first, last), [ensureRange, first, last, generation]);

  const lastKey = useRef(resultKey);
  useEffect(() => {
    if (lastKey.current === resultKey) return;
    lastKey.current = resultKey;
    setActive({ row: -1, col: 1 });
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resultKey]);

  useEffect(() => {
    if (active.row >= 0 && active.row < total) virtualizer.scrollToIndex(active.row, { align: 'auto' });
  }, [active.row, total, virtualizer]);

  const activate = (at: CellPosition): void => {
    const group = pages.rowAt(at.row);
    if (!group) return;
    if (at.col === 0) {
      const path = group.original ?? Object.values(group.cells).find((cell) => cell.path !== null)?.path;
      if (path) onOpen(path);
      return;
    }
    const lang = langs[at.col - 1];
    const cell = lang !== undefined ? group.cells[lang] : undefined;
    if (!lang || !cell) return;
    if (cell.status === 'missing') onCreate(group, lang);
    else if (cell.path) onOpen(cell.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (active.row >= 0) activate(active);
      else setActive({ row: 0, col: active.col });
      return;
    }
    if (!isMatrixKey(event.key)) return;
    event.preventDefault();
    const pageRows = Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT);
    setActive(moveCell(active, event.key, total, cols, pageRows, event.ctrlKey || event.metaKey));
  };

  const columns = `minmax(var(--review-title-min), 1fr) repeat(${langs.length}, var(--review-cell-width))`;
  const cellId = (row: number, col: number): string => `review-cell-${row}-${col}`;

  return (
    <div className="review-matrix">
      <div className="review-matrix-header" role="presentation" style={{ gridTemplateColumns: columns }}>
        <span className="review-matrix-colhead">Article</span>
        {langs.map((lang) => (
          <span key={lang} className="review-matrix-colhead review-matrix-colhead--lang">
            {lang}
          </span>
        ))}
      </div>
      <div className="review-matrix-scroll" ref={scrollRef}>
        <div
          className="review-grid"
          role="grid"
          aria-label="Translations by article and language"
          aria-rowcount={total}
          aria-colcount={cols}
          tabIndex={0}
          aria-activedescendant={active.row >= 0 ? cellId(active.row, active.col) : undefined}
          onKeyDown={onKeyDown}
          onFocus={() => active.row < 0 && total > 0 && setActive({ row: 0, col: active.col })}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const group = pages.rowAt(item.index);
            const isOpen = group !== undefined && openPath !== null && Object.values(group.cells).some((cell) => cell.path === openPath);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 1}
                className={`review-row${isOpen ? ' review-row--open' : ''}`}
                data-group-key={group?.groupKey}
                style={{ transform: `translateY(${item.start}px)`, height: item.size, gridTemplateColumns: columns }}
              >
                {group ? (
                  <>
                    <div
                      id={cellId(item.index, 0)}
                      role="rowheader"
                      className={`review-row-title${active.row === item.index && active.col === 0 ? ' review-cell--active' : ''}`}
                      title={group.original ?? `${group.groupKey} (no original in this folder)`}
                      onClick={() => {
                        setActive({ row: item.index, col: 0 });
                        activate({ row: item.index, col: 0 });
                      }}
                    >
                      <span className="review-row-name">{group.title ?? group.groupKey}</span>
                      <span className="review-row-meta">
                        {group.original === null && <span className="pill pill--bad">Orphan</span>}
                        {formatDate(group.publishedAt)}
                      </span>
                    </div>
                    {langs.map((lang, index) => (
                      <MatrixCell
                        key={lang}
                        id={cellId(item.index, index + 1)}
                        lang={lang}
                        cell={group.cells[lang]}
                        active={active.row === item.index && active.col === index + 1}
                        open={openPath !== null && group.cells[lang]?.path === openPath}
                        onClick={() => {
                          setActive({ row: item.index, col: index + 1 });
                          activate({ row: item.index, col: index + 1 });
                        }}
                      />
                    ))}
                  </>
                ) : (
                  <div className="review-row-loading" role="gridcell">
                    Loading…
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
