import { describe, expect, it } from 'vitest';
import { fieldLabel } from '@shared/schema/field-label';
import { jsonSchemaToZod } from './json-schema-to-zod';

const ok = (schema: Record<string, unknown>, value: unknown) => jsonSchemaToZod(schema).safeParse(value).success;

describe('jsonSchemaToZod', () => {
  const coerced = { type: 'string', 'x-copydesk-kind': 'date', 'x-copydesk-coerce-date': true };
  const plainDate = { type: 'string', 'x-copydesk-kind': 'date' };
  const cases = [
    { name: 'coerced date: YAML date', schema: coerced, value: new Date('2026-01-02'), valid: true },
    { name: 'coerced date: ISO string', schema: coerced, value: '2026-01-02T10:00:00Z', valid: true },
    { name: 'coerced date: number', schema: coerced, value: 1767225600000, valid: true },
    { name: 'coerced date: not a date', schema: coerced, value: 'soon', valid: false },
    { name: 'plain date: YAML date', schema: plainDate, value: new Date('2026-01-02'), valid: true },
    { name: 'plain date: quoted string', schema: plainDate, value: '2026-01-02', valid: false },
    { name: 'date-time format accepts a YAML date', schema: { type: 'string', format: 'date-time' }, value: new Date(), valid: true },
    { name: 'date format rejects a time', schema: { type: 'string', format: 'date' }, value: '2026-01-02T10:00', valid: false },
    { name: 'string rejects a YAML date', schema: { type: 'string' }, value: new Date(), valid: false },
    { name: 'uri', schema: { type: 'string', format: 'uri' }, value: './x.jpg', valid: false },
    { name: 'integer', schema: { type: 'integer', minimum: -9007199254740991 }, value: 1.5, valid: false },
    { name: 'nullable type list', schema: { type: ['string', 'null'] }, value: null, valid: true },
    { name: 'const', schema: { const: 'x' }, value: 'y', valid: false },
    { name: 'enum of numbers', schema: { enum: [1, 2] }, value: 2, valid: true },
    { name: 'allOf', schema: { allOf: [{ type: 'string' }, { minLength: 3, type: 'string' }] }, value: 'ab', valid: false },
    { name: 'record', schema: { type: 'object', additionalProperties: { type: 'number' } }, value: { a: 1, b: 'x' }, valid: false },
    { name: 'unsupported keyword accepts', schema: { not: { type: 'string' } }, value: 'x', valid: true },
  ];
  it.each(cases)('$name → $valid', ({ schema, value, valid }) => {
    expect(ok(schema, value)).toBe(valid);
  });

  it('objects: required unless defaulted, unknown keys allowed even under additionalProperties: false', () => {
    const schema = {
      type: 'object',
      properties: { title: { type: 'string' }, draft: { type: 'boolean', default: false }, ai: { anyOf: [{ type: 'object', properties: { on: { type: 'boolean', default: false } } }, { type: 'null' }] } },
      required: ['title', 'draft'],
      additionalProperties: false,
    };
    expect(ok(schema, { title: 'A', extra: 1 })).toBe(true);
    expect(ok(schema, { title: 'A', ai: null })).toBe(true);
    expect(ok(schema, { title: 'A', ai: {} })).toBe(true);
    expect(ok(schema, { draft: true })).toBe(false);
    expect(ok(schema, { title: 'A', draft: 'no' })).toBe(false);
  });

  it('follows $ref into definitions, including a schema that refers to itself', () => {
    const schema = {
      $ref: '#/definitions/node',
      definitions: { node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/node' } } }, required: ['name'] } },
    };
    expect(ok(schema, { name: 'a', children: [{ name: 'b', children: [] }] })).toBe(true);
    expect(ok(schema, { name: 'a', children: [{ children: [] }] })).toBe(false);
  });

  it('words date problems for people, and carries title as the label problem messages use', () => {
    const schema = { type: 'object', properties: { at: { title: 'Published', type: 'string', 'x-copydesk-kind': 'date', 'x-copydesk-coerce-date': true } }, required: ['at'] };
    const validator = jsonSchemaToZod(schema);
    const messages = (data: unknown) => validator.safeParse(data).error?.issues.map((issue) => [issue.code, issue.message]);
    expect(messages({ at: '2025-13-45T10:00:00.000Z' })).toEqual([['custom', 'Not a real calendar date']]);
    expect(messages({ at: 'soon' })).toEqual([['custom', 'Expected a date (2026-01-31 or 2026-01-31T09:30:00Z)']]);
    expect(messages({})).toEqual([['invalid_type', expect.any(String)]]);
    expect(fieldLabel(validator, ['at'])).toBe('Published');
  });
});
