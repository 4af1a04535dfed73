import { describe, expect, it } from 'vitest';
import { setField, deleteField, editFields, DELETE, type FieldPath } from './edit-frontmatter';
import { applyChanges } from './text-change';
import { readFrontmatter } from './read-frontmatter';
import { lineDiff } from './test-support/line-diff';
import { bom, crlf, ukSeed, valueAt } from './test-support/fixtures';

/**
 * Every field kind of the article schema, edited in the Ukrainian seed. The
 * expected result is described by hand as "at the line starting with `at`,
 * remove `remove` lines and put `add` there" (or just after it, `after`).
 */
interface SeedCase {
  name: string;
  path: FieldPath;
  value: unknown;
  at: string;
  after?: boolean;
  remove: number;
  add: string[];
  /** The value read back from the result (defaults to `value`). */
  read?: unknown;
}

const cases: SeedCase[] = [
  { name: 'text, single-quoted, with apostrophe', path: ['title'], value: "CoreWeave's pivot", at: 'title: ', remove: 1, add: ["title: 'CoreWeave''s pivot'"] },
  { name: 'text, Cyrillic with colon', path: ['title'], value: 'Нова назва: ШІ і майнінг', at: 'title: ', remove: 1, add: ["title: 'Нова назва: ШІ і майнінг'"] },
  { name: 'longtext, multi-line', path: ['description'], value: 'Перший рядок.\nДругий рядок.', at: 'description: ', remove: 1, add: ['description: "Перший рядок.\\nДругий рядок."'] },
  { name: 'datetime, quoted stays quoted', path: ['updatedAt'], value: '2026-02-01T09:30:00.000Z', at: 'updatedAt: ', remove: 1, add: ["updatedAt: '2026-02-01T09:30:00.000Z'"] },
  { name: 'text, plain stays plain', path: ['lang'], value: 'pt-BR', at: 'lang: ', remove: 1, add: ['lang: pt-BR'] },
  { name: 'text, plain that looks like a boolean gets quoted', path: ['lang'], value: 'no', at: 'lang: ', remove: 1, add: ["lang: 'no'"] },
  { name: 'id, quoted number-like stays quoted', path: ['externalId'], value: '57619984', at: 'externalId: ', remove: 1, add: ["externalId: '57619984'"] },
  { name: 'nested text in a group', path: ['source', 'name'], value: 'The Block', at: '  name: ', remove: 1, add: ['  name: The Block'] },
  { name: 'enum', path: ['sentiment'], value: 'NEGATIVE', at: 'sentiment: ', remove: 1, add: ['sentiment: NEGATIVE'] },
  { name: 'tags, append', path: ['tags'], value: ['MINING', 'AI'], at: '  - MINING', after: true, remove: 0, add: ['  - AI'] },
  { name: 'tags, prepend (the list is plain, so plain)', path: ['tags'], value: ['Штучний інтелект', 'MINING'], at: '  - MINING', remove: 0, add: ['  - Штучний інтелект'] },
  { name: 'tags, replace', path: ['tags'], value: ['ETF'], at: '  - MINING', remove: 1, add: ['  - ETF'] },
  { name: 'tags, number-like item quoted', path: ['tags'], value: ['MINING', '2026'], at: '  - MINING', after: true, remove: 0, add: ["  - '2026'"] },
  { name: 'tags, emptied', path: ['tags'], value: [], at: 'tags:', remove: 2, add: ['tags: []'] },
  { name: 'boolean', path: ['draft'], value: true, at: 'draft: ', remove: 1, add: ['draft: true'] },
  { name: 'number, decimal', path: ['score'], value: 0.85, at: 'score: ', remove: 1, add: ['score: 0.85'] },
  { name: 'number, negative', path: ['stickyWeight'], value: -5, at: 'stickyWeight: ', remove: 1, add: ['stickyWeight: -5'] },
  { name: 'number in a group', path: ['ai', 'version'], value: 2, at: '  version: ', remove: 1, add: ['  version: 2'] },
  { name: 'url in a group', path: ['coverImage', 'thumb'], value: 'https://cdn.example.com/t.jpg?w=200&q=80', at: '  thumb: ', remove: 1, add: ["  thumb: 'https://cdn.example.com/t.jpg?w=200&q=80'"] },
  { name: 'url, new key in an existing group', path: ['coverImage', 'medium'], value: 'https://cdn.example.com/m.jpg', at: '  small_s3: ', after: true, remove: 0, add: ["  medium: 'https://cdn.example.com/m.jpg'"] },
  { name: 'url in a brand-new group', path: ['seo', 'canonical'], value: 'https://example.com/uk/coreweave', at: '  version: 1', after: true, remove: 0, add: ['seo:', "  canonical: 'https://example.com/uk/coreweave'"] },
  { name: 'new top-level text', path: ['author'], value: 'Олена Петренко', at: '  version: 1', after: true, remove: 0, add: ["author: 'Олена Петренко'"] },
  { name: 'new top-level list', path: ['keywords'], value: ['ai', 'data centers'], at: '  version: 1', after: true, remove: 0, add: ['keywords:', '  - ai', "  - 'data centers'"] },
  { name: 'null', path: ['category'], value: null, at: 'category: ', remove: 1, add: ['category: null'] },
  { name: 'Date object written as ISO text', path: ['publishedAt'], value: new Date('2026-02-03T04:05:06.000Z'), at: 'publishedAt: ', remove: 1, add: ["publishedAt: '2026-02-03T04:05:06.000Z'"], read: '2026-02-03T04:05:06.000Z' },
  { name: 'delete a field', path: ['updatedAt'], value: DELETE, at: 'updatedAt: ', remove: 1, add: [], read: undefined },
  { name: 'delete a nested field', path: ['coverImage', 'small_s3'], value: DELETE, at: '  small_s3: ', remove: 1, add: [], read: undefined },
  { name: 'delete a group with its children', path: ['coverImage'], value: DELETE, at: 'coverImage:', remove: 7, add: [], read: undefined },
  { name: 'delete a block list', path: ['tags'], value: DELETE, at: 'tags:', remove: 2, add: [], read: undefined },
];

