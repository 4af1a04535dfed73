import type { ReactNode } from 'react';
import type { FieldIssue } from '../editor';
import { CloseIcon } from '../components/Icons';

interface Props {
  id: string;
  label: string;
  required: boolean;
  help?: string;
  issues: readonly FieldIssue[];
  /** Removes the key from the file; offered for optional fields that are present. */
  onRemove?: () => void;
  disabled: boolean;
  children: ReactNode;
}

/** Label, control, schema problems under it, and a remove button for optional fields. */
export function FieldRow({ id, label, required, help, issues, onRemove, disabled, children }: Props) {
  const describedBy = issues.length > 0 ? `${id}-issues` : help ? `${id}-help` : undefined;
  return (
    <div className={`field-row${issues.length > 0 ? ' field-row--invalid' : ''}`} data-field={id}>
      <span className="field-label" title={help}>
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="field-required" aria-hidden="true" title="Required">
            *
          </span>
        )}
      </span>
      <div className="field-control" aria-describedby={describedBy}>
        {children}
        {issues.length > 0 && (
          <ul className="field-issues" id={`${id}-issues`}>
            {issues.map((issue, i) => (
              <li key={i}>{issue.field.includes('.') && /\.\d+$/.test(issue.field) ? `Item ${Number(issue.field.split('.').pop()) + 1}: ${issue.message}` : issue.message}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="field-actions">
        {onRemove && (
          <button type="button" className="field-remove" aria-label={`Remove ${label}`} title={`Remove ${label} from the file`} disabled={disabled} onClick={onRemove}>
            <CloseIcon size={11} />
          </button>
        )}
      </div>
    </div>
  );
}
