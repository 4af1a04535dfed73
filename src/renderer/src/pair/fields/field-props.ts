import type { FormField } from '@shared/schema/form-description';
import type { FormEditOptions } from '../../editor';

/** What every field control gets from the form. */
export interface FieldProps {
  field: FormField;
  /** The value as parsed from the YAML (`undefined` when the key is absent). */
  value: unknown;
  /** DOM id of the control, unique per pane; the label points at it. */
  id: string;
  disabled: boolean;
  invalid: boolean;
  /** Writes the value into the YAML node (one transaction). */
  onChange: (value: unknown, options?: FormEditOptions) => void;
}

/** Text of a scalar for an input; lists and mappings are not scalars. */
export function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
