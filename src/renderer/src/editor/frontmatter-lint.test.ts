import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { frontmatterDiagnostics } from './frontmatter-lint';
import { frontmatterSync } from './frontmatter-sync';

const VALID = [
  '---',
  "title: 'A title'",
  "publishedAt: '2026-01-19T10:00:00.000Z'",
  'lang: en',
  "externalId: '1'",
  'coverImage:',
  '  thumb: https://images.example.com/a.jpg',
  'tags:',
  '  - AI',
  '---',
  'Body',
].join('\n');

/** The diagnostics as `line: text-under-mark — message`, so expectations read like the file. */
function marks(doc: string): string[] {
  const state = EditorState.create({ doc, extensions: frontmatterSync() });
  return frontmatterDiagnostics(state).map((d) => `${state.doc.lineAt(d.from).number}: ${state.sliceDoc(d.from, d.to)} — ${d.message}`);
}

describe('frontmatterDiagnostics', () => {
  const cases = [
    { name: 'valid file', doc: VALID, expected: [] },
    {
      name: 'bad enum on its key and value',
      doc: VALID.replace('lang: en', 'lang: en\nsentiment: NEGATIVO'),
      expected: ['5: sentiment: NEGATIVO — Sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL'],
    },
    {
      name: 'nested url on the nested key',
      doc: VALID.replace('https://images.example.com/a.jpg', 'not a url'),
      expected: ['7: thumb: not a url — Cover image › Thumbnail: expected a URL such as https://example.com/image.jpg'],
    },
    {
      name: 'missing required field on the opening ---',
      doc: VALID.replace('lang: en\n', ''),
      expected: ['1: --- — Language is required'],
    },
    {
      name: 'invalid date on its line',
      doc: VALID.replace("'2026-01-19T10:00:00.000Z'", "'2026-13-45'"),
      expected: ["3: publishedAt: '2026-13-45' — Published: not a real calendar date"],
    },
    {
      name: 'a list item that is not text',
      doc: VALID.replace('  - AI', '  - AI\n  - 42'),
      expected: ['10: 42 — Tags, item 2 must be text'],
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
});
