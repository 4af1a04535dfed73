import { TagListInput } from '../../components/TagListInput';
import type { FieldProps } from './field-props';

interface Props extends FieldProps {
  /** The corpus's tags, most used first. */
  suggestions: readonly string[];
}

/** The `tags` list as chips; each change rewrites the list in the file's list style, as one undo step. */
export function TagsField({ value, id, disabled, invalid, onChange, suggestions }: Props) {
  const tags = Array.isArray(value) ? value.map((tag) => (typeof tag === 'string' ? tag : String(tag))) : [];
  return (
    <TagListInput
      id={id}
      tags={tags}
      onChange={onChange}
      options={suggestions}
      placeholder="Add a tag…"
      disabled={disabled}
      invalid={invalid}
      className="tag-input--dense"
    />
  );
}
