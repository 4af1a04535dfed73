import { describe, expect, it } from 'vitest';
import { createOperation, deleteTag, mergeTags, validateOperation, type RetagOperationInput } from './retag-operation';

describe('createOperation', () => {
  it('fills in empty lists and exact matching', () => {
    expect(createOperation({ add: ['AI'] })).toEqual({ add: ['AI'], remove: [], rename: [], matchCase: 'exact' });
  });
  it('keeps category null (remove) apart from undefined (leave)', () => {
    expect(createOperation({ category: null }).category).toBeNull();
    expect('category' in createOperation({})).toBe(false);
  });
});

describe('mergeTags and deleteTag', () => {
  it('merging is renaming every source onto the target, skipping the target itself and repeats', () => {
    expect(mergeTags(['MINING', 'Mining', 'BITCOIN MINING', 'MINING'], 'BITCOIN MINING')).toEqual([
      { from: 'MINING', to: 'BITCOIN MINING' },
      { from: 'Mining', to: 'BITCOIN MINING' },
    ]);
  });
  it('deleting a tag removes it, with the chosen matching', () => {
    expect(deleteTag('mining', 'insensitive')).toEqual({ add: [], remove: ['mining'], rename: [], matchCase: 'insensitive' });
  });
});

const cases: { name: string; op: RetagOperationInput; expected: string[] }[] = [
  { name: 'a plain add is fine', op: { add: ['AI'] }, expected: [] },
  { name: 'merge with insensitive matching is fine', op: { rename: mergeTags(['Mining', 'mining'], 'MINING'), matchCase: 'insensitive' }, expected: [] },
  { name: 'category removal alone is fine', op: { category: null }, expected: [] },
  { name: 'nothing to do', op: {}, expected: ['The operation does nothing: add, remove or rename at least one tag, or set the category.'] },
  { name: 'empty tag', op: { add: ['  '] }, expected: ['Tag to add is empty: type a tag or leave the entry out.'] },
  { name: 'spaces around a tag', op: { remove: [' AI'] }, expected: ['Tag to remove " AI" starts or ends with spaces: write "AI" instead.'] },
  { name: 'line break in a tag', op: { add: ['A\nB'] }, expected: ['Tag to add "A\\nB" contains a line break: it must be one line.'] },
  { name: 'control character', op: { add: ['A\u0007'] }, expected: ['Tag to add "A\\u0007" contains a control character: retype it.'] },
  { name: 'rename to itself', op: { rename: [{ from: 'AI', to: 'AI' }] }, expected: ['Renaming "AI" to itself changes nothing: pick a different new name.'] },
  { name: 'empty new name', op: { rename: [{ from: 'AI', to: '' }] }, expected: ['New tag name is empty: type a tag or leave the entry out.'] },
  { name: 'empty category', op: { category: '' }, expected: ['Category is empty: type a category, or remove the category instead.'] },
  { name: 'added and removed', op: { add: ['AI'], remove: ['AI'] }, expected: ['"AI" is both added and removed (as "AI"): keep only one of the two.'] },
  { name: 'added and removed, insensitive', op: { add: ['AI'], remove: ['ai'], matchCase: 'insensitive' }, expected: ['"AI" is both added and removed (as "ai"): keep only one of the two.'] },
  { name: 'different case is not a clash when exact', op: { add: ['AI'], remove: ['ai'] }, expected: [] },
  { name: 'rename target removed', op: { rename: [{ from: 'A', to: 'B' }], remove: ['B'] }, expected: ['"B" is a new tag name but is also removed (as "B"): drop one of the two.'] },
  { name: 'renamed away but added', op: { rename: [{ from: 'A', to: 'B' }], add: ['A'] }, expected: ['"A" is renamed to "B" but also added: drop one of the two.'] },
  {
    name: 'one tag renamed two ways',
    op: { rename: [{ from: 'A', to: 'B' }, { from: 'A', to: 'C' }] },
    expected: ['"A" is renamed to both "B" and "C": keep one new name.'],
  },
  {
    name: 'rename chain',
    op: { rename: [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }] },
    expected: ['"A" is renamed to "B", which is itself renamed to "C": rename "A" to "C" directly, or run two operations.'],
  },
];

describe('validateOperation', () => {
  it.each(cases)('$name', ({ op, expected }) => {
    expect(validateOperation(createOperation(op))).toEqual(expected);
  });
});
