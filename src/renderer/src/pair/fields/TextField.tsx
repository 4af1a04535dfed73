import type { FieldProps } from './field-props';
import { WrappingInput } from './WrappingInput';
import { scalarText } from './field-props';

/**
 * A one-line text (wrapped to the form's width when long), spell-checked
 * when it is the article's prose (its title, translatable fields). Every keystroke writes the YAML (joined into one undo step
 * like typing in the editor). A value that was a YAML number stays a number
 * while the text is a plain number (`externalId: 57619983`); `007` becomes
 * text, as typed.
 */
export function TextField({ value, id, disabled, invalid, onChange, field }: FieldProps) {
  const typed = (text: string): unknown => (typeof value === 'number' && text !== '' && String(Number(text)) === text ? Number(text) : text);
  return (
    <WrappingInput
      id={id}
      value={scalarText(value)}
      disabled={disabled}
      aria-invalid={invalid}
      aria-required={field.required}
      spellCheck={field.prose === true}
      placeholder={field.placeholder}
      onChange={(text) => onChange(typed(text), { typing: true })}
    />
  );
}
