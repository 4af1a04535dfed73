import { isMap, isPair, isScalar, isSeq, Scalar, type Node, type YAMLSeq } from 'yaml';
import { columnOf, isBlank, lineStart } from './source-lines';
import type { QuoteStyle, StringStyle } from './render-scalar';

/** How a block list is laid out: dash column relative to its key, and what follows the dash (`- A` → `' '`). */
export interface BlockListStyle {
  dashOffset: number;
  gap: string;
}

/** How a flow list is written: `[A, B]` vs `[ A, B ]`, its separator, and how its items are quoted. */
export interface FlowListStyle {
  padded: boolean;
  separator: string;
  items: StringStyle;
}

/** The habits of one document, so that new text looks like its neighbours. */
export interface DocumentStyle {
  /** Quotes used most (single on ties, as in the seeds). */
  quote: QuoteStyle;
  /** Indentation of a nested mapping relative to its key. */
  mapIndent: number;
  /** Whether new non-empty lists are written in flow style (`[A, B]`): only when the document's lists mostly are. */
  flowLists: boolean;
  blockList: BlockListStyle;
  flowList: FlowListStyle;
}

/** How the items of one existing list are quoted: the majority, first item breaking ties. */
export function itemStyleOf(seq: YAMLSeq): StringStyle {
  const counts = new Map<StringStyle, number>();
  let first: StringStyle | undefined;
  for (const item of seq.items) {
    if (!isScalar(item) || typeof item.value !== 'string') continue;
    const style = scalarStyle(item);
    if (!style) continue;
    first ??= style;
    counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  if (!first) return 'new';
  let best = first;
  for (const [style, count] of counts) if (count > (counts.get(best) ?? 0)) best = style;
  return best;
}

/** The quoting of an existing string scalar, or undefined for block scalars. */
export function scalarStyle(node: Scalar): 'plain' | 'single' | 'double' | undefined {
  switch (node.type) {
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.PLAIN:
      return 'plain';
    default:
      return undefined;
  }
}

/** Flow list layout of an existing `[…]` list; `source` is the whole file text, `base` the YAML block's offset in it. */
export function flowStyleOf(seq: YAMLSeq, source: string, base: number): FlowListStyle {
  const [from = 0] = seq.range ?? [];
  const open = base + from;
  const padded = source.charCodeAt(open + 1) === 0x20;
  let separator = ', ';
  const [a, b] = seq.items;
  if (isScalar(a) && isScalar(b) && a.range && b.range) {
    const between = source.slice(base + a.range[1], base + b.range[0]);
    if (/^[ \t]*,[ \t]*$/.test(between)) separator = between;
  }
  return { padded, separator, items: itemStyleOf(seq) };
}

/**
 * Surveys the document once: quote counts, the first block list and nested
 * mapping for indentation, and block-vs-flow list counts. Only called when
 * an edit writes new structure or a string with no old style.
 */
export function surveyStyle(contents: Node | null, source: string, base: number): DocumentStyle {
  let single = 0;
  let double = 0;
  let blockLists = 0;
  let flowLists = 0;
  let mapIndent: number | undefined;
  let blockList: BlockListStyle | undefined;
  let flowList: FlowListStyle | undefined;

  const visit = (node: unknown, keyColumn: number): void => {
    if (isScalar(node)) {
      if (node.type === Scalar.QUOTE_SINGLE) single++;
      else if (node.type === Scalar.QUOTE_DOUBLE) double++;
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const column = columnOf(source, base + pair.key.range[0]);
        if (mapIndent === undefined && keyColumn >= 0 && !node.flow && column > keyColumn) mapIndent = column - keyColumn;
        visit(pair.value, column);
      }
    } else if (isSeq(node)) {
      if (node.items.length > 0) {
        if (node.flow) {
          flowLists++;
          flowList ??= flowStyleOf(node, source, base);
        } else {
          blockLists++;
          const first = node.items[0];
          if (!blockList && isScalar(first) && first.range && keyColumn >= 0) {
            const itemFrom = base + first.range[0];
            const from = lineStart(source, itemFrom);
            const dash = source.indexOf('-', from);
            if (dash >= 0 && dash < itemFrom && isBlank(source, from, dash)) {
              blockList = { dashOffset: Math.max(0, dash - from - keyColumn), gap: source.slice(dash + 1, itemFrom) };
            }
          }
        }
      }
      for (const item of node.items) visit(item, -1);
    }
  };
  visit(contents, -1);

  return {
    quote: double > single ? 'double' : 'single',
    mapIndent: mapIndent ?? 2,
    flowLists: flowLists > blockLists,
    blockList: blockList ?? { dashOffset: 2, gap: ' ' },
    flowList: flowList ?? { padded: false, separator: ', ', items: 'new' },
  };
}
