import { DELETE } from '@shared/frontmatter';
import type { FieldProps } from './field-props';
import { scalarText } from './field-props';

/** The empty choice: the default the site fills in, when the schema has one. */
function emptyLabel(current: string, placeholder: string | undefined): string {
  if (placeholder !== undefined) return current === '' ? `— (default ${placeholder})` : `— (none: default ${placeholder})`;
  return current === '' ? '—' : '— (none)';
}

/** A select over the schema's values; a value outside them (`NEGATIVO`) is shown, marked, until replaced. */
export function EnumField({ value, id, disabled, invalid, onChange, field }: FieldProps) {
  const current = scalarText(value);
  const options = field.options ?? [];
  const unknown = current !== '' && !options.includes(current);
  return (
    <select
      id={id}
      className="field-input field-select"
      value={current}
      disabled={disabled}
      aria-invalid={invalid}
      aria-required={field.required}
      onChange={(event) => onChange(event.target.value === '' ? DELETE : event.target.value)}
    >
      {(current === '' || !field.required) && <option value="">{emptyLabel(current, field.placeholder)}</option>}
      {unknown && <option value={current}>{current} (not allowed)</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
