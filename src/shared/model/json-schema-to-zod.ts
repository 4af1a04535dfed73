import { z } from 'zod';
import { SCHEMA_ANNOTATION as A, type JsonSchema } from './content-model';
import { isRecord } from './is-record';
import { sameValue } from './same-value';

/**
 * A zod validator for a collection's JSON Schema, judging frontmatter as the
 * site's build would: the draft 2020-12 subset that `z.toJSONSchema` and
 * Astro's generator write (types, properties, required, items, enum, const,
 * anyOf/oneOf/allOf, $ref, formats, bounds) plus our date annotations.
 * Differences from plain JSON Schema, all on purpose:
 * - unknown keys are allowed everywhere (Astro strips them, it does not reject);
 * - a property with a `default` is optional (the site fills it in);
 * - a date node accepts a YAML date (`Date`), and with
 *   `x-copydesk-coerce-date` a string or number that parses, as `z.coerce.date()` does;
 * - `format: date-time` / `date` strings accept a YAML date too (Astro's
 *   generated schemas write every date that way);
 * - what the subset does not cover accepts anything rather than rejecting;
 * - a node's `title` becomes its label (`.meta({ label })`) for problem messages.
 */
export function jsonSchemaToZod(schema: JsonSchema): z.ZodType {
  return new Converter(schema).convert(schema);
}

class Converter {
  private readonly refs = new Map<string, z.ZodType>();

  constructor(private readonly root: JsonSchema) {}

  convert(node: unknown): z.ZodType {
    const validator = this.convertNode(node);
    // JSON Schema's `title` is the field's label in problem messages ("Sentiment must be one of …").
    return isRecord(node) && typeof node.title === 'string' && node.title !== '' ? validator.meta({ label: node.title }) : validator;
  }

  private convertNode(node: unknown): z.ZodType {
    if (node === true || node === undefined) return z.any();
    if (node === false) return z.never();
    if (!isRecord(node)) return z.any();
    if (typeof node.$ref === 'string') return this.ref(node.$ref);
    if (node[A.kind] === 'date') return dateValidator(node[A.coerceDate] === true);
    if (Array.isArray(node.anyOf)) return this.union(node.anyOf);
    if (Array.isArray(node.oneOf)) return this.union(node.oneOf);
    if (Array.isArray(node.allOf)) return this.all(node.allOf);
    if (node.const !== undefined) return z.any().refine((value) => sameValue(value, node.const), { message: `Must be ${JSON.stringify(node.const)}` });
    if (Array.isArray(node.enum)) return enumValidator(node.enum);
    const types = Array.isArray(node.type) ? node.type : typeof node.type === 'string' ? [node.type] : null;
    if (types === null) {
      // No type: infer it from the keywords present, as validators do.
      if (isRecord(node.properties) || node.additionalProperties !== undefined) return this.object(node);
      if (node.items !== undefined) return this.array(node);
      return z.any();
    }
    const options = types.map((type) => this.typed(String(type), node));
    return options.length === 1 ? (options[0] as z.ZodType) : z.union(options as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  }

  private typed(type: string, node: JsonSchema): z.ZodType {
    switch (type) {
      case 'string':
        return stringValidator(node);
      case 'number':
      case 'integer':
        return numberValidator(node, type === 'integer');
      case 'boolean':
        return z.boolean();
      case 'null':
        return z.null();
      case 'array':
        return this.array(node);
      case 'object':
        return this.object(node);
      default:
        return z.any();
    }
  }

  private object(node: JsonSchema): z.ZodType {
    const properties = isRecord(node.properties) ? node.properties : {};
    const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
    const shape: Record<string, z.ZodType> = {};
    for (const [key, child] of Object.entries(properties)) {
      const validator = this.convert(child);
      const hasDefault = isRecord(child) && child.default !== undefined;
      shape[key] = required.has(key) && !hasDefault ? validator : validator.optional();
    }
    if (Object.keys(shape).length === 0 && isRecord(node.additionalProperties)) {
      return z.record(z.string(), this.convert(node.additionalProperties));
    }
    return z.looseObject(shape);
  }

  private array(node: JsonSchema): z.ZodType {
    let validator = z.array(this.convert(node.items));
    if (typeof node.minItems === 'number') validator = validator.min(node.minItems);
    if (typeof node.maxItems === 'number') validator = validator.max(node.maxItems);
    return validator;
  }

  private union(options: unknown[]): z.ZodType {
    const converted = options.map((option) => this.convert(option));
    if (converted.length === 0) return z.any();
    return converted.length === 1 ? (converted[0] as z.ZodType) : z.union(converted as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  }

  private all(parts: unknown[]): z.ZodType {
    const converted = parts.map((part) => this.convert(part));
    return z.any().superRefine((value, ctx) => {
      for (const validator of converted) {
        const result = validator.safeParse(value);
        if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path });
      }
    });
  }

