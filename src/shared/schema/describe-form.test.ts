import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../model/content-model';
import fixtures from './__fixtures__/collection-forms.json';
import { describeForm, type FormSource } from './describe-form';
import type { FormField } from './form-description';
import { labelFromKey } from './label-from-key';

/*
 * The forms of the content-model fixture sites' collections. The schemas are
 * the ones `loadContentModel` builds for those sites (kept in step by
 * services/content-model/form-fixtures.test.ts); expectations written by hand
 * from each site's content config or files.
 */

const source = (name: keyof typeof fixtures): FormSource => fixtures[name] as unknown as FormSource;

/** key → [kind, label, required] of each top-level field, for tables that read like the form. */
const outline = (fields: FormField[]) => fields.map((field) => [field.key, field.kind, field.label, field.required]);
const byKey = (fields: FormField[], key: string): FormField => {
  const field = fields.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`no field ${key}`);
  return field;
};

describe('describeForm: the newsroom blog (Astro content config)', () => {
  const form = describeForm(source('astro-newsroom/blog'));

  it('lists the site’s fields in order, with kinds, labels from the keys and the build’s required fields', () => {
    expect(outline(form)).toEqual([
      ['title', 'text', 'Title', true],
      ['description', 'longtext', 'Description', false],
      ['publishedAt', 'datetime', 'Published at', true],
      ['updatedAt', 'datetime', 'Updated at', false],
      ['lang', 'text', 'Lang', false],
      ['externalId', 'text', 'External ID', true],
      ['source', 'group', 'Source', false],
      ['category', 'text', 'Category', true],
      ['tags', 'tags', 'Tags', false],
      ['cta', 'tags', 'Cta', false],
      ['stickyWeight', 'number', 'Sticky weight', false],
      ['canonicalUrl', 'url', 'Canonical URL', false],
      ['coverImage', 'group', 'Cover image', false],
      ['sentiment', 'enum', 'Sentiment', false],
      ['score', 'number', 'Score', false],
      ['draft', 'boolean', 'Draft', false],
      ['ai', 'group', 'AI', false],
    ]);
  });

  it('shows defaults as placeholders: the site fills them in', () => {
    expect(byKey(form, 'lang').placeholder).toBe('uk');
    expect(byKey(form, 'stickyWeight').placeholder).toBe('0');
    expect(byKey(form, 'draft').placeholder).toBe('false');
    // An empty default list says nothing.
    expect(byKey(form, 'tags').placeholder).toBeUndefined();
  });

  it('offers the enum’s values', () => {
    expect(byKey(form, 'sentiment').options).toEqual(['POSITIVE', 'NEGATIVE', 'NEUTRAL']);
  });

  it('keeps nullable groups as groups, marked nullable, with their own required fields', () => {
    const cover = byKey(form, 'coverImage');
    expect(cover.nullable).toBe(true);
    expect(cover.fields?.map((field) => [field.path.join('.'), field.kind, field.required])).toEqual([
      ['coverImage.raw', 'text', true],
      ['coverImage.full', 'text', true],
      ['coverImage.regular', 'text', true],
      ['coverImage.small', 'text', true],
      ['coverImage.thumb', 'text', true],
      ['coverImage.small_s3', 'text', false],
    ]);
    const ai = byKey(form, 'ai');
    expect(ai.nullable).toBe(true);
    expect(ai.fields?.map((field) => [field.key, field.kind, field.label, field.required, field.placeholder])).toEqual([
      ['rewritten', 'boolean', 'Rewritten', false, 'false'],
      ['expandedAt', 'datetime', 'Expanded at', false, undefined],
      ['version', 'number', 'Version', false, undefined],
      ['translatedFrom', 'text', 'Translated from', false, undefined],
    ]);
    expect(byKey(form, 'source').nullable).toBeUndefined();
    expect(byKey(form, 'canonicalUrl').nullable).toBe(true);
  });

  it('spell-checks the title and the description (the translatable text), not ids', () => {
    expect(form.filter((field) => field.prose).map((field) => field.key)).toEqual(['title', 'description']);
  });
});

describe('describeForm: the newsroom docs', () => {
  const form = describeForm(source('astro-newsroom/docs'));

  it('is its own form: navTitle and order, a day for publishedAt, no externalId', () => {
    expect(outline(form)).toEqual([
      ['title', 'text', 'Title', true],
      ['navTitle', 'text', 'Nav title', false],
      ['description', 'longtext', 'Description', true],
      ['order', 'number', 'Order', false],
      ['publishedAt', 'date', 'Published at', false],
      ['draft', 'boolean', 'Draft', false],
      ['lang', 'text', 'Lang', false],
    ]);
    expect(form.filter((field) => field.prose).map((field) => field.key)).toEqual(['title', 'navTitle', 'description']);
  });
});

