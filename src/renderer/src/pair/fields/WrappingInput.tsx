import type { AriaAttributes } from 'react';

interface Props extends Pick<AriaAttributes, 'aria-invalid' | 'aria-required'> {
  id: string;
  value: string;
  disabled: boolean;
  /** Monospace (URLs, ids). */
  mono?: boolean;
  spellCheck: boolean;
  /** Shown while empty: the schema's default. */
  placeholder?: string;
  onChange: (text: string) => void;
}

/**
 * A one-line value that wraps instead of scrolling sideways: a textarea that
 * grows with its text (`field-sizing: content`) and takes no line breaks, so a
 * long title or URL stays readable in the width the form has.
 */
export function WrappingInput({ id, value, disabled, mono = false, spellCheck, placeholder, onChange, ...aria }: Props) {
  return (
    <textarea
      id={id}
      className={`field-input field-input--wrap${mono ? ' field-input--mono' : ''}`}
      rows={1}
      value={value}
      disabled={disabled}
      spellCheck={spellCheck}
      placeholder={placeholder}
      {...aria}
      onKeyDown={(event) => {
        // One line: Enter would put a line break into a YAML scalar.
        if (event.key === 'Enter') event.preventDefault();
      }}
      onChange={(event) => onChange(event.target.value.replace(/\r?\n/g, ' '))}
    />
  );
}
