import type { EditorView } from '@codemirror/view';
import { mapHeight } from './scroll-anchors';
import type { ScrollAnchor } from './scroll-anchors';

/** Where the document starts inside the scroller's content (gutters, panels and padding above it). */
function documentOffset(view: EditorView): number {
  return view.documentTop - view.scrollDOM.getBoundingClientRect().top + view.scrollDOM.scrollTop;
}

/** The scroll positions this module set, so the echo scroll event is not followed back. */
const expected = new WeakMap<EditorView, number>();

/**
 * Scrolls `to` so that the anchored ranges sit level with `from`'s: each
 * anchor's top and bottom map onto its counterpart's, heights in between are
 * interpolated. `side` says which end of the anchors `from` is. Returns
 * false when `from`'s position is the one this module gave it (the echo of a
 * follow), true when it led; `force` levels even then (after a fold or a
 * resize the leader's position is still the reference).
 */
export function followScroll(from: EditorView, to: EditorView, anchors: readonly ScrollAnchor[], side: 'source' | 'target', force = false): boolean {
  if (force) expected.delete(from);
  else if (expected.get(from) === from.scrollDOM.scrollTop) {
    expected.delete(from);
    return false;
  }
  const other = side === 'source' ? 'target' : 'source';
  const points: [number, number][] = [];
  for (const anchor of anchors) {
    const a = anchor[side];
    const b = anchor[other];
    const fromTop = from.lineBlockAt(a.from).top;
    const toTop = to.lineBlockAt(b.from).top;
    const fromBottom = from.lineBlockAt(Math.max(a.from, a.to)).bottom;
    const toBottom = to.lineBlockAt(Math.max(b.from, b.to)).bottom;
    const previous = points[points.length - 1];
    if (previous && (fromTop < previous[0] || toTop < previous[1])) continue;
    points.push([fromTop, toTop], [fromBottom, toBottom]);
  }
  const y = from.scrollDOM.scrollTop - documentOffset(from);
  const top = Math.max(0, Math.round(mapHeight(points, y) + documentOffset(to)));
  if (Math.abs(to.scrollDOM.scrollTop - top) < 1) return true;
  to.scrollDOM.scrollTop = top;
  expected.set(to, to.scrollDOM.scrollTop);
  return true;
}