describe('describeForm: a Starlight site (Astro’s generated JSON schema)', () => {
  const form = describeForm(source('starlight-site/docs'));

  it('reads the draft-07 schema, skips $schema, and treats a date-or-boolean as a date', () => {
    expect(outline(form)).toEqual([
      ['title', 'text', 'Title', true],
      ['description', 'longtext', 'Description', false],
      ['template', 'enum', 'Template', false],
      ['lastUpdated', 'datetime', 'Last updated', false],
      ['sidebar', 'group', 'Sidebar', false],
      ['draft', 'boolean', 'Draft', false],
    ]);
    expect(byKey(form, 'template')).toMatchObject({ options: ['doc', 'splash'], placeholder: 'doc' });
    expect(byKey(form, 'sidebar').fields?.map((field) => [field.key, field.kind, field.placeholder])).toEqual([
      ['order', 'number', undefined],
      ['label', 'text', undefined],
      ['hidden', 'boolean', 'false'],
    ]);
  });

  it('follows a root $ref into the definitions, as Astro writes some schemas', () => {
    const json = (fixtures['starlight-site/docs'].schema.json as JsonSchema).definitions as Record<string, JsonSchema>;
    const viaRef: FormSource = { ...source('starlight-site/docs'), schema: { source: 'astro-json-schema', json: { $ref: '#/definitions/docs', definitions: json } } };
    expect(outline(describeForm(viaRef))).toEqual(outline(form));
  });
});

describe('describeForm: a Hugo site (schema inferred from the files)', () => {
  const form = describeForm(source('hugo-site/content'));

  it('takes kinds from the values seen, requires nothing, and names recurring values as a hint', () => {
    expect(outline(form)).toEqual([
      ['title', 'text', 'Title', false],
      ['description', 'longtext', 'Description', false],
      ['date', 'datetime', 'Date', false],
      ['tags', 'tags', 'Tags', false],
      ['draft', 'boolean', 'Draft', false],
      ['translationKey', 'text', 'Translation key', false],
    ]);
    expect(byKey(form, 'translationKey').help).toBe('Values in use: first-light');
  });
});

describe('describeForm: what the fixtures do not show', () => {
  const form = (json: JsonSchema, roles = {}) => describeForm({ schema: { source: 'config', json }, roles, fields: { shared: [], translatable: [], from: 'config' } });

  it('title and description of a node become label and help; images, references, lists of groups and records', () => {
    const fields = form({
      type: 'object',
      properties: {
        hero: { type: 'string', 'x-copydesk-kind': 'image', title: 'Hero picture', description: 'Shown above the title' },
        author: { anyOf: [{ type: 'string' }, { type: 'object', properties: { id: { type: 'string' } } }], 'x-copydesk-kind': 'reference', 'x-copydesk-collection': 'authors' },
        links: { type: 'array', items: { type: 'object', properties: { href: { type: 'string' } } } },
        extra: { type: 'object', additionalProperties: { type: 'string' } },
        level: { type: 'integer', format: 'unix-time' },
        kind: { const: 'post' },
        anything: {},
        topics: { type: 'array', items: { enum: ['a', 'b'] } },
      },
      required: ['hero'],
    });
    expect(fields.map((field) => [field.key, field.kind, field.label, field.required])).toEqual([
      ['hero', 'image', 'Hero picture', true],
      ['author', 'reference', 'Author', false],
      ['links', 'raw', 'Links', false],
      ['extra', 'raw', 'Extra', false],
      ['level', 'number', 'Level', false],
      ['kind', 'enum', 'Kind', false],
      ['anything', 'raw', 'Anything', false],
      ['topics', 'tags', 'Topics', false],
    ]);
    expect(fields[0]?.help).toBe('Shown above the title');
    expect(fields[1]?.collection).toBe('authors');
    expect(fields[5]?.options).toEqual(['post']);
    expect(fields[7]?.options).toEqual(['a', 'b']);
  });

  it('the description role, whatever its key, is a long text', () => {
    const fields = form({ type: 'object', properties: { summary: { type: 'string' }, body: { type: 'string' } } }, { description: 'summary' });
    expect(fields.map((field) => [field.key, field.kind])).toEqual([
      ['summary', 'longtext'],
      ['body', 'text'],
    ]);
  });
});

describe('labelFromKey', () => {
  const cases = [
    ['publishedAt', 'Published at'],
    ['navTitle', 'Nav title'],
    ['small_s3', 'Small s3'],
    ['canonicalUrl', 'Canonical URL'],
    ['externalId', 'External ID'],
    ['nav-title', 'Nav title'],
    ['HTMLContent', 'HTML content'],
    ['title', 'Title'],
    ['_', '_'],
  ];
  it.each(cases)('%s → %s', (key, label) => expect(labelFromKey(key)).toBe(label));
});
