import { GFM, parser } from '@lezer/markdown';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown-tree';

const stock = parser.configure(GFM);

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
