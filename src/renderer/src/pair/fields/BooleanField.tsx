import type { FieldProps } from './field-props';

/** A checkbox (draft). Absent reads as the schema's default (unchecked without one); a click writes the value. */
export function BooleanField({ value, id, disabled, onChange, field }: FieldProps) {
  const checked = value === undefined ? field.placeholder === 'true' : value === true;
  return (
    <input
      id={id}
      className="field-checkbox"
      type="checkbox"
      checked={checked}
      disabled={disabled}
      title={value === undefined && field.placeholder !== undefined ? `Not set: the site uses ${field.placeholder}` : undefined}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
