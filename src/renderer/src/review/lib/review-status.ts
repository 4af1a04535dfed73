import type { ReviewCellStatus } from '@shared/ipc/review-contract';
import type { LanguageCounts } from '@shared/review';
import { REVIEW_STATUS_LABELS } from '@shared/review';

/** How one status looks: a short word and a glyph, so colour is never the only cue. */
export interface StatusLook {
  /** Full label, e.g. "Source changed since approval". */
  label: string;
  /** One or two words for tight places (cells, legends). */
  short: string;
  /** A text glyph shown beside the colour. */
  glyph: string;
}

/** Every status a cell of the matrix can show, with its look. */
export const STATUS_LOOKS: Readonly<Record<ReviewCellStatus, StatusLook>> = {
  approved: { label: REVIEW_STATUS_LABELS.approved, short: 'Approved', glyph: '✓' },
  unreviewed: { label: REVIEW_STATUS_LABELS.unreviewed, short: 'Unreviewed', glyph: '○' },
  'needs-work': { label: REVIEW_STATUS_LABELS['needs-work'], short: 'Needs work', glyph: '✎' },
  outdated: { label: REVIEW_STATUS_LABELS.outdated, short: 'Outdated', glyph: '↻' },
  draft: { label: REVIEW_STATUS_LABELS.draft, short: 'Draft', glyph: '◌' },
  missing: { label: REVIEW_STATUS_LABELS.missing, short: 'Missing', glyph: '+' },
  original: { label: 'The original', short: 'Original', glyph: '◆' },
};

/** The order of the stacked bar and its legend: done first, then what needs a reviewer, then what needs a translator. */
export const BAR_ORDER = ['approved', 'unreviewed', 'needs-work', 'outdated', 'draft', 'missing'] as const satisfies readonly (keyof LanguageCounts)[];
export type BarStatus = (typeof BAR_ORDER)[number];

/** One segment of a language's stacked bar. */
export interface BarSegment {
  status: BarStatus;
  count: number;
  /** Share of the language's total in percent (0–100); segments of a non-empty bar add up to 100. */
  percent: number;
}

/** A language's stacked bar: non-empty segments in `BAR_ORDER`, and the total they share. */
export function barSegments(counts: LanguageCounts): { total: number; segments: BarSegment[] } {
  const total = BAR_ORDER.reduce((sum, status) => sum + counts[status], 0);
  if (total === 0) return { total, segments: [] };
  const segments = BAR_ORDER.filter((status) => counts[status] > 0).map((status) => ({
    status,
    count: counts[status],
    percent: (counts[status] / total) * 100,
  }));
  return { total, segments };
}

/** "12 approved, 3 outdated, …" for screen readers: every status, zeros left out. */
export function describeCounts(lang: string, counts: LanguageCounts): string {
  const { total, segments } = barSegments(counts);
  if (total === 0) return `${lang}: no articles`;
  return `${lang}: ${segments.map((s) => `${s.count} ${STATUS_LOOKS[s.status].short.toLowerCase()}`).join(', ')} of ${total}`;
}
