import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sourceContentHash } from './source-content-hash';
import { fixture } from './test-support/fixtures';

/** What services pass as `hash`: hex sha256 of the UTF-8 text. */
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sourceContentHash', () => {
  it('is sha256 of the JSON array [title, description, body], normalised', () => {
    const text = "---\ntitle: 'Hello'\ndescription: Short\nlang: en\n---\n\n## Head  \n\nBody text.\n\n";
    expect(sourceContentHash(text, sha256)).toBe(`sha256:${sha256('["Hello","Short","## Head\\n\\nBody text."]')}`);
  });

  it('hashes an absent description as empty text', () => {
    expect(sourceContentHash('---\ntitle: T\n---\nB\n', sha256)).toBe(`sha256:${sha256('["T","","B"]')}`);
  });

  const original = fixture('coreweave.en.md');
  const base = sourceContentHash(original, sha256);
  const cases = [
    { name: 'a CRLF re-save', text: original.replace(/\n/g, '\r\n'), same: true },
    { name: 'a BOM and trailing spaces', text: `\uFEFF${original.replace(/\.\n/g, '.   \n')}`, same: true },
    { name: 'a new updatedAt', text: original.replace("updatedAt: '2026-01-31T18:29:36.980Z'", "updatedAt: '2026-02-03T09:00:00.000Z'"), same: true },
    { name: 'a re-tag and a new category', text: original.replace('category: MINING', 'category: AI').replace('  - MINING', '  - AI'), same: true },
    { name: 'the title quoted differently', text: original.replace("title: 'CoreWeave shows how crypto-era infrastructure quietly became the backbone of AI.'", 'title: "CoreWeave shows how crypto-era infrastructure quietly became the backbone of AI."'), same: true },
    { name: 'a changed title', text: original.replace('quietly became', 'became'), same: false },
    { name: 'a changed description', text: original.replace('significant transformation', 'big transformation'), same: false },
    { name: 'a changed body word', text: original.replace('pivotal moment', 'decisive moment'), same: false },
    { name: 'a paragraph split in two', text: original.replace('Infrastructure originally designed', 'Infrastructure\n\noriginally designed'), same: false },
  ];
  it.each(cases)('$name: same hash = $same', ({ text, same }) => {
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sourceContentHash(text, sha256) === base).toBe(same);
  });

  it('is null when the frontmatter is missing or unreadable', () => {
    expect(sourceContentHash('Just a body.\n', sha256)).toBeNull();
    expect(sourceContentHash("---\ntitle: 'unclosed\n---\nBody\n", sha256)).toBeNull();
  });
});
