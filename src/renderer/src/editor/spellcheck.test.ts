import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markdownWithFrontmatter } from './markdown-language';
import { nonProseRanges } from './spellcheck';

const DOC = [
  '---',
  "title: 'Miners weigh immersion cooling'",
  'canonicalUrl: https://news.example.com/x',
  '---',
  '## Body text',
  '',
  'Plain prose with `inline code` and a [link](https://example.com/a) and <https://auto.example>.',
  '',
  '```js',
  'const notProse = true;',
  '```',
  '',
  '<div class="raw">html</div>',
  '',
  'Last words.',
].join('\n');

function skipped(doc: string, from = 0, to = doc.length): string[] {
  const state = EditorState.create({ doc, extensions: markdownWithFrontmatter() });
  ensureSyntaxTree(state, state.doc.length, 5000);
  return nonProseRanges(state, from, to).map((range) => doc.slice(range.from, range.to));
}

describe('nonProseRanges', () => {
  it('skips the frontmatter, code, URLs and HTML, and nothing else', () => {
    expect(skipped(DOC)).toEqual([
      "---\ntitle: 'Miners weigh immersion cooling'\ncanonicalUrl: https://news.example.com/x\n---\n",
      '`inline code`',
      'https://example.com/a',
      '<https://auto.example>',
      '```js\nconst notProse = true;\n```',
      '<div class="raw">html</div>',
    ]);
  });

  it('stays inside the range asked for (the visible part of a long document)', () => {
    const from = DOC.indexOf('Plain prose');
    const to = DOC.indexOf('const notProse') + 5;
    expect(skipped(DOC, from, to)).toEqual(['`inline code`', 'https://example.com/a', '<https://auto.example>', '```js\nconst']);
  });

  it('skips nothing in a document of prose alone', () => {
    expect(skipped('Just a paragraph of words.\n\nAnd another.')).toEqual([]);
  });
});
