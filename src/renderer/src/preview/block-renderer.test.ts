import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { BlockRenderer } from './block-renderer';
import { splitChunks } from './markdown-chunks';
import { renderMarkdown } from './render-markdown';
import type { PreviewBlock } from './render-markdown';

/** What a block shows and where: the part of a block that must not depend on how it was rendered. */
const shown = (blocks: PreviewBlock[]): string[] => blocks.map((block) => `${block.line}-${block.endLine} ${toHtml(block.node)}`);

/** Texts where a block could go on past a blank line, or depends on the rest of the text. */
const TRICKY: Record<string, string> = {
  'repeated headings': '# Title\n\nPara one.\n\n## Overview\n\nText\n\n## Overview\n\nMore\n\n### Overview',
  'a loose list': '- a\n- b\n\n- c\n\nAfter',
  'an ordered list with a continuation': '1. one\n\n2. two\n\n   cont\n\nPara',
  'an indented code block with a blank line': 'Para\n\n    code\n\n    more code\n\nAfter',
  'a fence with blank lines': '```js\nconst a = 1;\n\n\n# not a heading\n```\n\nAfter',
  'a longer fence holding a shorter one': '~~~~\n```\n\n~~~\n\n~~~~\n\nAfter',
  'a fence never closed': 'Before\n\n```\nnever closed\n\n# not a heading',
  'a fence inside a list item': '- item\n\n  ```\n  code\n\n  code\n  ```\n\nAfter',
  'a div around Markdown': '<div>\n\n# Inside\n\n</div>\n\nOutside',
  'details with Markdown inside': '<details>\n<summary>S</summary>\n\nText\n\n</details>\n\nAfter',
  'a comment over blank lines': '<!--\n\ncomment\n\n-->\n\nText',
  'a pre over blank lines': '<pre>\n\nx\n\n</pre>\n\nAfter',
  'a script over blank lines': '<script>\n\nalert(1)\n\n</script>\n\nAfter',
  'a tag in a code span': 'Use `<div>` inline.\n\nNext para',
  'an inline tag closed a paragraph later': 'a <span>b\n\nc</span> d\n\nEnd',
  'a p never closed': '<p>unclosed\n\nText\n\nMore',
  'a close tag of another element': '<div>\n\n</span>\n\nPara',
  'two quotes': '> quote\n\n> second quote\n\nText',
  'a table': '| a | b |\n|---|---|\n| 1 | 2 |\n\nText',
  'setext headings and rules': 'Setext\n======\n\nText\n---\n\n***\n\nEnd',
  'star items and emphasis': '* star\n\n* star two\n\n*emph* para',
  'a heading in raw HTML and the same heading after': '<div id="x">\n\n## Nested heading\n\n</div>\n\n## Nested heading',
  'an item that starts blank': '- a\n-\n\n  b\n\nc',
  'blank lines around': '\n\n\nLeading blanks\n\n\n\nTrailing\n\n\n',
  'a footnote (whole text)': 'Text[^1] and more[^2].\n\n[^1]: Note.\n\n[^2]: Other.',
  'a reference definition (whole text)': '[ref]: https://example.com\n\nSee [ref].',
};

