import type { FieldProps } from './field-props';

/** Text of a value the form cannot edit, as YAML-ish one-liners read: lists and groups as JSON. */
function display(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A value the form does not edit (a list of groups, a free mapping): shown as it is, changed in the text. */
export function RawField({ value, id }: FieldProps) {
  const text = display(value);
  return (
    <output id={id} className="field-raw" title={text}>
      {text === '' ? <span className="field-raw-empty">not set — edit it in the text</span> : text}
    </output>
  );
}
