import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { frontmatterDiagnostics } from './frontmatter-lint';
import type { z } from 'zod';
import type { JsonSchema } from '@shared/model/content-model';
import { jsonSchemaToZod } from '@shared/model/json-schema-to-zod';
import fixtures from '@shared/schema/__fixtures__/collection-forms.json';
import { frontmatterSchema } from './frontmatter-issues';
import { frontmatterSync } from './frontmatter-sync';

const VALID = [
  '---',
  "title: 'A title'",
  'publishedAt: 2026-01-19T10:00:00.000Z',
  'category: Markets',
  "externalId: '1'",
  'source:',
  '  name: Wire',
  '  key: w1',
  '  type: rss',
  'tags:',
  '  - AI',
  '---',
  'Body',
].join('\n');

/** The validators the content model builds for the newsroom fixture site's two collections. */
const BLOG = jsonSchemaToZod(fixtures['astro-newsroom/blog'].schema.json as JsonSchema);
const DOCS = jsonSchemaToZod(fixtures['astro-newsroom/docs'].schema.json as JsonSchema);

/** The diagnostics as `line: text-under-mark — message`, so expectations read like the file. */
function marks(doc: string, schema: z.ZodType | null = BLOG): string[] {
  const state = EditorState.create({ doc, extensions: [frontmatterSync(), frontmatterSchema.of(schema)] });
  return frontmatterDiagnostics(state).map((d) => `${state.doc.lineAt(d.from).number}: ${state.sliceDoc(d.from, d.to)} — ${d.message}`);
}

describe('frontmatterDiagnostics', () => {
  const cases = [
    { name: 'valid file', doc: VALID, expected: [] },
    {
      name: 'bad enum on its key and value',
      doc: VALID.replace('category: Markets', 'category: Markets\nsentiment: NEGATIVO'),
      expected: ['5: sentiment: NEGATIVO — sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL'],
    },
    {
      name: 'an id written as a number, which the site rejects',
      doc: VALID.replace("externalId: '1'", 'externalId: 60340789'),
      expected: ['5: externalId: 60340789 — externalId must be text'],
    },
    {
      name: 'nested field on the nested key',
      doc: VALID.replace('key: w1', 'key: 7'),
      expected: ['8: key: 7 — source › key must be text'],
    },
    {
      name: 'missing required field on the opening ---',
      doc: VALID.replace('category: Markets\n', ''),
      expected: ['1: --- — category is required'],
    },
    {
      name: 'invalid date on its line',
      doc: VALID.replace('2026-01-19T10:00:00.000Z', "'2026-13-45'"),
      expected: ["3: publishedAt: '2026-13-45' — publishedAt: not a real calendar date"],
    },
    {
      name: 'a list item that is not text',
      doc: VALID.replace('  - AI', '  - AI\n  - 42'),
      expected: ['12: 42 — tags, item 2 must be text'],
    },
    {
      name: 'YAML syntax error on the broken line, nothing else',
      doc: VALID.replace("title: 'A title'", "title: 'It's broken'"),
      expected: [/^2: title: 'It's broken' — Frontmatter YAML error on line 2/],
    },
  ];
  for (const { name, doc, expected } of cases) {
    it(name, () => {
      const got = marks(doc);
      expect(got).toHaveLength(expected.length);
      expected.forEach((want, i) => (typeof want === 'string' ? expect(got[i]).toBe(want) : expect(got[i]).toMatch(want)));
    });
  }

  it('judges dates as the site does: an unquoted date is a date, a quoted one is text', () => {
    const doc = (date: string) => ['---', "title: 'Style'", 'description: How we write', `publishedAt: ${date}`, '---', 'Body'].join('\n');
    expect(marks(doc('2026-01-31'), DOCS)).toEqual([]);
    expect(marks(doc("'2026-01-31'"), DOCS)).toEqual([
      "4: publishedAt: '2026-01-31' — publishedAt: expected a date written without quotes (2026-01-31); the site does not accept a quoted date",
    ]);
  });

  it('a file in no collection is checked for YAML only', () => {
    expect(marks(VALID.replace("externalId: '1'", 'externalId: 60340789').replace('category: Markets\n', ''), null)).toEqual([]);
    expect(marks(VALID.replace("title: 'A title'", "title: 'It's broken'"), null)).toHaveLength(1);
  });
});