declare global {
  interface ImportMeta {
    /** Vite's (and so Vitest's) import of many files at once; here their text. */
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

/** The sample site's article bodies (frontmatter cut off), read as text by the test's bundler (this project has no Node types). */
function sampleBodies(): [string, string][] {
  const files = import.meta.glob('../../../../resources/sample-site/src/content/**/*.{md,mdx}', { query: '?raw', import: 'default', eager: true });
  return Object.entries(files).map(([file, text]) => {
    const end = text.indexOf('\n---', 3);
    return [file, end >= 0 ? text.slice(text.indexOf('\n', end + 1) + 1) : text];
  });
}

describe('BlockRenderer renders what renderMarkdown renders', () => {
  for (const [name, body] of Object.entries(TRICKY)) {
    it(`for ${name}`, () => {
      expect(shown(new BlockRenderer().render(body, { mdx: false, firstLine: 7 }))).toEqual(shown(renderMarkdown(body, { mdx: false, firstLine: 7 })));
    });
  }

  it('for every article of the sample site', () => {
    const bodies = sampleBodies();
    expect(bodies.length).toBeGreaterThan(10);
    for (const [file, body] of bodies) {
      const mdx = file.endsWith('.mdx');
      expect(shown(new BlockRenderer().render(body, { mdx, firstLine: 12 })), file).toEqual(shown(renderMarkdown(body, { mdx, firstLine: 12 })));
    }
  });

  it('after each keystroke of typing constructs that reach past blank lines into the middle of a text', () => {
    const base = Object.values(TRICKY).slice(0, 12).join('\n\n');
    const at = base.indexOf('Outside');
    const typed = '```\nfenced?\n\n<div>\n\n## Overview\n\n</div>\n\n- x\n\n  y\n\n<!-- c\n\n-->\n\n';
    const renderer = new BlockRenderer();
    for (let length = 0; length <= typed.length; length++) {
      const body = base.slice(0, at) + typed.slice(0, length) + base.slice(at);
      expect(shown(renderer.render(body, { mdx: false })), JSON.stringify(typed.slice(0, length))).toEqual(shown(renderMarkdown(body, { mdx: false })));
    }
  });
});

describe('BlockRenderer on generated texts', () => {
  // Pieces that open, close or continue blocks, joined at random (a fixed seed) by one or more newlines.
  const PIECES = ['# H', '## H', 'Para', 'two\nlines', '- a', '- b', '  cont', '    code', '```', '~~~', '<div>', '</div>', '<details>', '</details>', '<!--', '-->', '<pre>', '</pre>', '> q', '| a |\n|---|\n| 1 |', '1. one', '2) two', '***', '---', '<span>x', '</span>', '`<div>`', '<p>', '\t tab', '<summary>s</summary>', '<table>', '<tr><td>x</td></tr>', '</table>', '<br>', 'text <b>bold', '</b>', '* star', '<script>', '</script>', '<h2>x</h2>', 'a<b', '<?php', '?>', '<!DOCTYPE', '>'];
  const SEPARATORS = ['\n', '\n\n', '\n\n\n', '\n \n'];

  it('renders each as renderMarkdown does, after rendering a part of it first', () => {
    let seed = 12345;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    for (let round = 0; round < 400; round++) {
      const count = 2 + random(10);
      let body = PIECES[random(PIECES.length)] ?? '';
      for (let piece = 1; piece < count; piece++) body += (SEPARATORS[random(SEPARATORS.length)] ?? '\n') + (PIECES[random(PIECES.length)] ?? '');
      const renderer = new BlockRenderer();
      renderer.render(body.slice(0, random(body.length + 1)), { mdx: false });
      expect(shown(renderer.render(body, { mdx: false })), JSON.stringify(body)).toEqual(shown(renderMarkdown(body, { mdx: false })));
    }
  });
});

describe('BlockRenderer parses only what changed', () => {
  it('keeps the blocks of unchanged chunks, moving their lines, and renders the edited one again', () => {
    const renderer = new BlockRenderer();
    const before = renderer.render('First paragraph.\n\n- a\n- b\n\nLast paragraph.', { mdx: false });
    const after = renderer.render('First paragraph,\nnow two lines.\n\n- a\n- b\n\nLast paragraph.', { mdx: false });
    expect(after[0]!.node).not.toBe(before[0]!.node);
    // The same objects: taken from the cache, not parsed again.
    expect(after[1]!.node).toBe(before[1]!.node);
    expect(after[2]!.node).toBe(before[2]!.node);
    expect(after.map((block) => [block.line, block.endLine])).toEqual([
      [1, 2],
      [4, 5],
      [7, 7],
    ]);
  });

  it('numbers a heading again when an edit above adds one with the same name', () => {
    const renderer = new BlockRenderer();
    expect(toHtml(renderer.render('Intro\n\n## Notes', { mdx: false })[1]!.node)).toBe('<h2 id="notes">Notes</h2>');
    const after = renderer.render('## Notes\n\nIntro\n\n## Notes', { mdx: false });
    expect(after.map((block) => toHtml(block.node))).toEqual(['<h2 id="notes">Notes</h2>', '<p>Intro</p>', '<h2 id="notes-1">Notes</h2>']);
    expect(after[2]!.key).not.toBe(after[0]!.key);
  });
});

describe('splitChunks', () => {
  it('splits at blank lines between blocks that cannot go on', () => {
    expect(splitChunks('# A\n\nPara\nstill para\n\n\n> quote')).toEqual([
      { text: '# A', line: 1 },
      { text: 'Para\nstill para', line: 3 },
      { text: '> quote', line: 7 },
    ]);
  });

  it('keeps together what may go on past a blank line', () => {
    expect(splitChunks('- a\n\n- b\n\n    code\n\n```\n\n```\n\n<div>\n\nx\n\n</div>\n\nEnd')?.map((chunk) => chunk.line)).toEqual([1, 7, 11, 17]);
  });

  it('gives up on texts with definitions', () => {
    expect(splitChunks('See [x].\n\n[x]: https://example.com')).toBeNull();
    expect(splitChunks('Note[^1]\n\n  [^1]: text')).toBeNull();
  });
});
