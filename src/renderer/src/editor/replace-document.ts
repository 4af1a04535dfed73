import { Transaction } from '@codemirror/state';
import type { Annotation, EditorState, TransactionSpec } from '@codemirror/state';
import type { TextChange } from '@shared/frontmatter';
import { markSaved } from './saved-baseline';

/** The one splice that turns `from` into `to` (common prefix and suffix kept), or null when they are equal. */
export function minimalChange(from: string, to: string): TextChange | null {
  if (from === to) return null;
  const max = Math.min(from.length, to.length);
  let start = 0;
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) };
}

/** How `replaceDocument` treats the change. */
export interface ReplaceOptions {
  /** Add to the undo history (a reload the user asked for can be undone); otherwise history maps over it. */
  addToHistory?: boolean;
  /** Also record the new text as the saved one (it came from the disk). */
  saved?: boolean;
  /** `userEvent` of the transaction, e.g. `reload` or `save.adopt`. */
  userEvent?: string;
}

/**
 * A transaction that makes the document equal `text` with one minimal splice,
 * so the cursor, the scroll position and the undo history around the
 * unchanged parts survive (a save that only touched `updatedAt`, or a clean
 * pane following an external edit).
 */
export function replaceDocument(state: EditorState, text: string, options: ReplaceOptions = {}): TransactionSpec {
  const change = minimalChange(state.doc.toString(), text);
  const annotations: Annotation<boolean | string>[] = [Transaction.addToHistory.of(options.addToHistory ?? false)];
  if (options.userEvent) annotations.push(Transaction.userEvent.of(options.userEvent));
  return {
    changes: change ?? [],
    annotations,
    effects: options.saved ? markSaved.of(change ? state.doc.replace(change.from, change.to, state.toText(change.insert)) : state.doc) : [],
  };
}
