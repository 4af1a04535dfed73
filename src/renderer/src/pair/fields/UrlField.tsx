import type { FieldProps } from './field-props';
import { WrappingInput } from './WrappingInput';
import { scalarText } from './field-props';

/** A URL, an image path or a reference id as text (monospace, no spell check, wrapped so all of it shows). Previews are the group's business (see ImagePreview). */
export function UrlField({ value, id, disabled, invalid, onChange, field }: FieldProps) {
  return (
    <WrappingInput
      id={id}
      mono
      value={scalarText(value)}
      disabled={disabled}
      aria-invalid={invalid}
      aria-required={field.required}
      spellCheck={false}
      placeholder={field.placeholder}
      onChange={(text) => onChange(text, { typing: true })}
    />
  );
}
