import { DELETE } from '@shared/frontmatter';
import type { FormField } from '@shared/schema/form-description';
import type { FieldIssue, FormEditOptions } from '../editor';
import { parseDateFormat } from '../lib/date-format';
import type { DateFormat } from '../lib/date-format';
import { FieldGroup } from './FieldGroup';
import { FieldRow } from './FieldRow';
import { BooleanField } from './fields/BooleanField';
import { DateTimeField } from './fields/DateTimeField';
import { EnumField } from './fields/EnumField';
import type { FieldProps } from './fields/field-props';
import { LongTextField } from './fields/LongTextField';
import { NumberField } from './fields/NumberField';
import { RawField } from './fields/RawField';
import { TagsField } from './fields/TagsField';
import { TextField } from './fields/TextField';
import { UrlField } from './fields/UrlField';

/** What a field view needs from the form. */
export interface FieldContext {
  idPrefix: string;
  disabled: boolean;
  issues: readonly FieldIssue[];
  tagOptions: readonly string[];
  onEdit: (path: readonly string[], value: unknown, options?: FormEditOptions) => void;
}

interface Props {
  field: FormField;
  /** The mapping holding this field (the frontmatter, or its group's value). */
  parent: Readonly<Record<string, unknown>> | undefined;
  /** The described fields next to this one (for a date's fallback format). */
  siblings: readonly FormField[];
  context: FieldContext;
}

/** The issues that belong to `field`: its own, and those of its list items. */
function issuesOf(field: FormField, issues: readonly FieldIssue[]): FieldIssue[] {
  const key = field.path.join('.');
  return issues.filter((issue) => issue.field === key || (field.kind === 'tags' && issue.field.startsWith(`${key}.`)));
}

/** A calendar date's picker writes a day (`2026-01-31`) until the file's value says otherwise. */
const DAY_FORMAT: DateFormat = { kind: 'date', separator: 'T', seconds: false, fraction: 0, zone: '' };

/** What the row says under the label: the schema's description, or where a reference points. */
function helpOf(field: FormField): string | undefined {
  if (field.help !== undefined) return field.help;
  if (field.kind === 'reference' && field.collection !== undefined) return `The id of an entry of ${field.collection}`;
  return undefined;
}

function siblingDateFormat(field: FormField, siblings: readonly FormField[], parent: Readonly<Record<string, unknown>> | undefined): DateFormat | null {
  for (const sibling of siblings) {
    const value = parent?.[sibling.key];
    if (sibling !== field && sibling.kind === 'datetime' && typeof value === 'string') {
      const format = parseDateFormat(value);
      if (format) return format;
    }
  }
  return null;
}

/** One described field: the control for its kind inside a labelled row, or a foldable group. */
export function FieldView({ field, parent, siblings, context }: Props) {
  const value = parent?.[field.key];
  if (field.kind === 'group') return <FieldGroup field={field} value={value} context={context} />;

  const id = `${context.idPrefix}-field-${field.path.join('-')}`;
  const issues = issuesOf(field, context.issues);
  const props: FieldProps = {
    field,
    value,
    id,
    disabled: context.disabled,
    invalid: issues.length > 0,
    onChange: (next, options) => context.onEdit(field.path, next, options),
  };
  const control = (() => {
    switch (field.kind) {
      case 'longtext':
        return <LongTextField {...props} />;
      case 'datetime':
        return <DateTimeField {...props} fallbackFormat={siblingDateFormat(field, siblings, parent)} />;
      case 'date':
        return <DateTimeField {...props} fallbackFormat={DAY_FORMAT} />;
      case 'enum':
        return <EnumField {...props} />;
      case 'tags':
        return <TagsField {...props} suggestions={context.tagOptions} />;
      case 'boolean':
        return <BooleanField {...props} />;
      case 'number':
        return <NumberField {...props} />;
      case 'url':
      case 'image':
      case 'reference':
        return <UrlField {...props} />;
      case 'raw':
        return <RawField {...props} />;
      default:
        return <TextField {...props} />;
    }
  })();
  return (
    <FieldRow
      id={id}
      label={field.label}
      required={field.required}
      help={helpOf(field)}
      issues={issues}
      disabled={context.disabled}
      onRemove={value !== undefined && !field.required ? () => context.onEdit(field.path, DELETE) : undefined}
    >
      {control}
    </FieldRow>
  );
}
