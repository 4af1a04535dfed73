import { isCollection, isScalar, Scalar, type Pair } from 'yaml';
import { afterLine, beforeEol, columnOf, isBlank, lineEnd, lineStart } from './source-lines';
import type { TextChange } from './text-change';
import { rangeOf } from './node-range';

/**
 * Where one `key: value` pair sits in the file (offsets into the full text).
 * A value has two slots: the inline one after `key:` on the key line, and the
 * block one on the following lines. Replacing a value rewrites only these.
 */
export interface PairLayout {
  /** Start of the key's line. */
  lineFrom: number;
  keyFrom: number;
  keyColumn: number;
  /** Offset of the `:` after the key. */
  colon: number;
  /** Old inline text (a scalar, `[…]`, a block scalar header); an empty span right after `:` when there is none. */
  inlineFrom: number;
  inlineTo: number;
  inlineHasValue: boolean;
  /** Old block lines: from the end of the key (or header) line, before its EOL, to the end of the last content line, before its EOL. */
  blockFrom: number;
  blockTo: number;
  /** Just after the pair's last line, including its EOL. */
  end: number;
}

/** The string that starts a block scalar's header: `|`, `>-`, `|2+`… */
export const BLOCK_HEADER = /^[|>][-+0-9]*/;

/** Lays out a pair of a block mapping. `base` is the YAML block's offset in `source`. */
export function pairLayout(pair: Pair, source: string, base: number): PairLayout {
  const keyRange = rangeOf(pair.key) ?? [0, 0, 0];
  const keyFrom = base + keyRange[0];
  const found = source.indexOf(':', base + keyRange[1]);
  const colon = found < 0 ? base + keyRange[1] : found;
  const common = { lineFrom: lineStart(source, keyFrom), keyFrom, keyColumn: columnOf(source, keyFrom), colon };
  const value = pair.value;
  const range = rangeOf(value);

  if (!range || range[0] === range[1]) {
    // `key:` with nothing after it; trailing blanks (not a comment) belong to the slot.
    const end = lineEnd(source, colon);
    const inlineTo = isBlank(source, colon + 1, end) ? end : colon + 1;
    return { ...common, inlineFrom: colon + 1, inlineTo, inlineHasValue: false, blockFrom: end, blockTo: end, end: afterLine(source, end) };
  }
  const from = base + range[0];
  const to = base + range[1];
  if (isScalar(value) && (value.type === Scalar.BLOCK_LITERAL || value.type === Scalar.BLOCK_FOLDED)) {
    const header = BLOCK_HEADER.exec(source.slice(from, from + 8))?.[0] ?? '';
    const headerEnd = lineEnd(source, from);
    return {
      ...common,
      inlineFrom: from,
      inlineTo: from + header.length,
      inlineHasValue: true,
      blockFrom: headerEnd,
      blockTo: Math.max(headerEnd, beforeEol(source, to)),
      end: afterLine(source, to),
    };
  }
  if (isCollection(value) && !value.flow) {
    const keyLineEnd = lineEnd(source, colon);
    return {
      ...common,
      inlineFrom: colon + 1,
      inlineTo: colon + 1,
      inlineHasValue: false,
      blockFrom: keyLineEnd,
      blockTo: Math.max(keyLineEnd, beforeEol(source, to)),
      end: afterLine(source, to),
    };
  }
  const valueLineEnd = lineEnd(source, to);
  return { ...common, inlineFrom: from, inlineTo: to, inlineHasValue: true, blockFrom: valueLineEnd, blockTo: valueLineEnd, end: afterLine(source, to) };
}

/** A value to write into a pair's slots: inline text after `key: ` and/or complete block lines (indented, no EOL). */
export interface SlotText {
  inline: string;
  lines: readonly string[];
}

/** The changes that replace a pair's value with `next`, leaving the key, its comment and everything else alone. */
export function replaceSlots(layout: PairLayout, next: SlotText, source: string, eol: string): TextChange[] {
  const changes: TextChange[] = [];
  if (next.inline !== '') {
    const insert = layout.inlineHasValue ? next.inline : ` ${next.inline}`;
    changes.push({ from: layout.inlineFrom, to: layout.inlineTo, insert });
  } else if (layout.inlineHasValue || (next.lines.length > 0 && layout.inlineTo > layout.inlineFrom)) {
    // Nothing stays after `key:` (the value moves to the lines below): drop the old inline text or trailing blanks.
    changes.push({ from: layout.colon + 1, to: layout.inlineTo, insert: '' });
  }
  const block = next.lines.map((line) => eol + line).join('');
  if (block !== source.slice(layout.blockFrom, layout.blockTo)) {
    changes.push({ from: layout.blockFrom, to: layout.blockTo, insert: block });
  }
  return changes;
}
