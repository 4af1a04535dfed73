import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleSchema } from './article-schema';
import { fieldLabel } from './describe-form';
import { issueMessage } from './issue-message';

const VALID = { title: 'Hello', publishedAt: '2026-01-19T10:00:00.000Z', lang: 'en', externalId: '1' };

/** The first issue of `data` against the article schema, worded with and without its label. */
function worded(data: Record<string, unknown>): { beside: string; labelled: string } {
  const result = articleSchema.safeParse(data);
  if (result.success) throw new Error('expected a problem');
  const issue = result.error.issues[0];
  if (!issue) throw new Error('no issue');
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  let value: unknown = data;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  const label = fieldLabel(articleSchema, path) ?? path.join('.');
  return { beside: issueMessage(issue, { value }), labelled: issueMessage(issue, { value, label }) };
}

describe('issueMessage', () => {
  const cases = [
    { name: 'an enum lists its values, no quotes or pipes', data: { ...VALID, sentiment: 'HAPPY' }, labelled: 'Sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL', beside: 'Must be one of POSITIVE, NEGATIVE, NEUTRAL' },
    { name: 'a missing required field', data: { ...VALID, lang: undefined }, labelled: 'Language is required', beside: 'Required' },
    { name: 'a missing date (a union)', data: { ...VALID, publishedAt: undefined }, labelled: 'Published is required', beside: 'Required' },
    { name: 'a wrong type', data: { ...VALID, score: 'high' }, labelled: 'Score must be a number', beside: 'Must be a number' },
    { name: 'a list item, by its place', data: { ...VALID, tags: ['AI', 7] }, labelled: 'Tags, item 2 must be text', beside: 'Must be text' },
    { name: 'a date union names the branch that matched', data: { ...VALID, publishedAt: 'soon' }, labelled: 'Published: expected an ISO 8601 date-time such as 2026-01-31T18:04:41.000Z', beside: 'Expected an ISO 8601 date-time such as 2026-01-31T18:04:41.000Z' },
    { name: 'a date union of wrong types', data: { ...VALID, publishedAt: true }, labelled: 'Published must be a date or text', beside: 'Must be a date or text' },
    { name: 'the schema’s own message that already names the field', data: { ...VALID, title: '  ' }, labelled: 'Title must not be empty', beside: 'Title must not be empty' },
    { name: 'a nested field under its group', data: { ...VALID, coverImage: { thumb: 'not a url' } }, labelled: 'Cover image › Thumbnail: expected a URL such as https://example.com/image.jpg', beside: 'Expected a URL such as https://example.com/image.jpg' },
  ];
  for (const { name, data, labelled, beside } of cases) {
    it(name, () => expect(worded(data)).toEqual({ labelled, beside }));
  }

  it('rewords zod’s own limits', () => {
    const schema = z.object({ code: z.string().min(3), count: z.number().max(5), names: z.array(z.string()).min(1) });
    const result = schema.safeParse({ code: 'ab', count: 9, names: [] });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((issue) => issueMessage(issue, { value: null, label: String(issue.path[0]) }));
    expect(messages).toEqual(['code must have at least 3 characters', 'count must be at most 5', 'names must not be empty']);
  });
});

describe('fieldLabel', () => {
  it('names fields as the form does, and knows no others', () => {
    expect(fieldLabel(articleSchema, ['sentiment'])).toBe('Sentiment');
    expect(fieldLabel(articleSchema, ['coverImage', 'small_s3'])).toBe('Cover image › Small (S3)');
    expect(fieldLabel(articleSchema, ['tags', 0])).toBe('Tags, item 1');
    expect(fieldLabel(articleSchema, ['tags', '2'])).toBe('Tags, item 3');
    expect(fieldLabel(articleSchema, ['nope'])).toBeNull();
  });
});
