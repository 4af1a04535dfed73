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
