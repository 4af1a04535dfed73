import { isPair, type Pair } from 'yaml';
import type { EditContext } from './edit-context';
import type { EditValue } from './edit-value';
import type { InsertAnchor } from './locate-field';
import { pairLayout, replaceSlots } from './pair-layout';
import { flowListText } from './flow-list';
import { isPlainSafe } from './plain-scalar';
import { scalarText, singleQuoted, doubleQuoted, type ScalarValue } from './render-scalar';
import { newListSlot } from './replace-value';
import { afterLine, columnOf } from './source-lines';
import type { TextChange } from './text-change';
import { rangeOf } from './node-range';

/** Fields to add under one anchor, in the order the edits named them. */
export type NewFields = Map<string, { value: EditValue } | { children: NewFields }>;

/** Adds `value` at `path` (relative to the anchor) to a tree of new fields; the last edit of a path wins. */
export function addNewField(tree: NewFields, path: readonly string[], value: EditValue): void {
  const [key, ...rest] = path;
  if (key === undefined) return;
  if (rest.length === 0) {
    tree.set(key, { value });
    return;
  }
  let entry = tree.get(key);
  if (!entry || !('children' in entry)) {
    entry = { children: new Map() };
    tree.set(key, entry);
  }
  addNewField(entry.children, rest, value);
}

function keyText(key: string, ctx: EditContext): string {
  if (isPlainSafe(key)) return key;
  return ctx.style().quote === 'single' && !/[\n\r]/.test(key) ? singleQuoted(key) : doubleQuoted(key);
}

function newScalar(value: ScalarValue, ctx: EditContext, flow = false): string {
  return scalarText(value, { style: 'new', quote: ctx.style().quote, flow });
}

/** `key: value` lines for new fields at `column`, nested groups indented like the document's. */
function blockEntries(tree: NewFields, column: number, ctx: EditContext): string[] {
  const indent = ' '.repeat(column);
  const lines: string[] = [];
  for (const [key, entry] of tree) {
    const head = `${indent}${keyText(key, ctx)}:`;
    if ('children' in entry) {
      lines.push(head, ...blockEntries(entry.children, column + ctx.style().mapIndent, ctx));
    } else if (Array.isArray(entry.value)) {
      const slot = newListSlot(entry.value as readonly ScalarValue[], column, ctx);
      lines.push(slot.inline === '' ? head : `${head} ${slot.inline}`, ...slot.lines);
    } else {
      lines.push(`${head} ${newScalar(entry.value as ScalarValue, ctx)}`);
    }
  }
  return lines;
}

/** `key: value, …` for new fields inside a flow mapping. */
function flowEntries(tree: NewFields, ctx: EditContext): string {
  const parts: string[] = [];
  for (const [key, entry] of tree) {
    const head = `${keyText(key, ctx)}:`;
    if ('children' in entry) parts.push(`${head} {${flowEntries(entry.children, ctx)}}`);
    else if (Array.isArray(entry.value)) {
      const style = ctx.style();
      parts.push(`${head} ${flowListText(entry.value as readonly ScalarValue[], style.flowList, style.quote)}`);
    } else parts.push(`${head} ${newScalar(entry.value as ScalarValue, ctx, true)}`);
  }
  return parts.join(', ');
}

/**
 * Changes that add new fields under an anchor: appended after the last pair
 * of a block mapping with its indentation (top level: just before the
 * closing `---`), inside the braces of a flow mapping, or as the new block
 * value of an empty `key:`.
 */
export function insertFieldChanges(anchor: InsertAnchor, tree: NewFields, ctx: EditContext): TextChange[] {
  const { source, base, eol } = ctx;
  if (anchor.kind === 'empty') {
    const layout = pairLayout(anchor.pair, source, base);
    const lines = blockEntries(tree, layout.keyColumn + ctx.style().mapIndent, ctx);
    return replaceSlots(layout, { inline: '', lines }, source, eol);
  }
  const map = anchor.map;
  if (map?.flow) {
    const last = map.items[map.items.length - 1];
    const open = base + (rangeOf(map)?.[0] ?? 0);
    const at = last ? base + (rangeOf(last.value)?.[1] ?? rangeOf(last.key)?.[1] ?? 0) : open + 1;
    return [{ from: at, to: at, insert: (last ? ', ' : '') + flowEntries(tree, ctx) }];
  }
  const pairs = (map?.items ?? []).filter(isPair) as Pair[];
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  const column = first ? columnOf(source, base + (rangeOf(first.key)?.[0] ?? 0)) : 0;
  const at = anchor.kind === 'root' || !last ? ctx.yamlTo : afterLine(source, pairLayout(last, source, base).end);
  const insert = blockEntries(tree, column, ctx)
    .map((line) => line + eol)
    .join('');
  return [{ from: at, to: at, insert }];
}
