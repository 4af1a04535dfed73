import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

/** The whole rendered body as HTML (what React would build from the same hast). */
const html = (markdown: string, mdx = false): string => renderMarkdown(markdown, { mdx }).map((block) => toHtml(block.node)).join('\n');

describe('renderMarkdown: hostile Markdown', () => {
  const cases: { name: string; markdown: string; mdx?: boolean; absent: RegExp[]; present?: RegExp[] }[] = [
    { name: 'a script block', markdown: 'Hi\n\n<script>alert(1)</script>\n', absent: [/<script/i], present: [/HTML block/, /&#x3C;script>alert\(1\)&#x3C;\/script>/] },
    { name: 'an inline script tag', markdown: 'Hi <script>alert(1)</script> there', absent: [/<script/i], present: [/<p>Hi alert\(1\) there<\/p>/] },
    { name: 'an image with onerror', markdown: '<img src=x onerror="alert(1)">', absent: [/<img/i, /<[^>]* onerror=/i], present: [/<code>&#x3C;img src=x onerror="alert\(1\)">/] },
    { name: 'an inline image tag with onerror', markdown: 'Look <img src=x onerror=alert(1)> here', absent: [/<img/i, /onerror/i] },
    { name: 'a javascript: link', markdown: '[x](javascript:alert(1))', absent: [/javascript:/i, /href/], present: [/<a data-line="0">x<\/a>/] },
    { name: 'a JavaScript: link in odd case and with entities', markdown: '[x](JaVaScRiPt&#58;alert(1))', absent: [/javascript/i, /href/] },
    { name: 'a vbscript: link', markdown: '<a href="vbscript:msgbox(1)">x</a>\n\n[y](vbscript:msgbox(1))', absent: [/vbscript/i] },
    { name: 'an iframe', markdown: '<iframe src="https://evil.example/"></iframe>', absent: [/<iframe/i] },
    { name: 'a data: link', markdown: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', absent: [/data:/i, /href/] },
    { name: 'a data: image that is an image', markdown: '![dot](data:image/png;base64,iVBORw0KGgo=)', absent: [], present: [/<img src="data:image\/png;base64,iVBORw0KGgo=" alt="dot" data-line="0">/] },
    { name: 'a data: image that is HTML', markdown: '![x](data:text/html,<script>alert(1)</script>)', absent: [/src=/, /data:/i] },
    { name: 'an svg with a script', markdown: '<svg><script>alert(1)</script></svg>', absent: [/<svg/i, /<script/i] },
    { name: 'an inline svg with onload', markdown: 'a <svg onload=alert(1)></svg> b', absent: [/<svg/i, /onload/i] },
    { name: 'a style tag', markdown: '<style>body{display:none}</style>', absent: [/<style/i] },
    { name: 'an event handler in an autolinked URL', markdown: '<https://example.com/" onmouseover="alert(1)>', absent: [/<a [^>]*onmouseover/i] },
    { name: 'a form', markdown: '<form action="https://evil.example"><input name=q></form>', absent: [/<form/i, /<input/i] },
    { name: 'MDX: an expression', markdown: 'Total: {alert(1)}', mdx: true, absent: [/<script/i], present: [/data-mdx="expression"/, /\{alert\(1\)\} expression \(not run\)/] },
    { name: 'MDX: an export', markdown: "export const x = fetch('https://evil.example')\n\n# Title", mdx: true, absent: [/<script/i], present: [/data-mdx="esm"/, /export const x = fetch\('https:\/\/evil.example'\) \(not run\)/, /<h1 id="title">Title/] },
    { name: 'MDX: an import', markdown: "import Chart from './chart.astro'\n\nText", mdx: true, absent: [/<script/i], present: [/data-mdx="esm"/, /import Chart from '\.\/chart\.astro' \(not run\)/] },
    {
      name: 'MDX: a component with an event handler and a javascript: prop',
      markdown: '<Callout onClick={() => alert(1)} href="javascript:alert(1)">\n\nSome **bold** words\n\n</Callout>',
      mdx: true,
      absent: [/onclick/i, /javascript/i, /href/],
      present: [/<div data-mdx="component">\n<p><span data-mdx-label="">&#x3C;Callout> component<\/span><\/p>/, /<p data-line="2">Some <strong data-line="2">bold<\/strong> words<\/p>/],
    },
    { name: 'MDX: a script element', markdown: '<script>{alert(1)}</script>', mdx: true, absent: [/<script/i], present: [/&#x3C;script> component/] },
    { name: 'MDX: an iframe element', markdown: '<iframe src="https://evil.example/" />', mdx: true, absent: [/<iframe/i, /evil/], present: [/&#x3C;iframe> component/] },
  ];

  for (const { name, markdown, mdx = false, absent, present = [] } of cases) {
    it(`renders ${name} harmlessly`, () => {
      const out = html(markdown, mdx);
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
    expect(html('<!-- editor note -->\n\nText')).toBe('<p>Text</p>');
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
