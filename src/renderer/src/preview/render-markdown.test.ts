import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

/** The whole rendered body as HTML (what React would build from the same hast). */
const html = (markdown: string, mdx = false): string => renderMarkdown(markdown, { mdx }).map((block) => toHtml(block.node)).join('\n');

describe('renderMarkdown: raw HTML in a .md file renders sanitized, as the site renders it', () => {
  // Each hostile input and the whole body it renders to, written out by hand.
  const cases: { name: string; markdown: string; expected: string }[] = [
    { name: 'a script block', markdown: 'Hi\n\n<script>alert(1)</script>\n\nBye', expected: '<p>Hi</p>\n<p>Bye</p>' },
    { name: 'an inline script tag', markdown: 'Hi <script>alert(1)</script> there', expected: '<p>Hi  there</p>' },
    { name: 'an svg with a script', markdown: '<svg><script>alert(1)</script></svg>', expected: '<p></p>' },
    { name: 'an inline svg with onload', markdown: 'a <svg onload=alert(1)></svg> b', expected: '<p>a  b</p>' },
    { name: 'an image with onerror', markdown: '<img src=x onerror="alert(1)">', expected: '<img src="x">' },
    {
      name: 'an inline remote image with onerror (the image stays, for the remote-content rule)',
      markdown: 'Look <img src="https://t.example/p.png" onerror=alert(1) alt="p"> here',
      expected: '<p>Look <img src="https://t.example/p.png" alt="p" data-line="0"> here</p>',
    },
    {
      name: 'a javascript: link and a link with target and onclick',
      markdown: '<a href="javascript:alert(1)">x</a> <a href="https://ok.example/" target="_blank" onclick="x()">ok</a>',
      expected: '<p><a data-line="0">x</a> <a href="https://ok.example/" data-line="0">ok</a></p>',
    },
    { name: 'a Markdown javascript: link', markdown: '[x](javascript:alert(1))', expected: '<p><a data-line="0">x</a></p>' },
    { name: 'a JavaScript: link in odd case and with entities', markdown: '[x](JaVaScRiPt&#58;alert(1))', expected: '<p><a data-line="0">x</a></p>' },
    { name: 'vbscript: links', markdown: '<a href="vbscript:msgbox(1)">x</a>\n\n[y](vbscript:msgbox(1))', expected: '<p><a data-line="0">x</a></p>\n<p><a data-line="0">y</a></p>' },
    { name: 'an iframe', markdown: '<iframe src="https://evil.example/"></iframe>\n\nAfter', expected: '<p>After</p>' },
    { name: 'a style tag', markdown: 'Before\n\n<style>body{display:none}</style>\n\nAfter', expected: '<p>Before</p>\n<p>After</p>' },
    {
      name: 'a form (its controls go; a raw checkbox stays disabled)',
      markdown: '<form action="https://evil.example" method="post">\n<input name=q><input type=checkbox checked><textarea>t</textarea><select><option>o</option></select><button>Go</button>\n</form>',
      expected: '<input type="checkbox" checked disabled>',
    },
    { name: 'an object with an embed', markdown: '<object data="x.swf"><param name="movie" value="x.swf"><embed src="x.swf"></object>', expected: '<p></p>' },
    {
      name: 'a picture whose <source> would fetch past the remote-content rule',
      markdown: '<picture><source srcset="https://t.example/a.webp"><img src="https://t.example/a.png" alt="a"></picture>',
      expected: '<p><picture data-line="0"><img src="https://t.example/a.png" alt="a" data-line="0"></picture></p>',
    },
    {
      name: 'ids and names that would shadow the page’s globals, and an access key',
      markdown: '<div id="api" name="querySelector" accesskey="l">\n\n# Title\n\n</div>',
      expected: '<div id="user-content-api" name="user-content-querySelector">\n<h1 data-line="2" id="title">Title</h1>\n</div>',
    },
    { name: 'an event handler in an autolinked URL', markdown: '<https://example.com/" onmouseover="alert(1)>', expected: '<p>&#x3C;<a href="https://example.com/" data-line="0">https://example.com/</a>" onmouseover="alert(1)></p>' },
    { name: 'a data: link', markdown: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', expected: '<p><a data-line="0">x</a></p>' },
    { name: 'a data: image that is an image', markdown: '![dot](data:image/png;base64,iVBORw0KGgo=)', expected: '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" data-line="0"></p>' },
    { name: 'a data: image that is HTML', markdown: '![x](data:text/html,<script>alert(1)</script>)', expected: '<p><img alt="x" data-line="0"></p>' },
    {
      name: 'a <details> block (allowed, with its Markdown inside)',
      markdown: '<details open>\n<summary>More</summary>\n\nHidden **text**\n\n</details>\n\nAfter',
      expected: '<details open>\n<summary data-line="1">More</summary>\n<p data-line="3">Hidden <strong data-line="3">text</strong></p>\n</details>\n<p>After</p>',
    },
    {
      name: 'a <table> (allowed, without handlers or styles)',
      markdown: '<table>\n<tr><th>a</th><td onclick="x()" style="color:red" colspan="2">2</td></tr>\n</table>',
      expected: '<table>\n<tbody><tr data-line="1"><th data-line="1">a</th><td colspan="2" data-line="1">2</td></tr>\n</tbody></table>',
    },
    { name: 'inline tags the site keeps', markdown: 'a <sup>1</sup> <kbd>Ctrl</kbd> b', expected: '<p>a <sup data-line="0">1</sup> <kbd data-line="0">Ctrl</kbd> b</p>' },
    { name: 'a heading with its own id next to a slugged one', markdown: '<h2 id="own">Own</h2>\n\n## Slug', expected: '<h2 id="user-content-own">Own</h2>\n<h2 id="slug">Slug</h2>' },
  ];

  for (const { name, markdown, expected } of cases) {
    it(`renders ${name}`, () => {
      expect(html(markdown)).toBe(expected);
    });
  }
});

describe('renderMarkdown: hostile MDX', () => {
  const cases: { name: string; markdown: string; absent: RegExp[]; present?: RegExp[] }[] = [
    { name: 'an expression', markdown: 'Total: {alert(1)}', absent: [/<script/i], present: [/data-mdx="expression"/, /\{alert\(1\)\} expression \(not run\)/] },
    { name: 'an export', markdown: "export const x = fetch('https://evil.example')\n\n# Title", absent: [/<script/i], present: [/data-mdx="esm"/, /export const x = fetch\('https:\/\/evil.example'\) \(not run\)/, /<h1 id="title">Title/] },
    { name: 'an import', markdown: "import Chart from './chart.astro'\n\nText", absent: [/<script/i], present: [/data-mdx="esm"/, /import Chart from '\.\/chart\.astro' \(not run\)/] },
    {
      name: 'a component with an event handler and a javascript: prop',
      markdown: '<Callout onClick={() => alert(1)} href="javascript:alert(1)">\n\nSome **bold** words\n\n</Callout>',
      absent: [/onclick/i, /javascript/i, /href/],
      present: [/<div data-mdx="component">\n<p><span data-mdx-label="">&#x3C;Callout> component<\/span><\/p>/, /<p data-line="2">Some <strong data-line="2">bold<\/strong> words<\/p>/],
    },
    { name: 'a script element', markdown: '<script>{alert(1)}</script>', absent: [/<script/i], present: [/&#x3C;script> component/] },
    { name: 'an iframe element', markdown: '<iframe src="https://evil.example/" />', absent: [/<iframe/i, /evil/], present: [/&#x3C;iframe> component/] },
    { name: 'a details element (JSX, so a placeholder)', markdown: '<details>\n\nText\n\n</details>', absent: [/<details/i], present: [/&#x3C;details> component/] },
  ];

  for (const { name, markdown, absent, present = [] } of cases) {
    it(`renders ${name} harmlessly`, () => {
      const out = html(markdown, true);
      for (const pattern of absent) expect(out).not.toMatch(pattern);
      for (const pattern of present) expect(out).toMatch(pattern);
    });
  }

  it('shows an MDX file that does not parse as an error, not half-rendered', () => {
    const blocks = renderMarkdown('# Title\n\n<Callout>\n\nnever closed', { mdx: true, firstLine: 5 });
    expect(blocks).toHaveLength(1);
    expect(toHtml(blocks[0]!.node)).toMatch(/^<div data-mdx="error">This MDX does not parse, so it is not shown: .*Callout/);
  });

  it('treats {braces} and <Tags> in a .md file as text, not MDX', () => {
    expect(html('Use {x} and <Callout> here')).toBe('<p>Use {x} and  here</p>');
  });
});

describe('renderMarkdown: what the site renders', () => {
  it('renders GFM: tables, strikethrough, task lists, autolinks, footnotes', () => {
    const out = html('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ www.example.com\n\n- [x] done\n- [ ] todo\n\nNote[^n]\n\n[^n]: The note.');
    expect(out).toContain('<table>');
    expect(out).toContain('<td data-line="2">1</td>');
    expect(out).toContain('<del data-line="0">gone</del>');
    expect(out).toContain('<a href="http://www.example.com" data-line="0">www.example.com</a>');
    expect(out).toContain('<li class="task-list-item" data-line="0"><input type="checkbox" checked disabled> done</li>');
    expect(out).toContain('<a href="#user-content-fn-n" id="user-content-fnref-n" data-footnote-ref');
    expect(out).toContain('<li id="user-content-fn-n"');
  });

  it('gives headings slug ids, numbered when repeated, like Astro', () => {
    expect(html('# São Paulo, 2026!\n\n## Overview\n\n## Overview')).toBe(
      '<h1 id="são-paulo-2026">São Paulo, 2026!</h1>\n<h2 id="overview">Overview</h2>\n<h2 id="overview-1">Overview</h2>',
    );
  });

  it('keeps https and relative images and links', () => {
    expect(html('![a](https://example.com/a.png) ![b](./b.png) [c](/posts/c) [d](mailto:d@example.com)')).toBe(
      '<p><img src="https://example.com/a.png" alt="a" data-line="0"> <img src="./b.png" alt="b" data-line="0"> <a href="/posts/c" data-line="0">c</a> <a href="mailto:d@example.com" data-line="0">d</a></p>',
    );
  });

  it('drops HTML comments', () => {
    expect(html('<!-- editor note -->\n\nText <!-- inline --> more')).toBe('<p>Text  more</p>');
  });
});

describe('renderMarkdown: blocks and lines', () => {
  it('gives each top-level block its file line, and nested elements their line within the block', () => {
    const blocks = renderMarkdown('# Title\n\nFirst paragraph\nstill first.\n\n- one\n- two\n  - nested\n', { mdx: false, firstLine: 20 });
    expect(blocks.map((block) => [block.node.tagName, block.line, block.endLine])).toEqual([
      ['h1', 20, 20],
      ['p', 22, 23],
      ['ul', 25, 27],
    ]);
    expect(toHtml(blocks[2]!.node)).toBe('<ul>\n<li data-line="0">one</li>\n<li data-line="1">two\n<ul data-line="2">\n<li data-line="2">nested</li>\n</ul>\n</li>\n</ul>');
  });

  it('keeps a block’s key when only the text above it changes', () => {
    const before = renderMarkdown('Intro.\n\n- a\n- b\n', { mdx: false });
    const after = renderMarkdown('Intro,\nnow two lines.\n\n- a\n- b\n', { mdx: false });
    expect(after[1]!.key).toBe(before[1]!.key);
    expect(after[1]!.line).toBe(before[1]!.line + 1);
    expect(after[0]!.key).not.toBe(before[0]!.key);
  });
});
