import { describe, expect, it } from 'vitest';
import { existingBlock } from './frontmatter-block';
import { planRepair } from './plan-repair';

const ORIGINAL = "---\n# the newsroom's original\ntitle: 'Hello'\nlang: en\nexternalId: '7'\ntags: [A, B]\nreview:\n  status: approved\ndraft: false\n---\nHello.\n";

describe('existingBlock', () => {
  const cases = [
    { name: 'no frontmatter', text: 'Body.\n', kind: 'none' },
    { name: 'BOM then body', text: '\uFEFFBody.\n', kind: 'none' },
    { name: 'empty block', text: '---\n---\nBody.\n', kind: 'empty' },
    { name: 'only a comment', text: '---\n# nothing\n---\nBody.\n', kind: 'empty' },
    { name: 'unparseable', text: "---\ntitle: 'x\n---\nBody.\n", kind: 'broken' },
    { name: 'a list, not a mapping', text: '---\n- a\n---\nBody.\n', kind: 'broken' },
    { name: 'unclosed, ends at the first blank line', text: '---\ntitle: x\n\nBody.\n', kind: 'broken' },
    { name: 'unclosed without a blank line', text: '---\ntitle: x\nBody.\n', kind: 'unbounded' },
    { name: 'readable', text: '---\ntitle: x\n---\nBody.\n', kind: 'ok' },
  ];
  it.each(cases)('$name → $kind', ({ text, kind }) => {
    expect(existingBlock(text).kind).toBe(kind);
  });

  it('an unclosed block is replaced up to and including its blank line', () => {
    expect(existingBlock('---\ntitle: x\n\nBody.\n')).toMatchObject({ replaced: '---\ntitle: x\n\n', bodyFrom: 14 });
  });
});

describe('planRepair without a model collection', () => {
  const plan = (text: string) => planRepair({ path: 'a.pt.md', text, lang: 'pt', original: { path: 'a.en.md', text: ORIGINAL }, collection: null });

  it('copies every field but the review, sets lang, ai.translatedFrom and draft, and warns', () => {
    const result = plan('Olá.\n');
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe("---\n# the newsroom's original\ntitle: 'Hello'\nlang: pt\nexternalId: '7'\ntags: [A, B]\ndraft: true\nai:\n  translatedFrom: '7'\n---\nOlá.\n");
    expect(result.warnings[0]).toMatch(/No collection/);
  });

  it('keeps a readable file as it is', () => {
    const result = plan('---\ntitle: Olá\n---\nOlá.\n');
    expect(result.ok && result.changed).toBe(false);
  });

  it('refuses when the original has no readable frontmatter', () => {
    const result = planRepair({ path: 'a.pt.md', text: 'Olá.\n', lang: 'pt', original: { path: 'a.en.md', text: 'Hello.\n' }, collection: null });
    expect(result).toEqual({ ok: false, reason: 'The original a.en.md has no readable frontmatter to copy; repair it first.' });
  });
});
