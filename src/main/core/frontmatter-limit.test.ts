import { describe, expect, it } from 'vitest';
import { MAX_FRONTMATTER_LENGTH } from '@shared/frontmatter/frontmatter-limits';
import { parseFrontmatter } from '@shared/frontmatter/parse-frontmatter';
import { parseArticle } from './parse-article';

/** A frontmatter of `count` keys after a title, and a body. */
function withKeys(count: number): string {
  const keys = Array.from({ length: count }, (_, i) => `k${i}: v${i}`).join('\n');
  return `---\ntitle: x\n${keys}\n---\nBody\n`;
}

const LIMIT_MESSAGE = /^The frontmatter is \d+ kB long; Copydesk reads frontmatter of up to 64 kB\. Move long text into the body\.$/;

describe('the frontmatter size limit', () => {
  // Hostile input from issue 15: 100,000 keys (1.4 MB) took two minutes in the yaml
  // package and held the thread; now neither parser is handed it, and both say why.
  it('refuses a frontmatter of 100,000 keys in both parsers, naming the limit', () => {
    const text = withKeys(100_000);
    const edited = parseFrontmatter(text);
    expect(edited.ok ? null : edited.error).toEqual({ code: 'yaml-syntax', message: expect.stringMatching(LIMIT_MESSAGE), line: 2 });
    expect(edited.ok ? '' : edited.error.message).toContain('is 1444 kB long');
    const indexed = parseArticle(text);
    expect(indexed.frontmatter).toBeNull();
    expect(indexed.issues).toEqual([{ code: 'yaml-syntax', message: expect.stringMatching(LIMIT_MESSAGE), line: 2 }]);
    expect(indexed.meta.title).toBe('x');
  });

  it('reads a frontmatter a little under the limit, and refuses one a little over it', () => {
    const sized = (length: number): string => `---\ntitle: x\ndescription: ${'a'.repeat(length - 'title: x\ndescription: \n'.length)}\n---\nBody\n`;
    const under = sized(MAX_FRONTMATTER_LENGTH - 100);
    expect(parseFrontmatter(under).ok).toBe(true);
    expect(parseArticle(under).frontmatter?.title).toBe('x');
    const over = sized(MAX_FRONTMATTER_LENGTH + 100);
    expect(parseFrontmatter(over).ok).toBe(false);
    expect(parseArticle(over).issues.map((issue) => issue.message)).toEqual([expect.stringMatching(LIMIT_MESSAGE)]);
  });
});
