import type { BlockMark } from './block-marks';

/** Two ranges that should sit level when the panes scroll together. */
export interface ScrollAnchor {
  source: { from: number; to: number };
  target: { from: number; to: number };
}

/**
 * The ranges that face each other: the two frontmatters (everything before
 * each side's first block), then every matched block pair in reading order.
 * A pair that would run backwards on either side is left out, so the
 * mapping between the panes stays monotonic.
 */
export function scrollAnchors(source: readonly BlockMark[], target: readonly BlockMark[]): ScrollAnchor[] {
  const anchors: ScrollAnchor[] = [];
  const head = (marks: readonly BlockMark[]) => ({ from: 0, to: Math.max(0, (marks[0]?.from ?? 1) - 1) });
  if (source.length > 0 && target.length > 0) anchors.push({ source: head(source), target: head(target) });
  let lastTarget = -1;
  for (const mark of source) {
    if (mark.state !== 'match' || mark.counterpart === null) continue;
    const other = target[mark.counterpart];
    if (!other || other.from <= lastTarget) continue;
    lastTarget = other.from;
    anchors.push({ source: { from: mark.from, to: mark.to }, target: { from: other.from, to: other.to } });
  }
  return anchors;
}

/**
 * Piecewise-linear map from one pane's heights to the other's: `points` are
 * (from, to) pairs ascending in both; between two points heights are
 * interpolated, beyond the ends they move one to one.
 */
export function mapHeight(points: readonly (readonly [number, number])[], y: number): number {
  const first = points[0];
  if (!first) return y;
  if (y <= first[0]) return first[1] + (y - first[0]);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b || y > b[0]) continue;
    const span = b[0] - a[0];
    return span <= 0 ? b[1] : a[1] + ((y - a[0]) / span) * (b[1] - a[1]);
  }
  const last = points[points.length - 1] ?? first;
  return last[1] + (y - last[0]);
}
