import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { CloseIcon } from './Icons';

interface Props {
  /** The text box's id (its label points here). */
  id: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  /** Completion: the corpus's tags, most used first. */
  options: readonly string[];
  placeholder: string;
  disabled?: boolean;
  invalid?: boolean;
  /** Sizing of the box where it sits (the form is denser than a dialog). */
  className?: string;
  autoFocus?: boolean;
}

/** Datalist entries: enough to complete from, few enough to render at once. */
const MAX_OPTIONS = 300;

/**
 * Tags as chips, for the frontmatter form and the bulk-retag dialog alike.
 * Enter, Tab or a comma adds what was typed (exactly: tags are
 * case-sensitive), picking a completion adds it at once, Backspace in the
 * empty box removes the last chip, × removes one. Text left in the box is
 * added when focus leaves it, so "type a tag, press Preview" works.
 */
export function TagListInput({ id, tags, onChange, options, placeholder, disabled = false, invalid = false, className = '', autoFocus }: Props) {
  const [draft, setDraft] = useState('');
  const listId = `${id}-options`;

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
    <div className={`tag-input${invalid ? ' tag-input--invalid' : ''} ${className}`.trim()} aria-disabled={disabled}>
      {tags.map((tag, index) => (
        // A file may list a tag twice: chips are told apart by position.
        <span key={`${tag}-${index}`} className="tag-input-chip">
          {tag}
          <button
            type="button"
            className="tag-input-chip-remove"
            aria-label={`Remove tag ${tag}`}
            disabled={disabled}
            onClick={() => onChange(tags.filter((_, i) => i !== index))}
          >
            <CloseIcon size={10} />
          </button>
        </span>
      ))}
      <input
        id={id}
        className="tag-input-text"
        type="text"
        list={listId}
        value={draft}
        placeholder={tags.length === 0 ? placeholder : ''}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        data-autofocus={autoFocus ? true : undefined}
        onChange={(event) => {
          const next = event.target.value;
          const native = event.nativeEvent;
          // Choosing a datalist entry fires a change without a key press: add it at once.
          const picked = !(native instanceof InputEvent) || native.inputType === 'insertReplacementText';
          if (picked && options.includes(next)) add(next);
          else setDraft(next);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() !== '' && add(draft)}
      />
      <datalist id={listId}>
        {options
          .filter((tag) => !tags.includes(tag))
          .slice(0, MAX_OPTIONS)
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
