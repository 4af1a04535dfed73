import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { CloseIcon } from '../../components/Icons';
import type { FieldProps } from './field-props';

interface Props extends FieldProps {
  /** The corpus's tags, most used first. */
  suggestions: readonly string[];
}

/**
 * Tags as chips: Enter or comma adds what was typed (completion from the
 * corpus's tags), Backspace in the empty box removes the last, × removes one.
 * Each change rewrites the list in the file's list style, as one undo step.
 */
export function TagsField({ value, id, disabled, invalid, onChange, suggestions }: Props) {
  const tags = Array.isArray(value) ? value.map((tag) => (typeof tag === 'string' ? tag : String(tag))) : [];
  const [draft, setDraft] = useState('');
  const listId = `${id}-options`;

  const add = (raw: string): void => {
    const tag = raw.trim();
    setDraft('');
    if (tag === '' || tags.includes(tag)) return;
    onChange([...tags, tag]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className={`field-tags${invalid ? ' field-tags--invalid' : ''}`} aria-disabled={disabled}>
      {tags.map((tag, index) => (
        <span key={`${tag}-${index}`} className="tag-chip">
          {tag}
          <button
            type="button"
            className="tag-chip-remove"
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
        className="field-tags-input"
        type="text"
        list={listId}
        value={draft}
        placeholder={tags.length === 0 ? 'Add a tag…' : ''}
        disabled={disabled}
        onChange={(event) => {
          // Picking from the datalist fires a change without a key press: add it at once.
          const next = event.target.value;
          const native = event.nativeEvent;
          const picked = !(native instanceof InputEvent) || native.inputType === 'insertReplacementText';
          if (picked && suggestions.includes(next)) add(next);
          else setDraft(next);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() !== '' && add(draft)}
      />
      <datalist id={listId}>
        {suggestions
          .filter((tag) => !tags.includes(tag))
          .slice(0, 200)
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
