import { Annotation, StateField, Transaction } from '@codemirror/state';
import type { EditorState, Extension, Text, TransactionSpec } from '@codemirror/state';
import { editFields, readFrontmatter } from '@shared/frontmatter';
import { indexedValues } from '@shared/frontmatter/indexed-values';
import type { FieldEdit, FieldPath, FrontmatterError } from '@shared/frontmatter';
import { frontmatterEnd } from './frontmatter-range';
import { frontmatterSchema, validateFrontmatter } from './frontmatter-issues';
import type { FieldIssue } from './frontmatter-issues';

/**
 * One document, two views: the CodeMirror document is the only truth, and
 * this field holds what the form shows, re-read from the YAML whenever a
 * transaction touches the frontmatter. While the YAML does not parse, the
 * last good values stay (the form waits) and `error` says why and where.
 */
export interface FrontmatterSnapshot {
  /** The last values that parsed; null when the document never had readable frontmatter. */
  readonly data: Readonly<Record<string, unknown>> | null;
  /** Why the current text does not parse (`line` is a 1-based document line); null when `data` is current. */
  readonly error: FrontmatterError | null;
  /** Schema problems of `data`. */
  readonly issues: readonly FieldIssue[];
  /** Offset just after the closing `---` line, or null when there is no closed block. */
  readonly end: number | null;
}

/** Marks a transaction made by the form; its value is the edited field paths. */
export const formEdit = Annotation.define<readonly FieldPath[]>();

function readSnapshot(state: EditorState, doc: Text, previous: FrontmatterSnapshot | null): FrontmatterSnapshot {
  const end = frontmatterEnd(doc);
  // Without a closed block the short prefix is enough for the right message ("no frontmatter" / "never closed").
  const head = doc.sliceString(0, end ?? Math.min(doc.length, 256));
  const result = readFrontmatter(head);
  if (!result.ok) return { data: previous?.data ?? null, error: result.error, issues: previous?.issues ?? [], end };
  const schema = state.facet(frontmatterSchema);
  // Judged as the index judges it (unquoted dates are dates); shown as written.
  const issues = schema === null ? [] : validateFrontmatter(schema, indexedValues(head) ?? result.data);
  return { data: result.data, error: null, issues, end };
}

/** True when a change may alter the block: anything before its end, or appending to a closing line with no line break. */
function touchesFrontmatter(tr: Transaction, end: number | null): boolean {
  if (end === null) return true;
  const closedByBreak = end > 0 && tr.startState.doc.sliceString(end - 1, end) === '\n';
  let touched = false;
  tr.changes.iterChangedRanges((fromA) => {
    if (fromA < end || (fromA === end && !closedByBreak)) touched = true;
  });
  return touched;
}

/** The snapshot of the frontmatter the form shows. Body edits keep the same object (no re-render, no re-parse). */
export const frontmatterState = StateField.define<FrontmatterSnapshot>({
  create: (state) => readSnapshot(state, state.doc, null),
  update(value, tr) {
    const reconfigured = tr.startState.facet(frontmatterSchema) !== tr.state.facet(frontmatterSchema);
    if (!reconfigured && (!tr.docChanged || !touchesFrontmatter(tr, value.end))) return value;
    return readSnapshot(tr.state, tr.newDoc, value);
  },
});

/** Keeps `frontmatterState` in step with the document. */
export function frontmatterSync(): Extension {
  return frontmatterState;
}

/** How a form edit enters the history. */
export interface FormEditOptions {
  /**
   * Typing in a text field: successive keystrokes join one undo step like
   * typing in the editor (`input.type.form`). Otherwise each edit is its own
   * step (`input.form`): a select, a checkbox, a picked date, an added tag.
   */
  typing?: boolean;
}

export type FormEditResult = { ok: true; spec: TransactionSpec } | { ok: false; error: FrontmatterError };

/**
 * The transaction for form edits: minimal splices of the YAML (comments,
 * quoting, order, date format and indentation of other keys untouched), one
 * transaction, so one undo step. Refused (nothing to dispatch) while the YAML
 * does not parse. An edit that changes nothing yields a spec without changes.
 */
export function editFrontmatter(state: EditorState, edits: readonly FieldEdit[], options: FormEditOptions = {}): FormEditResult {
  const snapshot = state.field(frontmatterState);
  if (snapshot.end === null) {
    return { ok: false, error: snapshot.error ?? { code: 'no-frontmatter', message: 'The file has no frontmatter.' } };
  }
  // The block is a prefix of the document, so offsets into it are document positions.
  const result = editFields(state.doc.sliceString(0, snapshot.end), edits);
  if (!result.ok) return result;
  return {
    ok: true,
    spec: {
      changes: result.changes,
      annotations: [
        formEdit.of(edits.map((edit) => edit.path)),
        Transaction.userEvent.of(options.typing ? 'input.type.form' : 'input.form'),
      ],
    },
  };
}

/** `editFrontmatter` for one field. */
export function setFrontmatterField(state: EditorState, path: FieldPath, value: unknown, options: FormEditOptions = {}): FormEditResult {
  return editFrontmatter(state, [{ path, value }], options);
}
