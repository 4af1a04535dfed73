import { z } from 'zod';
import type { FieldKind, FieldMeta, FormField } from './form-description';

const fieldMeta = z.object({
  kind: z.enum(['text', 'longtext', 'datetime', 'enum', 'tags', 'boolean', 'number', 'url', 'group']),
  label: z.string(),
  help: z.string().optional(),
});

/**
 * Derives a form description from a zod object schema. Each field's kind and
 * label come from its `.meta()`, which may sit on the field itself or on the
 * schema it wraps (`.meta().optional()` and `.optional().meta()` both work);
 * without metadata the kind is inferred from the type and the key is the label.
 */
export function describeForm(schema: z.ZodObject): FormField[] {
  return describeShape(schema, []);
}

function describeShape(schema: z.ZodObject, parentPath: string[]): FormField[] {
  return Object.entries(schema.shape).map(([key, value]) => describeField(key, value, parentPath));
}

function describeField(key: string, schema: z.ZodType, parentPath: string[]): FormField {
  const path = [...parentPath, key];
  const { inner, required, meta } = unwrap(schema);
  const kind = meta?.kind ?? inferKind(inner);
  const field: FormField = { key, path, kind, label: meta?.label ?? key, required };
  if (meta?.help !== undefined) field.help = meta.help;
  if (inner instanceof z.ZodEnum) field.options = inner.options.map(String);
  if (kind === 'group' && inner instanceof z.ZodObject) field.fields = describeShape(inner, path);
  return field;
}

/**
 * The label a form shows for the field at `path` ("Sentiment", "Cover image
 * › Thumbnail", "Tags, item 3"), the key itself where the schema names none;
 * null for a path the schema does not describe.
 */
export function fieldLabel(schema: z.ZodType, path: readonly (string | number)[]): string | null {
  const labels: string[] = [];
  let current: z.ZodType = schema;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const { inner } = unwrap(current);
    if (inner instanceof z.ZodArray && (typeof segment === 'number' || /^\d+$/.test(String(segment)))) {
      const last = labels.length - 1;
      if (last < 0) return null;
      labels[last] = `${labels[last]}, item ${Number(segment) + 1}`;
      current = inner.element as z.ZodType;
      continue;
    }
    // A nullable group from a JSON Schema is a union of the group and null: its fields are the group's.
    const object = inner instanceof z.ZodUnion ? (inner.options as z.ZodType[]).find((option) => option instanceof z.ZodObject) : inner;
    if (!(object instanceof z.ZodObject)) return null;
    const child = (object.shape as Record<string, z.ZodType | undefined>)[String(segment)];
    if (!child) return null;
    labels.push(unwrap(child).meta?.label ?? labelOnly(child) ?? String(segment));
    current = child;
  }
  return labels.length > 0 ? labels.join(' › ') : null;
}

/** Peels optional/nullable/default wrappers, keeping the first metadata found from the outside in. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; meta: FieldMeta | undefined } {
  let current: z.ZodType = schema;
  let required = true;
  let meta = readMeta(current);
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) required = false;
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
      meta ??= readMeta(current);
    } else break;
  }
  return { inner: current, required, meta };
}

/** A label without a form kind (a JSON Schema's `title`), on the field or a wrapper inside it. */
function labelOnly(schema: z.ZodType): string | undefined {
  for (let current: z.ZodType = schema; ; current = current.unwrap() as z.ZodType) {
    const label: unknown = current.meta()?.label;
    if (typeof label === 'string') return label;
    if (!(current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault)) return undefined;
  }
}

function readMeta(schema: z.ZodType): FieldMeta | undefined {
  const parsed = fieldMeta.safeParse(schema.meta());
  return parsed.success ? parsed.data : undefined;
}

function inferKind(schema: z.ZodType): FieldKind {
  if (schema instanceof z.ZodEnum) return 'enum';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodDate) return 'datetime';
  if (schema instanceof z.ZodArray) return 'tags';
  if (schema instanceof z.ZodObject) return 'group';
  return 'text';
}
