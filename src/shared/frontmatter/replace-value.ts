import { isScalar, isSeq, Scalar, type Pair } from 'yaml';
import type { EditContext } from './edit-context';
import type { EditValue } from './edit-value';
import { pairLayout, replaceSlots, type PairLayout, type SlotText } from './pair-layout';
import { blockListChanges, blockItemLine } from './block-list';
import { blockScalarText } from './block-scalar';
import { flowListText } from './flow-list';
import { scalarStyle, flowStyleOf } from './document-style';
import { TIMESTAMP } from './plain-scalar';
import { scalarText, type ScalarValue } from './render-scalar';
import { afterLine, lineEnd } from './source-lines';
import type { TextChange } from './text-change';

/** Block list lines in the document's style, under a key at `keyColumn`. */
export function newBlockListLines(values: readonly ScalarValue[], keyColumn: number, ctx: EditContext): string[] {
  const { blockList, quote } = ctx.style();
  const prefix = `${' '.repeat(keyColumn + blockList.dashOffset)}-${blockList.gap}`;
  return values.map((value) => blockItemLine(prefix, value, 'new', quote));
}

/** A list value with no old list to imitate: `[]`, or the document's usual list style. */
export function newListSlot(values: readonly ScalarValue[], keyColumn: number, ctx: EditContext): SlotText {
  if (values.length === 0) return { inline: '[]', lines: [] };
  const style = ctx.style();
  if (style.flowLists) return { inline: flowListText(values, style.flowList, style.quote), lines: [] };
  return { inline: '', lines: newBlockListLines(values, keyColumn, ctx) };
}

/** Indentation of an old block scalar's content, or the document's nested indentation. */
function blockIndent(layout: PairLayout, ctx: EditContext): string {
  let pos = afterLine(ctx.source, layout.blockFrom + 1);
  while (pos < layout.blockTo) {
    const end = lineEnd(ctx.source, pos);
    const line = ctx.source.slice(pos, end);
    if (line.trim() !== '') return /^ */.exec(line)?.[0] ?? '';
    pos = afterLine(ctx.source, end + 1);
  }
  return ' '.repeat(layout.keyColumn + ctx.style().mapIndent);
}

function scalarSlot(node: unknown, next: ScalarValue, layout: PairLayout, ctx: EditContext): SlotText {
  if (isScalar(node) && typeof next === 'string') {
    if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
      const indicator = node.type === Scalar.BLOCK_LITERAL ? '|' : '>';
      const block = blockScalarText(next, indicator, blockIndent(layout, ctx));
      if (block) return { inline: block.header, lines: block.lines };
      // Not representable as a block scalar (empty, leading indentation…): a quoted string on the key line.
      return { inline: scalarText(next, { style: 'new', quote: ctx.style().quote }), lines: [] };
    }
    const style = typeof node.value === 'string' ? scalarStyle(node) : undefined;
    if (style) {
      const allowTimestamp = style === 'plain' && TIMESTAMP.test(node.value as string);
      const quote = style === 'plain' ? ctx.style().quote : style;
      return { inline: scalarText(next, { style, quote, allowTimestamp }), lines: [] };
    }
  }
  return { inline: scalarText(next, { style: 'new', quote: ctx.style().quote }), lines: [] };
}

/** Changes that give an existing pair the value `next`, keeping the old value's style where it has one. */
export function replaceValueChanges(pair: Pair, next: EditValue, ctx: EditContext): TextChange[] {
  const { source, base, eol } = ctx;
  const layout = pairLayout(pair, source, base);
  const node = pair.value;
  if (!Array.isArray(next)) return replaceSlots(layout, scalarSlot(node, next as ScalarValue, layout, ctx), source, eol);

  const values = next as readonly ScalarValue[];
  // An empty `[]` has no item style to keep: it takes the document's list style like a missing list.
  if (isSeq(node) && values.length > 0 && node.items.length > 0) {
    if (node.flow) {
      const text = flowListText(values, flowStyleOf(node, source, base), ctx.style().quote, { seq: node, source, base });
      return replaceSlots(layout, { inline: text, lines: [] }, source, eol);
    }
    const changes = blockListChanges(node, values, source, base, eol, ctx.style().quote);
    if (changes) return changes;
  }
  return replaceSlots(layout, newListSlot(values, layout.keyColumn, ctx), source, eol);
}
