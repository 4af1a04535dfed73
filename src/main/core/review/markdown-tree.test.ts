import { GFM, parser } from '@lezer/markdown';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown-tree';

const stock = parser.configure(GFM);

/** Every node of a tree with its offsets. */
function nodes(tree: ReturnType<typeof parseMarkdown>): string {
  const out: string[] = [];
  tree.iterate({ enter: (node) => void out.push(`${node.name}:${node.from}-${node.to}`) });
  return out.join(' ');
}

describe('parseMarkdown', () => {
  it('gives the stock parser’s tree on every short mix of spaces, breaks and inline marks', () => {
    const alphabet = [' ', '\n', '\\', 'a', '*', '`'];
    // All strings of up to 6 characters (56,000), each with a line after it.
    let strings = [''];
    for (let length = 1; length <= 6; length++) {
      strings = strings.flatMap((s) => (s.length === length - 1 ? [s, ...alphabet.map((ch) => s + ch)] : [s]));
    }
    const differing = strings.map((s) => `${s}\nb`).filter((s) => parseMarkdown(s).toString() !== stock.parse(s).toString());
    expect(differing).toEqual([]);
  });

  it('gives the stock parser’s autolinks, node for node and offset for offset', () => {
    const alphabet = ['w', '.', '@', 'h', ':', '/', 'x', ' ', '[', ']', '('];
    let strings = [''];
    for (let length = 1; length <= 5; length++) {
      strings = strings.flatMap((s) => (s.length === length - 1 ? [s, ...alphabet.map((ch) => s + ch)] : [s]));
    }
    const written = [
      'See www.example.com, or https://example.com/a_(b)?q=1). Write to a.b+c@example.org. Or mailto:x@y.zz and xmpp:a@b.cc/res.',
      '[the site www.a.com](http://b.cc) and ![img](https://c.dd/x.png) then <https://e.ff> and a_www.g.hh, xhttp://i.jj, _j@k.ll_',
      '| Site | URL |\n| --- | --- |\n| A | www.a.com |\n| B | b@c.dd |\n\n- item http://x.yy\n  > quote www.q.rr\n\n`www.code.com` \\www.esc.com WWW.UPPER.COM',
      'Mail -a@b.cc, +c@d.ee or .e@f.gg; 0@1.hh and x-y@z.ii-',
      'Nothing to link here, no at sign and no scheme: just words, figures (40,000) and *emphasis*.',
    ];
    const differing = [...strings.map((s) => `${s}\nb`), ...written].filter((s) => nodes(parseMarkdown(s)) !== nodes(stock.parse(s)));
    expect(differing).toEqual([]);
  });

  it('gives the stock parser’s inline tree where it skips plain text, node for node', () => {
    const alphabet = ['a', 'é', 'w', '1', '.', '@', '_', '*', '~', '[', ']', '(', ')', ' ', '&', '<', '!', '\\', '`'];
    let strings = [''];
    for (let length = 1; length <= 4; length++) {
      strings = strings.flatMap((s) => (s.length === length - 1 ? [s, ...alphabet.map((ch) => s + ch)] : [s]));
    }
    const written = [
      'Об’єкт живиться від ГЕС (www.ges.ua) і має 40 000 GPU: пишіть на info@ges.ua або éwww.x.yy',
      'Plain words, then *emphasis*, __strong__, ~~struck~~, `code`, [a link](https://x.yy "t"), ![i](j.png), <b>tag</b> &amp; a\\*b and two  \nlines',
    ];
    const differing = [...strings.map((s) => `${s}\nb`), ...written].filter((s) => nodes(parseMarkdown(s)) !== nodes(stock.parse(s)));
    expect(differing).toEqual([]);
  });

  it('finds hard breaks: two spaces or a backslash before a line break, inside and after other inline text', () => {
    const body = 'one  \ntwo\\\nthree   four  \n*five*  \nsix';
    const breaks: string[] = [];
    parseMarkdown(body).iterate({ enter: (node) => void (node.name === 'HardBreak' && breaks.push(JSON.stringify(body.slice(node.from, node.to)))) });
    expect(breaks).toEqual(['"  \\n"', '"\\\\\\n"', '"  \\n"', '"  \\n"']);
  });

  // Hostile input from issue 15: the stock parser scans the rest of the run from every
  // space (over a minute here; Vitest stops it at its default 5 s timeout).
  it('parses a line of 100,000 spaces between two words as one paragraph without a break', () => {
    const tree = parseMarkdown(`word${' '.repeat(100_000)}word\n`);
    const names: string[] = [];
    tree.iterate({ enter: (node) => void names.push(node.name) });
    expect(names).toEqual(['Document', 'Paragraph']);
  });
});
