import { memo } from 'react';
import type { ArticleRow } from '@shared/ipc/contract';
import { RowCheck } from '../retag';
import { formatDate } from '../lib/format';
import { GroupLangs } from './GroupLangs';
import { ErrorIcon } from './Icons';
import { LangBadge } from './LangBadge';
import { Snippet } from './Snippet';
import { TagChips } from './TagChips';

interface Props {
  row: ArticleRow | undefined;
  index: number;
  total: number;
  selected: boolean;
  open: boolean;
  top: number;
  height: number;
  onClick: (index: number) => void;
  onDoubleClick: (index: number) => void;
  /** Bulk selection: the row's tick box (absent when the list has no bulk selection). */
  checked?: boolean;
  onCheck?: (index: number, shift: boolean) => void;
  /** Differs from the last git commit. */
  changed?: boolean;
}

/**
 * One option of the article listbox; a skeleton while its page is loading.
 * Memoised: while scrolling only rows entering the window render.
 */
export const ArticleListRow = memo(function ArticleListRow({ row, index, total, selected, open, top, height, onClick, onDoubleClick, checked, onCheck, changed = false }: Props) {
  const className = ['row', selected && 'row--selected', open && 'row--open', row && !row.valid && 'row--invalid', onCheck && 'row--checkable', checked && 'row--checked']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={`article-row-${index}`}
      role="option"
      aria-selected={selected}
      aria-checked={onCheck ? Boolean(checked) : undefined}
      aria-posinset={index + 1}
      aria-setsize={total}
      aria-busy={row ? undefined : true}
      className={className}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => onClick(index)}
      onDoubleClick={() => onDoubleClick(index)}
      data-path={row?.path}
    >
      {row && onCheck && <RowCheck checked={Boolean(checked)} label={`Tick ${row.title || row.path}`} onToggle={(shift) => onCheck(index, shift)} />}
      {row ? <RowCells row={row} changed={changed} /> : <SkeletonCells />}
    </div>
  );
});

function RowCells({ row, changed }: { row: ArticleRow; changed: boolean }) {
  return (
    <>
      <div className="cell cell--title">
        <div className="row-title">
          {row.draft && <span className="pill pill--draft">Draft</span>}
          {changed && (
            <span className="pill pill--changed" title="Differs from the last git commit">
              Changed
            </span>
          )}
          <span className="row-title-text" title={row.title}>
            {row.title || <em className="untitled">Untitled — {row.path}</em>}
          </span>
        </div>
        <div className="row-sub">
          {row.snippet ? <Snippet text={row.snippet} /> : <span className="row-path">{row.path}</span>}
        </div>
      </div>
      <div className="cell cell--lang">
        <LangBadge lang={row.lang} />
      </div>
      <div className="cell cell--date" title={row.publishedAt ?? 'No date (the collection names no date field, or this file leaves it empty)'}>
        {formatDate(row.publishedAt)}
      </div>
      <div className="cell cell--category" title={row.category ?? ''}>
        {row.category ?? <span className="muted-dash">—</span>}
      </div>
      <div className="cell cell--tags">
        <TagChips tags={row.tags} />
      </div>
      <div className="cell cell--valid">
        {!row.valid && (
          <span className="invalid-icon" title="Invalid frontmatter — open the article to see the problems" aria-label="Invalid">
            <ErrorIcon />
          </span>
        )}
      </div>
      <div className="cell cell--group">
        <GroupLangs langs={row.groupLangs} own={row.lang} />
      </div>
    </>
  );
}

function SkeletonCells() {
  return (
    <div className="cell cell--title">
      <div className="skeleton skeleton--title" />
      <div className="skeleton skeleton--sub" />
    </div>
  );
}
