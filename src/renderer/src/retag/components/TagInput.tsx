import { useId } from 'react';
import { TagListInput } from '../../components/TagListInput';

interface Props {
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  /** Completion: the corpus's tags, most used first. */
  options: readonly string[];
  placeholder?: string;
  autoFocus?: boolean;
}

/** Several tags as chips, with a label (see TagListInput for the keys). */
export function TagInput({ label, tags, onChange, options, placeholder = 'Type a tag…', autoFocus }: Props) {
  const id = useId();
  return (
    <div className="retag-field">
      <label className="retag-label" htmlFor={id}>
        {label}
      </label>
      <TagListInput id={id} tags={tags} onChange={onChange} options={options} placeholder={placeholder} autoFocus={autoFocus} />
    </div>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
  placeholder?: string;
  autoFocus?: boolean;
}

/** One value (a tag or a category) with completion. */
export function CompletingInput({ label, value, onChange, options, placeholder, autoFocus }: TextProps) {
  const id = useId();
  return (
    <div className="retag-field">
      <label className="retag-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="retag-input"
        type="text"
        list={`${id}-options`}
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        data-autofocus={autoFocus ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={`${id}-options`}>
        {options.slice(0, 300).map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </div>
  );
}
