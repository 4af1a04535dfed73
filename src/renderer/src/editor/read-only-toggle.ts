import { Compartment, EditorState } from '@codemirror/state';
import type { Extension, StateEffect } from '@codemirror/state';

const lock = new Compartment();

function lockExtension(locked: boolean): Extension {
  // readOnly, not editable=false: a locked source still takes the caret, keyboard selection and search.
  return locked ? EditorState.readOnly.of(true) : [];
}

/** A lock that can be turned on and off without rebuilding the editor; `locked` is the initial state. */
export function readOnlyToggle(locked = false): Extension {
  return lock.of(lockExtension(locked));
}

/** The effect that locks or unlocks an editor set up with `readOnlyToggle`. */
export function setReadOnly(locked: boolean): StateEffect<unknown> {
  return lock.reconfigure(lockExtension(locked));
}

/** Whether the document is locked. */
export function isReadOnly(state: EditorState): boolean {
  return state.readOnly;
}
