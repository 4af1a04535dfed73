import { isScalar, Scalar, type YAMLSeq } from 'yaml';
import { afterLine, isBlank, lineStart } from './source-lines';
import { scalarText, type QuoteStyle, type ScalarValue, type StringStyle } from './render-scalar';
import { itemStyleOf } from './document-style';
import type { TextChange } from './text-change';

/** One item line of a block list: `prefix` is everything before the item (`  - `). */
export function blockItemLine(prefix: string, value: ScalarValue, items: StringStyle, quote: QuoteStyle): string {
  return prefix + scalarText(value, { style: items, quote });
}

interface ItemSpan {
  /** Start of the item's line. */
  from: number;
  /** After the item's line (its comment and EOL included). */
  to: number;
  /** The item's scalar alone, without `- ` or a trailing comment. */
  valueFrom: number;
  valueTo: number;
  value: unknown;
}

/** The line of each item, or null when an item is not a one-line scalar on its own `- ` line. */
function itemSpans(seq: YAMLSeq, source: string, base: number): { spans: ItemSpan[]; prefix: string } | null {
  const spans: ItemSpan[] = [];
  let prefix = '';
  let previousEnd = -1;
  for (const item of seq.items) {
    if (!isScalar(item) || !item.range) return null;
    if (item.type === Scalar.BLOCK_FOLDED || item.type === Scalar.BLOCK_LITERAL) return null;
    const itemFrom = base + item.range[0];
    const from = lineStart(source, itemFrom);
    const dash = source.indexOf('-', from);
    if (dash < 0 || dash >= itemFrom || !isBlank(source, from, dash) || !isBlank(source, dash + 1, itemFrom)) return null;
    if (from < previousEnd || lineStart(source, base + item.range[1]) !== from) return null;
    if (spans.length === 0) prefix = source.slice(from, itemFrom);
    previousEnd = afterLine(source, base + item.range[1]);
    spans.push({ from, to: previousEnd, valueFrom: itemFrom, valueTo: base + item.range[1], value: item.value });
  }
  return spans.length > 0 ? { spans, prefix } : null;
}

/**
 * Changes that turn an existing, non-empty block list into `next` (non-empty)
 * by touching only the lines of items that differ: unchanged leading and
 * trailing items (and comments among them) keep their bytes. New item lines
 * copy the first item's indentation and dash, and the list's quoting.
 * Returns null when the list is not a simple one-scalar-per-line list.
 */
export function blockListChanges(
  seq: YAMLSeq,
  next: readonly ScalarValue[],
  source: string,
  base: number,
  eol: string,
  quote: QuoteStyle,
): TextChange[] | null {
  const layout = itemSpans(seq, source, base);
  if (!layout) return null;
  const { spans, prefix } = layout;
  let head = 0;
  while (head < spans.length && head < next.length && spans[head]?.value === next[head]) head++;
  let tail = 0;
  while (
    tail < spans.length - head &&
    tail < next.length - head &&
    spans[spans.length - 1 - tail]?.value === next[next.length - 1 - tail]
  ) {
    tail++;
  }
  const removed = spans.slice(head, spans.length - tail);
  const added = next.slice(head, next.length - tail);
  if (removed.length === 0 && added.length === 0) return [];

  const style = itemStyleOf(seq);
  if (removed.length === added.length) {
    // One-for-one replacements (a rename) touch only the scalars, so each line's
    // indentation, dash and trailing `# comment` keep their bytes.
    return removed.map((span, i) => ({
      from: span.valueFrom,
      to: span.valueTo,
      insert: scalarText(added[i] as ScalarValue, { style, quote }),
    }));
  }
  const insert = added.map((value) => blockItemLine(prefix, value, style, quote) + eol).join('');
  const first = removed[0];
  const last = removed[removed.length - 1];
  if (first && last) return [{ from: first.from, to: last.to, insert }];
  // Pure insertion: before the first kept trailing item, or after the last kept leading one.
  const at = spans[head]?.from ?? spans[spans.length - 1]?.to ?? 0;
  return [{ from: at, to: at, insert }];
}
