import type { FieldProps } from './field-props';
import { scalarText } from './field-props';

/** A URL as text (monospace, no spell check). Previews are the group's business (see ImagePreview). */
export function UrlField({ value, id, disabled, invalid, onChange, field }: FieldProps) {
  return (
    <input
      id={id}
      className="field-input field-input--mono"
      type="url"
      value={scalarText(value)}
      disabled={disabled}
      aria-invalid={invalid}
      aria-required={field.required}
      spellCheck={false}
      onChange={(event) => onChange(event.target.value, { typing: true })}
    />
  );
}
