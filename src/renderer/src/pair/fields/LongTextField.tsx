import type { FieldProps } from './field-props';
import { scalarText } from './field-props';

/** A multi-line text (description); grows with its content up to a limit. */
export function LongTextField({ value, id, disabled, invalid, onChange, field }: FieldProps) {
  const text = scalarText(value);
  const rows = Math.min(6, Math.max(3, Math.ceil(text.length / 60)));
  return (
    <textarea
      id={id}
      className="field-input field-input--long"
      rows={rows}
      value={text}
      disabled={disabled}
      aria-invalid={invalid}
      aria-required={field.required}
      spellCheck={field.prose === true}
      placeholder={field.placeholder}
      onChange={(event) => onChange(event.target.value, { typing: true })}
    />
  );
}
