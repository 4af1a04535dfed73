import { describe, expect, it } from 'vitest';
import { describeDraft, draftToOperation, emptyDraft } from './operation-draft';
import { retagLabels } from './role-labels';

describe('draftToOperation', () => {
  const cases = [
    {
      name: 'add trims and drops duplicates',
      draft: emptyDraft('add', { tags: [' AI ', 'AI', '', 'ETF'] }),
      expected: { ok: true, operation: { add: ['AI', 'ETF'], matchCase: 'exact' } },
    },
    {
      name: 'remove ignoring case',
      draft: emptyDraft('remove', { tags: ['mining'], matchCase: 'insensitive' }),
      expected: { ok: true, operation: { remove: ['mining'], matchCase: 'insensitive' } },
    },
    {
      name: 'rename',
      draft: emptyDraft('rename', { from: 'MINING', to: ' BITCOIN MINING ' }),
      expected: { ok: true, operation: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }], matchCase: 'exact' } },
    },
    {
      name: 'merge leaves out the target itself',
      draft: emptyDraft('merge', { tags: ['Mining', 'MINING', 'mining'], to: 'MINING' }),
      expected: {
        ok: true,
        operation: {
          rename: [
            { from: 'Mining', to: 'MINING' },
            { from: 'mining', to: 'MINING' },
          ],
          matchCase: 'exact',
        },
      },
    },
    { name: 'set category', draft: emptyDraft('category', { category: ' MARKETS ' }), expected: { ok: true, operation: { category: 'MARKETS' } } },
    { name: 'remove the category', draft: emptyDraft('category', { clearCategory: true }), expected: { ok: true, operation: { category: null } } },
  ];
  it.each(cases)('$name', ({ draft, expected }) => {
    expect(draftToOperation(draft)).toEqual(expected);
  });

  const incomplete = [
    { name: 'add without tags', draft: emptyDraft('add', { tags: ['  '] }), problem: /at least one tag to add/ },
    { name: 'rename without a new name', draft: emptyDraft('rename', { from: 'A' }), problem: /new name/ },
    { name: 'rename to itself', draft: emptyDraft('rename', { from: 'A', to: 'A ' }), problem: /already called that/ },
    { name: 'merge without a target', draft: emptyDraft('merge', { tags: ['A'] }), problem: /merge into/ },
    { name: 'merge of the target alone', draft: emptyDraft('merge', { tags: ['A'], to: 'A' }), problem: /other than “A”/ },
    { name: 'category left empty', draft: emptyDraft('category'), problem: /Type the category/ },
  ];
  it.each(incomplete)('refuses $name with a reason', ({ draft, problem }) => {
    const result = draftToOperation(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});

describe('describeDraft', () => {
  const cases = [
    { draft: emptyDraft('rename', { from: 'MINING', to: 'BITCOIN MINING' }), expected: 'Rename “MINING” → “BITCOIN MINING”' },
    { draft: emptyDraft('merge', { tags: ['Mining'], to: 'MINING', matchCase: 'insensitive' }), expected: 'Merge “Mining” into “MINING” (ignoring case)' },
    { draft: emptyDraft('add', { tags: ['A', 'B'] }), expected: 'Add “A”, “B”' },
    { draft: emptyDraft('category', { category: 'X', matchCase: 'insensitive' }), expected: 'Set category “X”' },
    { draft: emptyDraft('category', { clearCategory: true }), expected: 'Remove the category' },
  ];
  it.each(cases)('$expected', ({ draft, expected }) => {
    expect(describeDraft(draft)).toBe(expected);
  });

  it('names the site’s category field when it is not called category', () => {
    const labels = retagLabels({ tags: ['keywords'], category: ['section'] });
    expect(describeDraft(emptyDraft('category', { category: 'news' }), labels)).toBe('Set section “news”');
    expect(describeDraft(emptyDraft('category', { clearCategory: true }), labels)).toBe('Remove the section');
    expect(describeDraft(emptyDraft('remove'), labels)).toBe('Remove keywords');
  });
});
