import { describe, expect, it } from 'vitest';
import { retagTags, type TagItem } from './retag-tags';
import { createOperation, mergeTags, type RetagOperationInput } from './retag-operation';

const items = (...values: (string | number)[]): TagItem[] => values.map((value) => ({ value, text: String(value) }));
const values = (list: TagItem[]) => list.map((item) => item.value);

const cases: { name: string; tags: (string | number)[]; op: RetagOperationInput; expected: (string | number)[] }[] = [
  { name: 'add appends', tags: ['A', 'B'], op: { add: ['C'] }, expected: ['A', 'B', 'C'] },
  { name: 'add skips a tag already there', tags: ['A', 'B'], op: { add: ['A', 'C', 'C'] }, expected: ['A', 'B', 'C'] },
  { name: 'add, exact: another case is another tag', tags: ['Mining'], op: { add: ['MINING'] }, expected: ['Mining', 'MINING'] },
  { name: 'add, insensitive: a variant counts as present', tags: ['Mining'], op: { add: ['MINING'], matchCase: 'insensitive' }, expected: ['Mining'] },
  { name: 'add, insensitive: a spacing variant counts as present', tags: ['BITCOIN  MINING '], op: { add: ['bitcoin mining'], matchCase: 'insensitive' }, expected: ['BITCOIN  MINING '] },
  { name: 'add to no tags', tags: [], op: { add: ['A'] }, expected: ['A'] },
  { name: 'remove drops every match', tags: ['A', 'B', 'A'], op: { remove: ['A'] }, expected: ['B'] },
  { name: 'remove, exact leaves other cases', tags: ['AI', 'ai'], op: { remove: ['AI'] }, expected: ['ai'] },
  { name: 'remove, insensitive drops all variants', tags: ['AI', 'ai', ' Ai', 'ETF'], op: { remove: ['ai'], matchCase: 'insensitive' }, expected: ['ETF'] },
  { name: 'remove the last tag', tags: ['A'], op: { remove: ['A'] }, expected: [] },
  { name: 'rename keeps the position', tags: ['A', 'MINING', 'C'], op: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }] }, expected: ['A', 'BITCOIN MINING', 'C'] },
  { name: 'rename onto a tag present earlier keeps the earlier one', tags: ['BITCOIN MINING', 'X', 'MINING'], op: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }] }, expected: ['BITCOIN MINING', 'X'] },
  { name: 'rename onto a tag present later keeps the renamed one, in its place', tags: ['MINING', 'X', 'BITCOIN MINING'], op: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }] }, expected: ['BITCOIN MINING', 'X'] },
  { name: 'merge several into one', tags: ['Mining', 'AI', 'MINING', 'mining'], op: { rename: mergeTags(['Mining', 'MINING', 'mining'], 'BITCOIN MINING') }, expected: ['BITCOIN MINING', 'AI'] },
  { name: 'insensitive rename fixes the case of every variant', tags: ['mining', 'MINING', 'Mining '], op: { rename: [{ from: 'Mining', to: 'MINING' }], matchCase: 'insensitive' }, expected: ['MINING'] },
  { name: 'renames do not chain', tags: ['A', 'B'], op: { rename: [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }] }, expected: ['B', 'C'] },
  { name: 'untouched duplicates stay', tags: ['A', 'A'], op: { add: ['B'] }, expected: ['A', 'A', 'B'] },
  { name: 'a rename whose target is also added adds nothing more', tags: ['A'], op: { rename: [{ from: 'A', to: 'B' }], add: ['B'] }, expected: ['B'] },
  { name: 'number tags keep their value unless touched', tags: [2026, 'A'], op: { rename: [{ from: 'A', to: 'B' }] }, expected: [2026, 'B'] },
  { name: 'number tags match by their text', tags: [2026, 'A'], op: { remove: ['2026'] }, expected: ['A'] },
];

describe('retagTags', () => {
  it.each(cases)('$name', ({ tags, op, expected }) => {
    expect(values(retagTags(items(...tags), createOperation(op)))).toEqual(expected);
  });
});
