import type { FormField } from '@shared/schema/form-description';

interface Props {
  fields: readonly FormField[];
  data: Readonly<Record<string, unknown>>;
  onJump: (path: string[]) => void;
  /** "Other fields" beside described ones; "Fields" when the schema describes none. */
  title?: string;
}

interface Unknown {
  path: string[];
  value: unknown;
}

/** Keys the schema does not describe, at the top level and inside described groups. */
export function unknownFields(fields: readonly FormField[], data: Readonly<Record<string, unknown>>, parent: string[] = []): Unknown[] {
  const out: Unknown[] = [];
  for (const [key, value] of Object.entries(data)) {
    const field = fields.find((candidate) => candidate.key === key);
    if (!field) out.push({ path: [...parent, key], value });
    else if (field.kind === 'group' && field.fields && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out.push(...unknownFields(field.fields, value as Record<string, unknown>, [...parent, key]));
    }
  }
  return out;
}

function display(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Fields outside the schema, read-only: they are kept as they are, and edited in the YAML. */
export function OtherFields({ fields, data, onJump, title = 'Other fields' }: Props) {
  const others = unknownFields(fields, data);
  if (others.length === 0) return null;
  return (
    <section className="other-fields" aria-label={title}>
      <h3 className="other-fields-title">
        {title} <span className="other-fields-note">kept as they are — edit them in the text</span>
      </h3>
      <dl>
        {others.map(({ path, value }) => (
          <div key={path.join('.')} className="other-field">
            <dt>
              <button type="button" className="link-button" title="Show in the text" onClick={() => onJump(path)}>
                {path.join('.')}
              </button>
            </dt>
            <dd title={display(value)}>{display(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
