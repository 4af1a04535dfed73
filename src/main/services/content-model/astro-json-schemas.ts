import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonSchema, ModelNote } from '@shared/model/content-model';

export interface AstroJsonSchema {
  name: string;
  /** The collection's object schema, `$ref`s to its own definitions resolved at the top. */
  json: JsonSchema;
  /** Site-relative file it came from. */
  file: string;
}

const FOLDER = '.astro/collections';

/**
 * The JSON schemas Astro writes for each collection on `astro sync` /
 * `astro dev` (`.astro/collections/<name>.schema.json`): read, never run.
 * A file that does not parse becomes a note.
 */
export function readAstroJsonSchemas(root: string): { schemas: AstroJsonSchema[]; notes: ModelNote[] } {
  let names: string[];
  try {
    names = readdirSync(join(root, FOLDER)).filter((name) => name.endsWith('.schema.json')).sort();
  } catch {
    return { schemas: [], notes: [] };
  }
  const schemas: AstroJsonSchema[] = [];
  const notes: ModelNote[] = [];
  for (const name of names) {
    const file = `${FOLDER}/${name}`;
    try {
      const parsed = JSON.parse(readFileSync(join(root, file), 'utf8')) as JsonSchema;
      schemas.push({ name: name.slice(0, -'.schema.json'.length), json: topLevel(parsed), file });
    } catch (error) {
      notes.push({ file, message: `${file} is not valid JSON: ${(error as Error).message}` });
    }
  }
  return { schemas, notes };
}

/** `{ $ref: '#/definitions/docs', definitions }` → the docs schema, keeping `definitions` for inner refs. */
function topLevel(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let target: unknown = schema;
  for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[part];
  if (target === null || typeof target !== 'object') return schema;
  const { $ref: _ref, ...rest } = schema;
  return { ...rest, ...(target as JsonSchema) };
}
