import { StateEffect, StateField } from '@codemirror/state';
import type { EditorState, Extension, Text } from '@codemirror/state';

interface Baseline {
  /** The text as it is on disk, or null when the file is not on disk (deleted, or new). */
  readonly saved: Text | null;
  readonly dirty: boolean;
}

/** Records that the document now matches the disk (after load, save or reload); null: the file is not on disk. */
export const markSaved = StateEffect.define<Text | null>();

function differs(doc: Text, saved: Text | null): boolean {
  // Text.eq compares lengths first, so while typing this is O(1); equal lengths compare chunk by chunk.
  return saved === null || !doc.eq(saved);
}

/**
 * Whether the document differs from the disk. Undoing back to the saved text
 * makes the document clean again.
 */
export const savedBaseline = StateField.define<Baseline>({
  create: (state) => ({ saved: state.doc, dirty: false }),
  update(value, tr) {
    let saved = value.saved;
    for (const effect of tr.effects) if (effect.is(markSaved)) saved = effect.value;
    if (saved === value.saved && !tr.docChanged) return value;
    const dirty = differs(tr.newDoc, saved);
    return saved === value.saved && dirty === value.dirty ? value : { saved, dirty };
  },
});

/** Tracks the saved text; the initial document counts as saved. */
export function trackSaved(): Extension {
  return savedBaseline;
}

/** True when the document has changes that are not on disk. */
export function isDirty(state: EditorState): boolean {
  return state.field(savedBaseline, false)?.dirty ?? false;
}
