import { isScalar, type YAMLSeq } from 'yaml';
import { scalarText, type QuoteStyle, type ScalarValue } from './render-scalar';
import type { FlowListStyle } from './document-style';

/**
 * Writes a flow list `[A, 'B']` on one line. Items equal to an item of the
 * old list reuse that item's exact text (so `[MINING, 'AI']` plus `X` keeps
 * both quotings); new items take the list's usual quoting.
 */
export function flowListText(
  next: readonly ScalarValue[],
  style: FlowListStyle,
  quote: QuoteStyle,
  old?: { seq: YAMLSeq; source: string; base: number },
): string {
  const reusable = new Map<unknown, string[]>();
  for (const item of old?.seq.items ?? []) {
    if (!isScalar(item) || !item.range || !old) continue;
    const texts = reusable.get(item.value) ?? [];
    texts.push(old.source.slice(old.base + item.range[0], old.base + item.range[1]));
    reusable.set(item.value, texts);
  }
  const items = next.map(
    (value) => reusable.get(value)?.shift() ?? scalarText(value, { style: style.items, quote, flow: true }),
  );
  if (items.length === 0) return '[]';
  const inner = items.join(style.separator);
  return style.padded ? `[ ${inner} ]` : `[${inner}]`;
}
