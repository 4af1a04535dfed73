import { useState } from 'react';
import type { FieldProps } from './field-props';
import { scalarText } from './field-props';

/** A number, written as a YAML number. While a partial entry (`1.`, `-`) is typed, the last valid number stays in the file. */
export function NumberField({ value, id, disabled, invalid, onChange, field }: FieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft !== null && Number(draft) === value ? draft : scalarText(value);
  return (
    <input
      id={id}
      className="field-input field-input--number"
      type="number"
      step="any"
      inputMode="decimal"
      value={draft ?? shown}
      disabled={disabled}
      aria-invalid={invalid}
      aria-required={field.required}
      placeholder={field.placeholder}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const number = Number(text);
        if (text.trim() !== '' && Number.isFinite(number)) onChange(number, { typing: true });
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