function expectedText(original: string, c: SeedCase): { text: string; removed: string[] } {
  const lines = original.split('\n');
  const index = lines.findIndex((line) => line.startsWith(c.at));
  if (index < 0) throw new Error(`fixture has no line starting with ${c.at}`);
  const from = c.after ? index + 1 : index;
  const removed = lines.splice(from, c.remove, ...c.add);
  return { text: lines.join('\n'), removed };
}

function edit(text: string, c: SeedCase) {
  return c.value === DELETE ? deleteField(text, c.path) : setField(text, c.path, c.value);
}

describe('editing every field kind in the uk seed', () => {
  it.each(cases)('$name', (c) => {
    const result = edit(ukSeed, c);
    if (!result.ok) throw new Error(result.error.message);
    const after = applyChanges(ukSeed, result.changes);
    const expected = expectedText(ukSeed, c);
    expect(after).toBe(expected.text);
    expect(lineDiff(ukSeed, after)).toEqual({ removed: expected.removed, added: c.add });
    const read = readFrontmatter(after);
    expect(read.ok && valueAt(read.data, c.path)).toEqual('read' in c ? c.read : c.value);
  });

  it.each(cases)('$name — CRLF file keeps CRLF everywhere', (c) => {
    const result = edit(crlf(ukSeed), c);
    if (!result.ok) throw new Error(result.error.message);
    expect(applyChanges(crlf(ukSeed), result.changes)).toBe(crlf(expectedText(ukSeed, c).text));
  });

  it.each(cases)('$name — BOM is kept', (c) => {
    const result = edit(bom(ukSeed), c);
    if (!result.ok) throw new Error(result.error.message);
    expect(applyChanges(bom(ukSeed), result.changes)).toBe(bom(expectedText(ukSeed, c).text));
  });

  it('touches only the value text of a scalar, not its key or line', () => {
    const result = setField(ukSeed, ['sentiment'], 'NEUTRAL');
    const at = ukSeed.indexOf('sentiment: POSITIVE') + 'sentiment: '.length;
    expect(result).toEqual({ ok: true, changes: [{ from: at, to: at + 'POSITIVE'.length, insert: 'NEUTRAL' }] });
  });

  it('several edits form one sorted, non-overlapping change set', () => {
    const result = editFields(ukSeed, [
      { path: ['draft'], value: true },
      { path: ['title'], value: 'Short title' },
      { path: ['ai', 'reviewedBy'], value: 'editor' },
      { path: ['tags'], value: ['MINING', 'AI'] },
      { path: ['updatedAt'], value: DELETE },
      { path: ['seo', 'noindex'], value: false },
    ]);
    if (!result.ok) throw new Error(result.error.message);
    for (let i = 1; i < result.changes.length; i++) {
      expect(result.changes[i]!.from).toBeGreaterThan(result.changes[i - 1]!.to);
    }
    const lines = ukSeed.split('\n');
    const at = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix));
    lines.splice(at('  version: 1') + 1, 0, '  reviewedBy: editor', 'seo:', '  noindex: false');
    lines.splice(at('draft: '), 1, 'draft: true');
    lines.splice(at('  - MINING') + 1, 0, '  - AI');
    lines.splice(at('updatedAt: '), 1);
    lines.splice(at('title: '), 1, "title: 'Short title'");
    expect(applyChanges(ukSeed, result.changes)).toBe(lines.join('\n'));
  });
});
