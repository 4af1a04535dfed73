import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleForm } from './article-form';
import { describeForm } from './describe-form';
import type { FormField } from './form-description';

const byKey = (fields: FormField[], key: string): FormField | undefined => fields.find((f) => f.key === key);

describe('articleForm', () => {
  const cases = [
    { key: 'title', kind: 'text', label: 'Title', required: true },
    { key: 'description', kind: 'longtext', label: 'Description', required: false },
    { key: 'publishedAt', kind: 'datetime', label: 'Published', required: true },
    { key: 'updatedAt', kind: 'datetime', label: 'Updated', required: false },
    { key: 'lang', kind: 'text', label: 'Language', required: true },
    { key: 'externalId', kind: 'text', label: 'External ID', required: true },
    { key: 'source', kind: 'group', label: 'Source', required: false },
    { key: 'category', kind: 'text', label: 'Category', required: false },
    { key: 'tags', kind: 'tags', label: 'Tags', required: false },
    { key: 'stickyWeight', kind: 'number', label: 'Sticky weight', required: false },
    { key: 'sentiment', kind: 'enum', label: 'Sentiment', required: false },
    { key: 'score', kind: 'number', label: 'Score', required: false },
    { key: 'draft', kind: 'boolean', label: 'Draft', required: false },
    { key: 'coverImage', kind: 'group', label: 'Cover image', required: false },
    { key: 'ai', kind: 'group', label: 'Machine translation', required: false },
  ];

  it('lists the schema fields in order', () => {
    expect(articleForm.map((f) => f.key)).toEqual(cases.map((c) => c.key));
  });

  it.each(cases)('$key is a $kind field labelled $label', ({ key, kind, label, required }) => {
    expect(byKey(articleForm, key)).toMatchObject({ key, path: [key], kind, label, required });
  });

  it('offers the three sentiments', () => {
    expect(byKey(articleForm, 'sentiment')?.options).toEqual(['POSITIVE', 'NEGATIVE', 'NEUTRAL']);
  });

  it('keeps help text', () => {
    expect(byKey(articleForm, 'externalId')?.help).toBe('Shared by an article and its translations');
  });

  it('describes coverImage as six optional url fields with full paths', () => {
    const fields = byKey(articleForm, 'coverImage')?.fields ?? [];
    expect(fields.map((f) => [f.key, f.kind, f.required, f.path.join('.')])).toEqual([
      ['raw', 'url', false, 'coverImage.raw'],
      ['full', 'url', false, 'coverImage.full'],
      ['regular', 'url', false, 'coverImage.regular'],
      ['small', 'url', false, 'coverImage.small'],
      ['thumb', 'url', false, 'coverImage.thumb'],
      ['small_s3', 'url', false, 'coverImage.small_s3'],
    ]);
    expect(fields.find((f) => f.key === 'thumb')?.label).toBe('Thumbnail');
  });

  it('describes ai and source groups', () => {
    expect(byKey(articleForm, 'ai')?.fields?.map((f) => [f.key, f.kind, f.label])).toEqual([
      ['translatedFrom', 'text', 'Translated from'],
      ['version', 'number', 'Version'],
    ]);
    expect(byKey(articleForm, 'source')?.fields?.map((f) => f.key)).toEqual(['name', 'key', 'type']);
  });
});

describe('describeForm', () => {
  it('reads metadata on either side of optional/nullable/default and infers kinds without it', () => {
    const schema = z.object({
      before: z.string().meta({ kind: 'longtext', label: 'Before' }).optional(),
      after: z.string().optional().meta({ kind: 'url', label: 'After' }),
      defaulted: z.number().default(1),
      nullable: z.boolean().nullable(),
      choice: z.enum(['a', 'b']),
      list: z.array(z.string()),
      nested: z.object({ inner: z.date() }),
      badMeta: z.string().meta({ kind: 'nonsense', label: 3 }),
    });
    expect(describeForm(schema)).toEqual([
      { key: 'before', path: ['before'], kind: 'longtext', label: 'Before', required: false },
      { key: 'after', path: ['after'], kind: 'url', label: 'After', required: false },
      { key: 'defaulted', path: ['defaulted'], kind: 'number', label: 'defaulted', required: false },
      { key: 'nullable', path: ['nullable'], kind: 'boolean', label: 'nullable', required: true },
      { key: 'choice', path: ['choice'], kind: 'enum', label: 'choice', required: true, options: ['a', 'b'] },
      { key: 'list', path: ['list'], kind: 'tags', label: 'list', required: true },
      {
        key: 'nested',
        path: ['nested'],
        kind: 'group',
        label: 'nested',
        required: true,
        fields: [{ key: 'inner', path: ['nested', 'inner'], kind: 'datetime', label: 'inner', required: true }],
      },
      { key: 'badMeta', path: ['badMeta'], kind: 'text', label: 'badMeta', required: true },
    ]);
  });
});