  private ref(ref: string): z.ZodType {
    const known = this.refs.get(ref);
    if (known) return known;
    // Lazy, so a schema that refers to itself does not recurse forever.
    const lazy = z.lazy(() => this.convert(resolvePointer(this.root, ref)));
    this.refs.set(ref, lazy);
    return lazy;
  }
}

/** `#/definitions/docs` or `#/$defs/x` inside the same document; anything else accepts all. */
function resolvePointer(root: JsonSchema, ref: string): unknown {
  if (!ref.startsWith('#')) return true;
  let current: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(current)) return true;
    current = current[part];
  }
  return current ?? true;
}

function dateValidator(coerce: boolean): z.ZodType {
  const expected = coerce
    ? 'Expected a date (2026-01-31 or 2026-01-31T09:30:00Z)'
    : 'Expected a date written without quotes (2026-01-31); the site does not accept a quoted date';
  return z.any().superRefine((value: unknown, ctx) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return;
    if (coerce && (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())) return;
    if (value === undefined) {
      // A required date that is absent: worded "… is required" like any other field.
      ctx.addIssue({ code: 'invalid_type', expected: 'date', input: value });
      return;
    }
    // `2025-13-45` has a date's shape: say what is wrong with it rather than what a date looks like.
    const message = coerce && typeof value === 'string' && DATE_SHAPE.test(value.trim()) ? 'Not a real calendar date' : expected;
    ctx.addIssue({ code: 'custom', message, input: value });
  });
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}/;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function stringValidator(node: JsonSchema): z.ZodType {
  if (node.format === 'date-time' || node.format === 'date') {
    const pattern = node.format === 'date' ? DATE_ONLY : DATE_TIME;
    return z.custom<Date | string>(
      (value) => (value instanceof Date ? !Number.isNaN(value.getTime()) : typeof value === 'string' && pattern.test(value)),
      { message: node.format === 'date' ? 'Expected a date (2026-01-31)' : 'Expected a date and time (2026-01-31T09:30:00Z)' },
    );
  }
  let validator = z.string();
  if (typeof node.minLength === 'number') validator = validator.min(node.minLength);
  if (typeof node.maxLength === 'number') validator = validator.max(node.maxLength);
  if (typeof node.pattern === 'string') {
    try {
      validator = validator.regex(new RegExp(node.pattern, 'u'));
    } catch {
      // A pattern JavaScript cannot compile is not checked.
    }
  }
  if (node.format === 'uri' || node.format === 'url') return validator.refine(isUrl, { message: 'Expected a full URL (https://…)' });
  if (node.format === 'email') return validator.refine((value) => /^[^\s@]+@[^\s@]+$/.test(value), { message: 'Expected an email address' });
  return validator;
}

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function numberValidator(node: JsonSchema, integer: boolean): z.ZodType {
  let validator = z.number();
  if (integer) validator = validator.int();
  // z.toJSONSchema writes ±MAX_SAFE_INTEGER bounds on every int; they only restate int().
  if (typeof node.minimum === 'number' && node.minimum > Number.MIN_SAFE_INTEGER) validator = validator.min(node.minimum);
  if (typeof node.maximum === 'number' && node.maximum < Number.MAX_SAFE_INTEGER) validator = validator.max(node.maximum);
  if (typeof node.exclusiveMinimum === 'number') validator = validator.gt(node.exclusiveMinimum);
  if (typeof node.exclusiveMaximum === 'number') validator = validator.lt(node.exclusiveMaximum);
  return validator;
}

function enumValidator(values: unknown[]): z.ZodType {
  if (values.length > 0 && values.every((value): value is string => typeof value === 'string')) {
    return z.enum(values as [string, ...string[]]);
  }
  return z.any().refine((value) => values.some((allowed) => sameValue(value, allowed)), {
    message: `Expected one of ${values.map((value) => JSON.stringify(value)).join(', ')}`,
  });
}
