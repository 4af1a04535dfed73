import type { Pair, YAMLMap } from 'yaml';
import type { EditContext } from './edit-context';
import { pairLayout } from './pair-layout';
import { beforeEol, isBlank } from './source-lines';
import type { TextChange } from './text-change';
import { rangeOf } from './node-range';

/** End of a pair in a flow mapping: its value's end, or its key's when it has no value. */
function flowPairEnd(pair: Pair): number {
  return rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)?.[1] ?? 0;
}

/**
 * Changes that remove one pair: in a block mapping, its whole lines (key
 * line, block children, trailing comment), nothing else; in a flow mapping
 * `{a: 1, b: 2}`, the entry and one separating comma.
 */
export function removePairChanges(pair: Pair, map: YAMLMap, ctx: EditContext): TextChange[] {
  const { source, base } = ctx;
  if (map.flow) {
    const index = map.items.indexOf(pair);
    const from = base + (rangeOf(pair.key)?.[0] ?? 0);
    const next = map.items[index + 1];
    const previous = map.items[index - 1];
    if (next) return [{ from, to: base + (rangeOf(next.key)?.[0] ?? 0), insert: '' }];
    if (previous) return [{ from: base + flowPairEnd(previous as Pair), to: base + flowPairEnd(pair), insert: '' }];
    return [{ from, to: base + flowPairEnd(pair), insert: '' }];
  }
  const layout = pairLayout(pair, source, base);
  if (isBlank(source, layout.lineFrom, layout.keyFrom)) return [{ from: layout.lineFrom, to: layout.end, insert: '' }];
  // Something else shares the key's line (e.g. `- key: value`): remove just the pair's text.
  return [{ from: layout.keyFrom, to: beforeEol(source, layout.end), insert: '' }];
}
