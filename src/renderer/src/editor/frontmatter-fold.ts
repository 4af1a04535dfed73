import { codeFolding, foldedRanges, foldEffect, foldService, unfoldEffect } from '@codemirror/language';
import type { EditorState, Extension, StateEffect } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import type { ViewUpdate } from '@codemirror/view';
import { frontmatterState } from './frontmatter-sync';
import type { FrontmatterSnapshot } from './frontmatter-sync';

/** Marks the placeholder that stands for the frontmatter, so it can be told from other folds and kept current. */
const PLACEHOLDER_CLASS = 'cm-frontmatterFold';

/**
 * The range that hides the frontmatter: from the end of the opening `---`
 * line to the end of the closing one, so the first line still reads `---`
 * followed by the summary. Null when the document has no closed block.
 */
export function frontmatterFoldRange(state: EditorState): { from: number; to: number } | null {
  const end = state.field(frontmatterState).end;
  if (end === null) return null;
  const from = state.doc.line(1).to;
  const closing = state.doc.lineAt(end > 0 && state.doc.sliceString(end - 1, end) === '\n' ? end - 1 : end);
  return closing.to > from ? { from, to: closing.to } : null;
}

/**
 * What the folded block says: "12 fields · 2 problems", or that the YAML does
 * not parse. Problems are the form's own (the same snapshot), so the marker
 * and the form never disagree.
 */
export function frontmatterFoldLabel(snapshot: FrontmatterSnapshot): string {
  if (snapshot.error) return 'YAML error — unfold to fix';
  const fields = snapshot.data ? Object.keys(snapshot.data).length : 0;
  const problems = snapshot.issues.length;
  const parts = [fields === 1 ? '1 field' : `${fields} fields`];
  if (problems > 0) parts.push(problems === 1 ? '1 problem' : `${problems} problems`);
  return parts.join(' · ');
}

/** True when the frontmatter block is folded in `state`. */
export function isFrontmatterFolded(state: EditorState): boolean {
  const range = frontmatterFoldRange(state);
  if (!range) return false;
  let folded = false;
  foldedRanges(state).between(range.from, range.from, (from, to) => {
    if (from === range.from && to === range.to) folded = true;
  });
  return folded;
}

/** The effect that folds (or unfolds, with `fold: false`) the frontmatter; empty without a closed block. */
export function frontmatterFoldEffects(state: EditorState, fold = true): StateEffect<unknown>[] {
  const range = frontmatterFoldRange(state);
  if (!range) return [];
  if (fold) return isFrontmatterFolded(state) ? [] : [foldEffect.of(range)];
  // Unfold whatever fold starts where the block does (the range may have been mapped through edits).
  const effects: StateEffect<unknown>[] = [];
  foldedRanges(state).between(range.from, range.from, (from, to) => {
    if (from === range.from) effects.push(unfoldEffect.of({ from, to }));
  });
  return effects;
}

/**
 * `state` with its frontmatter folded: for a new editor, before its first
 * paint. YAML that does not parse stays open: the error is what to see.
 */
export function foldFrontmatter(state: EditorState): EditorState {
  if (state.field(frontmatterState).error) return state;
  const effects = frontmatterFoldEffects(state);
  return effects.length > 0 ? state.update({ effects }).state : state;
}

/** Folds or unfolds the frontmatter of a view; returns whether it is folded afterwards. */
export function toggleFrontmatterFold(view: EditorView): boolean {
  const folded = isFrontmatterFolded(view.state);
  const effects = frontmatterFoldEffects(view.state, !folded);
  if (effects.length > 0) view.dispatch({ effects });
  return isFrontmatterFolded(view.state);
}

function isFrontmatterStart(state: EditorState, from: number): boolean {
  return frontmatterFoldRange(state)?.from === from;
}

/** Keeps every frontmatter placeholder's text in step with the snapshot (the fold widget itself is not redrawn on edits). */
const placeholderUpdater = ViewPlugin.fromClass(
  class {
    update(update: ViewUpdate): void {
      const snapshot = update.state.field(frontmatterState);
      if (snapshot === update.startState.field(frontmatterState)) return;
      for (const element of update.view.contentDOM.querySelectorAll<HTMLElement>(`.${PLACEHOLDER_CLASS}`)) fillPlaceholder(element, snapshot);
    }
  },
);

function fillPlaceholder(element: HTMLElement, snapshot: FrontmatterSnapshot): void {
  const label = frontmatterFoldLabel(snapshot);
  element.textContent = label;
  element.dataset.problems = String(snapshot.error ? 1 : snapshot.issues.length);
  element.setAttribute('aria-label', `Frontmatter folded: ${label}. Click or press Ctrl+Shift+] to unfold.`);
}

/**
 * The frontmatter YAML folds into one marker — "12 fields · 2 problems" —
 * that unfolds on click or with the fold keys (Ctrl/Cmd+Shift+] on its line;
 * Ctrl/Cmd+Shift+[ there, or the gutter, folds it again). Other folds keep
 * CodeMirror's "…". The form keeps editing the YAML while it
 * is folded: edits inside the block map the fold, they do not open it.
 */
export function frontmatterFold(): Extension {
  return [
    // The block is foldable from its first line: the gutter marker and the fold keys work on it.
    foldService.of((state, lineStart) => (lineStart === 0 ? frontmatterFoldRange(state) : null)),
    codeFolding({
      preparePlaceholder: (state, range) => (isFrontmatterStart(state, range.from) ? 'frontmatter' : null),
      placeholderDOM: (view, onclick, prepared) => {
        const element = document.createElement('span');
        element.onclick = onclick;
        element.title = 'Unfold (Ctrl+Shift+])';
        if (prepared === 'frontmatter') {
          element.className = `cm-foldPlaceholder ${PLACEHOLDER_CLASS}`;
          fillPlaceholder(element, view.state.field(frontmatterState));
        } else {
          element.className = 'cm-foldPlaceholder';
          element.textContent = '…';
          element.setAttribute('aria-label', 'folded code');
        }
        return element;
      },
    }),
    placeholderUpdater,
    // Colours and spacing come from the app's stylesheet (styles/editor.css); this keeps it usable without one.
    EditorView.baseTheme({ [`.${PLACEHOLDER_CLASS}`]: { marginLeft: '8px', padding: '0 6px', cursor: 'pointer' } }),
  ];
}
