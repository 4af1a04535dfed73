import type { ReviewCell } from '@shared/ipc/review-contract';
import { STATUS_LOOKS } from './lib/review-status';

interface Props {
  id: string;
  lang: string;
  cell: ReviewCell | undefined;
  active: boolean;
  open: boolean;
  onClick: () => void;
}

/** What a cell says to a screen reader: language, status, checks. */
export function cellLabel(lang: string, cell: ReviewCell | undefined): string {
  if (!cell) return `${lang}: no file (the original is not in this folder)`;
  const status = cell.status === 'missing' ? 'missing, press Enter to create it' : STATUS_LOOKS[cell.status].short.toLowerCase();
  const checks = cell.checks.length > 0 ? `; inconsistent: ${cell.checks.join(', ')}` : '';
  const note = cell.note ? `; note: ${cell.note}` : '';
  return `${lang}: ${status}${checks}${note}`;
}

/** One language of one group: status colour, glyph and word, and a flag when checks fired. */
export function MatrixCell({ id, lang, cell, active, open, onClick }: Props) {
  const status = cell?.status ?? 'none';
  const look = cell ? STATUS_LOOKS[cell.status] : null;
  return (
    <div
      id={id}
      role="gridcell"
      className={`review-cell review-cell--${status}${active ? ' review-cell--active' : ''}${open ? ' review-cell--open' : ''}`}
      aria-label={cellLabel(lang, cell)}
      aria-selected={active}
      data-lang={lang}
      data-status={status}
      data-path={cell?.path ?? undefined}
      title={cell?.path ? `${cell.path}${cell.note ? `\nNote: ${cell.note}` : ''}` : cell ? `Create the ${lang} translation` : undefined}
      onClick={onClick}
    >
      {look ? (
        <>
          <span className="review-cell-glyph" aria-hidden="true">
            {look.glyph}
          </span>
          <span className="review-cell-text" aria-hidden="true">
            {look.short}
          </span>
        </>
      ) : (
        <span className="muted-dash" aria-hidden="true">
          –
        </span>
      )}
      {cell?.note && (
        <span className="review-cell-note" aria-hidden="true" title={`Note: ${cell.note}`}>
          ✉
        </span>
      )}
      {cell && cell.checks.length > 0 && (
        <span className="review-cell-flag" aria-hidden="true" title={`Inconsistent: ${cell.checks.join(', ')}`}>
          ⚠{cell.checks.length > 1 ? cell.checks.length : ''}
        </span>
      )}
    </div>
  );
}
