/**
 * Finds the preview element that shows a file line: the last top-level
 * element starting at or before it (`data-source-line`), then inside it the
 * first element starting on that very line (`data-line`, relative to the
 * block's first line) — a list item, a table row. Null for a line before
 * every block.
 */
export function elementAtLine(article: Element, line: number): HTMLElement | null {
  const blocks = article.querySelectorAll<HTMLElement>(':scope > [data-source-line]');
  let low = 0;
  let high = blocks.length - 1;
  let found: HTMLElement | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const block = blocks[mid];
    if (!block) break;
    if (Number(block.dataset.sourceLine) <= line) {
      found = block;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (!found) return null;
  const offset = line - Number(found.dataset.sourceLine);
  if (offset === 0) return found;
  return found.querySelector<HTMLElement>(`[data-line="${offset}"]`) ?? found;
}

/** An element's top and bottom in its scroller's content coordinates. */
export function verticalSpan(element: Element, scroller: HTMLElement): { top: number; bottom: number } {
  const rect = element.getBoundingClientRect();
  const origin = scroller.getBoundingClientRect().top - scroller.scrollTop;
  return { top: rect.top - origin, bottom: rect.bottom - origin };
}
