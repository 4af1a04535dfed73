import { useLayoutEffect } from 'react';
import type { FormEditOptions, FrontmatterSnapshot } from '../editor';
import { measureFrom, PERF } from '../lib/perf';
import { ErrorIcon, WarningIcon } from '../components/Icons';
import { FieldView } from './FieldView';
import type { FieldContext } from './FieldView';
import { OtherFields } from './OtherFields';
import type { PaneForm } from './pane-form';

interface Props {
  idPrefix: string;
  /** The file's collection form: fields, and what to know about them. */
  form: PaneForm;
  snapshot: FrontmatterSnapshot | null;
  /** The pane is locked (read-only source). */
  locked: boolean;
  tagOptions: readonly string[];
  onEdit: (path: readonly string[], value: unknown, options?: FormEditOptions) => void;
  onJumpToLine: (line: number) => void;
  onJumpToField: (path: string[]) => void;
  onAddFrontmatter: () => void;
}

/**
 * The live frontmatter form, generated from the file's collection schema:
 * one control per described field, groups that fold, unknown keys read-only
 * under "Other fields" (every key, for a file in no collection, with a note
 * saying why). It shows the editor's snapshot and writes through `onEdit`;
 * while the YAML does not parse it shows the error and waits, with the last
 * good values greyed out.
 */
export function FrontmatterForm({ idPrefix, form, snapshot, locked, tagOptions, onEdit, onJumpToLine, onJumpToField, onAddFrontmatter }: Props) {
  // Keystroke in the YAML → these values on screen: the figure bench/editor reports.
  useLayoutEffect(() => {
    measureFrom(PERF.keystrokeToForm, PERF.keydown);
  }, [snapshot]);

  if (!snapshot) return null;
  const { data, error, issues } = snapshot;
  const { fields, collection, note } = form;
  const waiting = error !== null;
  const context: FieldContext = { idPrefix, disabled: locked || waiting, issues, tagOptions, onEdit };

  return (
    <form
      className={`fm-form${waiting ? ' fm-form--waiting' : ''}`}
      aria-label="Frontmatter"
      data-collection={collection?.name ?? ''}
      onSubmit={(event) => event.preventDefault()}
    >
      {(collection || note) && (
        <p className="fm-collection" role="note">
          {collection && (
            <span className="fm-collection-name" title={`Fields and checks of the ${collection.name} collection (${collection.root})`}>
              {collection.name}
            </span>
          )}
          {note && <span className="fm-collection-note">{note}</span>}
        </p>
      )}
      {error && (
        <div className="fm-error" role="alert">
          <ErrorIcon />
          <span className="fm-error-text">
            {error.message}
            {data && <span className="fm-error-note"> The form shows the last values that parsed and waits until the YAML is fixed.</span>}
          </span>
          {error.code === 'no-frontmatter' && !data ? (
            <button type="button" className="button" disabled={locked} onClick={onAddFrontmatter}>
              Add frontmatter
            </button>
          ) : (
            error.line !== undefined && (
              <button type="button" className="button" onClick={() => onJumpToLine(error.line ?? 1)}>
                Go to line {error.line}
              </button>
            )
          )}
        </div>
      )}
      {!waiting && issues.length > 0 && (
        <div className="fm-issues" role="status" aria-label="Frontmatter problems">
          <WarningIcon />
          <span className="fm-issues-count">{issues.length === 1 ? '1 problem' : `${issues.length} problems`}</span>
          {issues.map((issue) => (
            <button key={issue.field} type="button" className="fm-issue" title="Show in the text" onClick={() => onJumpToField(issue.path)}>
              <code>{issue.field || '(frontmatter)'}</code> {issue.message}
            </button>
          ))}
        </div>
      )}
      {data && (
        <fieldset className="fm-fields">
          {fields.map((field) => (
            <FieldView key={field.key} field={field} parent={data} siblings={fields} context={context} />
          ))}
          <OtherFields fields={fields} data={data} onJump={onJumpToField} title={fields.length === 0 ? 'Fields' : 'Other fields'} />
        </fieldset>
      )}
    </form>
  );
}
