import { mapHeight } from '../editor/review';
import { elementAtLine, verticalSpan } from './source-lines';

export type PreviewSide = 'source' | 'target';

/** Two line ranges (1-based file lines) that should sit level, one per side. */
export interface LineAnchor {
  source: { from: number; to: number };
  target: { from: number; to: number };
}

/**
 * Keeps the pair's two previews level: scrolling one scrolls the other so
 * that aligned blocks face each other (the review's alignment, by file
 * line), interpolating in between; without an alignment, proportionally.
 * Not React: the pair view owns one and each preview registers its scroller.
 */
export class PreviewScrollSync {
  private readonly scrollers: Record<PreviewSide, HTMLElement | null> = { source: null, target: null };
  private readonly handlers = new Map<HTMLElement, () => void>();
  /** Scroll positions this class set, so their echo events are not followed back. */
  private readonly expected = new WeakMap<HTMLElement, number>();
  private frame: number | null = null;

  /** @param anchors the aligned line ranges now (empty: none known). */
  constructor(private readonly anchors: () => readonly LineAnchor[]) {}

  /** A side's preview scroller appeared (or went: null). */
  attach(side: PreviewSide, element: HTMLElement | null): void {
    const old = this.scrollers[side];
    if (old === element) return;
    if (old) {
      const handler = this.handlers.get(old);
      if (handler) old.removeEventListener('scroll', handler);
      this.handlers.delete(old);
    }
    this.scrollers[side] = element;
    if (!element) return;
    const handler = (): void => {
      if (this.expected.get(element) === element.scrollTop) {
        this.expected.delete(element);
        return;
      }
      if (this.frame !== null) cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.frame = null;
        this.follow(side);
      });
    };
    element.addEventListener('scroll', handler, { passive: true });
    this.handlers.set(element, handler);
  }

  /** Scrolls the other side to match `side` now. */
  follow(side: PreviewSide): void {
    const from = this.scrollers[side];
    const other: PreviewSide = side === 'source' ? 'target' : 'source';
    const to = this.scrollers[other];
    if (!from || !to) return;
    const points = this.points(side, from, to);
    const top = Math.max(0, Math.round(mapHeight(points, from.scrollTop)));
    if (Math.abs(to.scrollTop - top) < 1) return;
    to.scrollTop = top;
    this.expected.set(to, to.scrollTop);
  }

  destroy(): void {
    this.attach('source', null);
    this.attach('target', null);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
  }

  /** (from, to) content heights that must face each other, ascending on both sides. */
  private points(side: PreviewSide, from: HTMLElement, to: HTMLElement): [number, number][] {
    const other: PreviewSide = side === 'source' ? 'target' : 'source';
    const fromArticle = from.querySelector('.preview-article');
    const toArticle = to.querySelector('.preview-article');
    const points: [number, number][] = [[0, 0]];
    if (fromArticle && toArticle) {
      for (const anchor of this.anchors()) {
        const a = elementAtLine(fromArticle, anchor[side].from);
        const b = elementAtLine(toArticle, anchor[other].from);
        if (!a || !b) continue;
        const spanA = verticalSpan(a, from);
        const spanB = verticalSpan(b, to);
        const last = points[points.length - 1];
        if (last && (spanA.top < last[0] || spanB.top < last[1])) continue;
        points.push([spanA.top, spanB.top]);
        if (spanA.bottom > spanA.top && spanB.bottom > spanB.top) points.push([spanA.bottom, spanB.bottom]);
      }
    }
    // Past the last anchor (or with none), the ends of the two texts face each other.
    const end: [number, number] = [from.scrollHeight - from.clientHeight, to.scrollHeight - to.clientHeight];
    const last = points[points.length - 1];
    if (last && end[0] > last[0] && end[1] > last[1]) points.push(end);
    return points;
  }
}
