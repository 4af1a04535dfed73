import type { ReviewCellStatus } from '@shared/ipc/review-contract';
import { STATUS_LOOKS } from './lib/review-status';

interface Props {
  status: ReviewCellStatus;
  /** Full label instead of the short word. */
  long?: boolean;
}

/** A review status as colour, glyph and word together (never colour alone). */
export function StatusBadge({ status, long = false }: Props) {
  const look = STATUS_LOOKS[status];
  return (
    <span className={`review-badge review-badge--${status}`} data-status={status} title={look.label}>
      <span className="review-badge-glyph" aria-hidden="true">
        {look.glyph}
      </span>
      {long ? look.label : look.short}
    </span>
  );
}
