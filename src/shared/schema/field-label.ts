import { z } from 'zod';

/**
 * The name a problem message gives the field at `path` ("sentiment",
 * "coverImage › thumb", "tags, item 3"): the schema's `title` where it has
 * one (`jsonSchemaToZod` keeps it as `.meta({ label })`), else the key as the
 * file writes it, since these sentences sit on the YAML (lint marks, save
 * errors, the CLI); null for a path the schema does not describe.
 */
export function fieldLabel(schema: z.ZodType, path: readonly (string | number)[]): string | null {
  const labels: string[] = [];
  let current: z.ZodType = schema;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const inner = unwrap(current);
    if (inner instanceof z.ZodArray && (typeof segment === 'number' || /^\d+$/.test(String(segment)))) {
      const last = labels.length - 1;
      if (last < 0) return null;
      labels[last] = `${labels[last]}, item ${Number(segment) + 1}`;
      current = inner.element as z.ZodType;
      continue;
    }
    // A nullable group from a JSON Schema is a union of the group and null: its fields are the group's.
    const object = inner instanceof z.ZodUnion ? (inner.options as z.ZodType[]).map(unwrap).find((option) => option instanceof z.ZodObject) : inner;
    if (!(object instanceof z.ZodObject)) return null;
    const child = (object.shape as Record<string, z.ZodType | undefined>)[String(segment)];
    if (!child) return null;
    labels.push(labelOf(child) ?? String(segment));
    current = child;
  }
  return labels.length > 0 ? labels.join(' › ') : null;
}

const isWrapper = (schema: z.ZodType): schema is z.ZodOptional | z.ZodNullable | z.ZodDefault =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault;

/** Peels optional/nullable/default and lazy `$ref` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (isWrapper(current)) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodLazy) current = current.unwrap() as z.ZodType;
    else return current;
  }
}

/** A `label` in the metadata of the field or of a wrapper inside it. */
function labelOf(schema: z.ZodType): string | undefined {
  for (let current: z.ZodType = schema; ; current = current.unwrap() as z.ZodType) {
    const label: unknown = current.meta()?.label;
    if (typeof label === 'string') return label;
    if (!isWrapper(current)) return undefined;
  }
}
