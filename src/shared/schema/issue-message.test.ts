import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchemaToZod } from '../model/json-schema-to-zod';
import type { JsonSchema } from '../model/content-model';
import fixtures from './__fixtures__/collection-forms.json';
import { fieldLabel } from './field-label';
import { issueMessage } from './issue-message';

/** The newsroom blog's validator, as the content model builds it from the site's content config. */
const blog = jsonSchemaToZod(fixtures['astro-newsroom/blog'].schema.json as JsonSchema);

const VALID = { title: 'Hello', publishedAt: new Date('2026-01-19T10:00:00.000Z'), externalId: '1', category: 'Markets' };

/** The first issue of `data` against the blog schema, worded beside its field and under its label. */
function worded(data: Record<string, unknown>, schema: z.ZodType = blog): { beside: string; labelled: string } {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected a problem');
  const issue = result.error.issues[0];
  if (!issue) throw new Error('no issue');
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  let value: unknown = data;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  const label = fieldLabel(schema, path) ?? path.join('.');
  return { beside: issueMessage(issue, { value }), labelled: issueMessage(issue, { value, label }) };
}

describe('issueMessage', () => {
  const cases = [
    { name: 'an enum lists its values, no quotes or pipes', data: { ...VALID, sentiment: 'HAPPY' }, labelled: 'sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL', beside: 'Must be one of POSITIVE, NEGATIVE, NEUTRAL' },
    { name: 'a missing required field', data: { ...VALID, category: undefined }, labelled: 'category is required', beside: 'Required' },
    { name: 'a missing date', data: { ...VALID, publishedAt: undefined }, labelled: 'publishedAt is required', beside: 'Required' },
    { name: 'a number where the site wants text', data: { ...VALID, externalId: 60340789 }, labelled: 'externalId must be text', beside: 'Must be text' },
    { name: 'a wrong type', data: { ...VALID, score: 'high' }, labelled: 'score must be a number', beside: 'Must be a number' },
    { name: 'a list item, by its place', data: { ...VALID, tags: ['AI', 7] }, labelled: 'tags, item 2 must be text', beside: 'Must be text' },
    { name: 'a date that is no date', data: { ...VALID, publishedAt: 'soon' }, labelled: 'publishedAt: expected a date (2026-01-31 or 2026-01-31T09:30:00Z)', beside: 'Expected a date (2026-01-31 or 2026-01-31T09:30:00Z)' },
    { name: 'a nested field under its group', data: { ...VALID, source: { name: 'Wire', type: 'rss' } }, labelled: 'source › key is required', beside: 'Required' },
    { name: 'a nullable group of the wrong type', data: { ...VALID, coverImage: 'cover.jpg' }, labelled: 'coverImage must be a group of fields or empty', beside: 'Must be a group of fields or empty' },
  ];
  for (const { name, data, labelled, beside } of cases) {
    it(name, () => expect(worded(data)).toEqual({ labelled, beside }));
  }

  it('a schema title names the field, and a message that already names it is kept', () => {
    const schema = jsonSchemaToZod({ type: 'object', properties: { title: { title: 'Title', type: 'string', minLength: 1 } }, required: ['title'] });
    expect(worded({ title: '' }, schema)).toEqual({ labelled: 'Title must not be empty', beside: 'Must not be empty' });
    const own = z.object({ title: z.string().min(1, 'Title must not be empty').meta({ label: 'Title' }) });
    expect(worded({ title: '' }, own)).toEqual({ labelled: 'Title must not be empty', beside: 'Title must not be empty' });
  });

  it('rewords zod’s own limits', () => {
    const schema = z.object({ code: z.string().min(3), count: z.number().max(5), names: z.array(z.string()).min(1) });
    const result = schema.safeParse({ code: 'ab', count: 9, names: [] });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((issue) => issueMessage(issue, { value: null, label: String(issue.path[0]) }));
    expect(messages).toEqual(['code must have at least 3 characters', 'count must be at most 5', 'names must not be empty']);
  });
});

describe('fieldLabel', () => {
  it('names fields by their key as the file writes it, through nullable groups and lists, and knows no others', () => {
    expect(fieldLabel(blog, ['sentiment'])).toBe('sentiment');
    expect(fieldLabel(blog, ['coverImage', 'small_s3'])).toBe('coverImage › small_s3');
    expect(fieldLabel(blog, ['ai', 'translatedFrom'])).toBe('ai › translatedFrom');
    expect(fieldLabel(blog, ['tags', 0])).toBe('tags, item 1');
    expect(fieldLabel(blog, ['tags', '2'])).toBe('tags, item 3');
    expect(fieldLabel(blog, ['nope'])).toBeNull();
  });

  it('follows $ref and uses a schema title', () => {
    const schema = jsonSchemaToZod({ $ref: '#/definitions/a', definitions: { a: { type: 'object', properties: { when: { title: 'Published', type: 'string' } } } } });
    expect(fieldLabel(schema, ['when'])).toBe('Published');
  });
});
