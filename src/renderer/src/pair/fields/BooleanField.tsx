import type { FieldProps } from './field-props';

/** A checkbox (draft). Absent reads as unchecked; checking writes `true`. */
export function BooleanField({ value, id, disabled, onChange }: FieldProps) {
  return (
    <input
      id={id}
      className="field-checkbox"
      type="checkbox"
      checked={value === true}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
