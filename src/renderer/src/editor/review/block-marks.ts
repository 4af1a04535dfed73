import { RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import type { EditorState, Text } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';

/** One block of the document as the review sees it; offsets are editor positions. */
export interface BlockMark {
  from: number;
  to: number;
  /** Index of the aligned block in the other pane; null when there is none. */
  counterpart: number | null;
  /** `missing`: an original's block with no translation; `extra`: a translation's block with no original. */
  state: 'match' | 'missing' | 'extra';
  /** Changed in the original since the translation was approved. */
  changed: boolean;
}

/** Replaces the document's block marks (null clears them). Positions must fit the current document. */
export const setBlockMarks = StateEffect.define<readonly BlockMark[] | null>();

/** Highlights the block at this index as the counterpart of the other pane's cursor (null: none). */
export const setCounterpartBlock = StateEffect.define<number | null>();

/** The block marks, the highlighted counterpart and their line decorations. */
export interface BlockMarksValue {
  marks: readonly BlockMark[];
  counterpart: number | null;
  decorations: DecorationSet;
}

const EMPTY: BlockMarksValue = { marks: [], counterpart: null, decorations: Decoration.none };

/** The review's blocks of this document, kept in place through edits. */
export const blockMarksField = StateField.define<BlockMarksValue>({
  create: () => EMPTY,
  update(value, tr) {
    let { marks, counterpart, decorations } = value;
    let rebuild = false;
    if (tr.docChanged && marks.length > 0) {
      marks = marks.map((mark) => {
        const from = tr.changes.mapPos(mark.from, 1);
        return { ...mark, from, to: Math.max(from, tr.changes.mapPos(mark.to, -1)) };
      });
      decorations = decorations.map(tr.changes);
    }
    for (const effect of tr.effects) {
      if (effect.is(setBlockMarks)) {
        marks = clampMarks(effect.value ?? [], tr.state.doc.length);
        counterpart = null;
        rebuild = true;
      } else if (effect.is(setCounterpartBlock) && effect.value !== counterpart) {
        counterpart = effect.value;
        rebuild = true;
      }
    }
    if (rebuild) decorations = lineDecorations(tr.state.doc, marks, counterpart);
    return marks === value.marks && counterpart === value.counterpart && decorations === value.decorations ? value : { marks, counterpart, decorations };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

function clampMarks(marks: readonly BlockMark[], length: number): BlockMark[] {
  return marks.map((mark) => {
    const from = Math.min(Math.max(0, mark.from), length);
    return { ...mark, from, to: Math.min(Math.max(from, mark.to), length) };
  });
}

/** The CSS classes of a block's lines: unmatched stripe, changed stripe, counterpart highlight. */
export function blockClasses(mark: BlockMark, highlighted: boolean): string {
  return [
    mark.state !== 'match' && 'cm-review-unmatched',
    mark.changed && 'cm-review-changed',
    highlighted && 'cm-review-counterpart',
  ]
    .filter(Boolean)
    .join(' ');
}

function lineDecorations(doc: Text, marks: readonly BlockMark[], counterpart: number | null): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  let lastLine = 0;
  marks.forEach((mark, index) => {
    const classes = blockClasses(mark, index === counterpart);
    if (!classes) return;
    const deco = Decoration.line({ class: classes });
    const first = Math.max(doc.lineAt(mark.from).number, lastLine + 1);
    const last = doc.lineAt(mark.to).number;
    for (let line = first; line <= last; line++) builder.add(doc.line(line).from, doc.line(line).from, deco);
    lastLine = Math.max(lastLine, last);
  });
  return builder.finish();
}

/** Index of the block that contains `pos` (its end included), or null between blocks. */
export function blockIndexAt(marks: readonly BlockMark[], pos: number): number | null {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mark = marks[mid];
    if (!mark) break;
    if (pos < mark.from) hi = mid - 1;
    else if (pos > mark.to) lo = mid + 1;
    else return mid;
  }
  return null;
}

/** The block marks of a state (empty without the field). */
export function blockMarksOf(state: EditorState): readonly BlockMark[] {
  return state.field(blockMarksField, false)?.marks ?? [];
}
