import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { CloseIcon } from '../../components/Icons';

interface Props {
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  /** Completion: the corpus's tags, most used first. */
  options: readonly string[];
  placeholder?: string;
  autoFocus?: boolean;
}

/**
 * Several tags as chips. Enter, Tab or a comma adds what was typed (exactly:
 * tags are case-sensitive), picking a completion adds it at once, Backspace
 * in the empty box removes the last chip. Text left in the box counts too,
 * so "type a tag, press Preview" works.
 */
export function TagInput({ label, tags, onChange, options, placeholder = 'Type a tag…', autoFocus }: Props) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = (raw: string): void => {
    const tag = raw.trim();
    setDraft('');
    if (tag !== '' && !tags.includes(tag)) onChange([...tags, tag]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if ((event.key === 'Enter' || event.key === ',' || (event.key === 'Tab' && !event.shiftKey)) && draft.trim() !== '') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="retag-field">
      <label className="retag-label" htmlFor={id}>
        {label}
      </label>
      <div className="retag-chips">
        {tags.map((tag) => (
          <span key={tag} className="retag-chip">
            {tag}
            <button type="button" className="retag-chip-remove" aria-label={`Remove ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              <CloseIcon size={10} />
            </button>
          </span>
        ))}
        <input
          id={id}
          className="retag-chips-input"
          type="text"
          list={`${id}-options`}
          value={draft}
          placeholder={tags.length === 0 ? placeholder : ''}
          autoComplete="off"
          spellCheck={false}
          data-autofocus={autoFocus ? true : undefined}
          onChange={(event) => {
            const next = event.target.value;
            const native = event.nativeEvent;
            // Choosing a datalist entry fires a change without a key press.
            const picked = !(native instanceof InputEvent) || native.inputType === 'insertReplacementText';
            if (picked && options.includes(next)) add(next);
            else setDraft(next);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => draft.trim() !== '' && add(draft)}
        />
      </div>
      <datalist id={`${id}-options`}>
        {options
          .filter((tag) => !tags.includes(tag))
          .slice(0, 300)
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
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
