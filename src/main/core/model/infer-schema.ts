import { SCHEMA_ANNOTATION as A, type JsonSchema } from '@shared/model/content-model';
import { isRecord } from '../article-meta';

/** A text field with at most this many distinct values, each used about twice or more, is offered as a choice. */
const MAX_CHOICES = 8;
const MAX_CHOICE_LENGTH = 40;
/** Text longer than this, or with a line break, is edited in a text area. */
const LONG_TEXT = 160;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const URL_LIKE = /^https?:\/\/\S+$/;

/**
 * A schema read off the files themselves, for a collection nothing
 * describes: each field's kind from the values seen (text, long text, date,
 * number, boolean, list of strings, a few recurring values, nested groups),
 * nothing required, unknown keys allowed. It lets the form work and catches
 * a value of the wrong type; it cannot know what the site requires.
 */
export function inferSchema(samples: Iterable<Record<string, unknown> | null>): JsonSchema {
  const values = new Map<string, unknown[]>();
  for (const data of samples) {
    if (data === null) continue;
    for (const [key, value] of Object.entries(data)) {
      const seen = values.get(key);
      if (seen) seen.push(value);
      else values.set(key, [value]);
    }
  }
  return objectSchema(values);
}

function objectSchema(fields: Map<string, unknown[]>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, seen] of fields) properties[key] = inferValue(seen);
  return { type: 'object', properties };
}

function inferValue(seen: readonly unknown[]): JsonSchema {
  const nullable = seen.some((value) => value === null);
  const present = seen.filter((value) => value !== null && value !== undefined);
  const schema = inferPresent(present);
  if (!nullable) return schema;
  if (Object.keys(schema).length === 0) return schema;
  return typeof schema.type === 'string' && schema.type !== 'object' && schema.type !== 'array' && !(A.kind in schema)
    ? { ...schema, type: [schema.type, 'null'] }
    : { anyOf: [schema, { type: 'null' }] };
}

function inferPresent(present: readonly unknown[]): JsonSchema {
  if (present.length === 0) return {};
  const kinds = new Set(present.map(kindOf));
  if (kinds.size === 1) {
    const [kind] = kinds;
    switch (kind) {
      case 'boolean':
        return { type: 'boolean' };
      case 'number':
        return { type: 'number' };
      case 'date':
        return dateSchema();
      case 'string':
        return stringSchema(present as string[]);
      case 'array':
        return arraySchema(present as unknown[][]);
      case 'object':
        return objectFromRecords(present as Record<string, unknown>[]);
    }
  }
  // A YAML date in one file and a quoted ISO date in another: one date field.
  if (kinds.size === 2 && kinds.has('date') && kinds.has('string') && present.every((value) => typeof value !== 'string' || ISO_DATE.test(value))) {
    return dateSchema();
  }
  // Several scalar types (an id written as a number here, a string there): accept what the files use.
  const scalar = ['string', 'number', 'boolean'] as const;
  if ([...kinds].every((kind) => (scalar as readonly string[]).includes(kind))) return { type: [...kinds].sort() };
  return {};
}

type ValueKind = 'boolean' | 'number' | 'date' | 'string' | 'array' | 'object' | 'other';

function kindOf(value: unknown): ValueKind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (value instanceof Date) return 'date';
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return 'array';
  if (isRecord(value)) return 'object';
  return 'other';
}

function dateSchema(): JsonSchema {
  // Inferred dates accept a YAML date or a string that parses: the files use both.
  return { type: 'string', [A.kind]: 'date', [A.coerceDate]: true };
}

function stringSchema(values: readonly string[]): JsonSchema {
  if (values.every((value) => ISO_DATE.test(value.trim()))) return dateSchema();
  if (values.some((value) => value.includes('\n') || value.length > LONG_TEXT)) return { type: 'string', [A.kind]: 'longtext' };
  if (values.every((value) => URL_LIKE.test(value))) return { type: 'string', [A.kind]: 'url' };
  const distinct = [...new Set(values)];
  if (distinct.length <= MAX_CHOICES && values.length >= distinct.length * 2 && distinct.every((value) => value.length <= MAX_CHOICE_LENGTH)) {
    return { type: 'string', [A.values]: distinct.sort() };
  }
  return { type: 'string' };
}

function arraySchema(lists: readonly unknown[][]): JsonSchema {
  const items = lists.flat();
  if (items.every((item) => typeof item === 'string')) return { type: 'array', items: { type: 'string' }, [A.kind]: 'tags' };
  return { type: 'array', items: inferPresent(items.filter((item) => item !== null && item !== undefined)) };
}

function objectFromRecords(records: readonly Record<string, unknown>[]): JsonSchema {
  const fields = new Map<string, unknown[]>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      const seen = fields.get(key);
      if (seen) seen.push(value);
      else fields.set(key, [value]);
    }
  }
  return objectSchema(fields);
}
