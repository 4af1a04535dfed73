import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { blockIndexAt, blockMarksField, setBlockMarks, setCounterpartBlock } from './block-marks';
import type { BlockMark } from './block-marks';

const doc = '---\ntitle: A\n---\n## Head\n\nFirst line\nsecond line\n\nLast.\n';
const at = (text: string): number => doc.indexOf(text);
const mark = (from: string, to: string, extra: Partial<BlockMark> = {}): BlockMark => ({
  from: at(from),
  to: at(to) + to.length,
  counterpart: 0,
  state: 'match',
  changed: false,
  ...extra,
});

const marks = [mark('## Head', '## Head'), mark('First', 'second line', { state: 'missing', counterpart: null }), mark('Last.', 'Last.', { changed: true })];

/** Line number → classes of its line decoration. */
function lineClasses(state: EditorState): Record<number, string> {
  const out: Record<number, string> = {};
  state.field(blockMarksField).decorations.between(0, state.doc.length, (from, _to, deco) => {
    out[state.doc.lineAt(from).number] = String(deco.spec.class);
  });
  return out;
}

describe('blockMarksField', () => {
  it('decorates unmatched and changed blocks line by line, and the counterpart on request', () => {
    let state = EditorState.create({ doc, extensions: blockMarksField });
    state = state.update({ effects: setBlockMarks.of(marks) }).state;
    expect(lineClasses(state)).toEqual({ 6: 'cm-review-unmatched', 7: 'cm-review-unmatched', 9: 'cm-review-changed' });
    state = state.update({ effects: setCounterpartBlock.of(0) }).state;
    expect(lineClasses(state)).toMatchObject({ 4: 'cm-review-counterpart' });
    state = state.update({ effects: setCounterpartBlock.of(2) }).state;
    expect(lineClasses(state)).toEqual({ 6: 'cm-review-unmatched', 7: 'cm-review-unmatched', 9: 'cm-review-changed cm-review-counterpart' });
  });

  it('keeps marks on their text through edits before and inside them', () => {
    let state = EditorState.create({ doc, extensions: blockMarksField });
    state = state.update({ effects: setBlockMarks.of(marks) }).state;
    // Two lines inserted at the top, one word typed into "Last.".
    state = state.update({ changes: [{ from: 0, insert: 'x\ny\n' }, { from: at('Last.') + 4, insert: ' word' }] }).state;
    const text = state.doc.toString();
    const moved = state.field(blockMarksField).marks.map((m) => text.slice(m.from, m.to));
    expect(moved).toEqual(['## Head', 'First line\nsecond line', 'Last word.']);
    expect(lineClasses(state)).toEqual({ 8: 'cm-review-unmatched', 9: 'cm-review-unmatched', 11: 'cm-review-changed' });
  });

  it('clamps marks that do not fit the document and clears with null', () => {
    let state = EditorState.create({ doc: 'short', extensions: blockMarksField });
    state = state.update({ effects: setBlockMarks.of([{ from: 2, to: 400, counterpart: null, state: 'extra', changed: false }]) }).state;
    expect(state.field(blockMarksField).marks[0]).toMatchObject({ from: 2, to: 5 });
    state = state.update({ effects: setBlockMarks.of(null) }).state;
    expect(state.field(blockMarksField).marks).toEqual([]);
  });
});

describe('blockIndexAt', () => {
  const cases = [
    { name: 'inside the first block', pos: at('Head'), expected: 0 },
    { name: 'at the end of a block', pos: at('second line') + 'second line'.length, expected: 1 },
    { name: 'on the blank line between blocks', pos: at('Last.') - 1, expected: null },
    { name: 'in the frontmatter', pos: 2, expected: null },
  ];
  it.each(cases)('$name → $expected', ({ pos, expected }) => {
    expect(blockIndexAt(marks, pos)).toBe(expected);
  });
});
