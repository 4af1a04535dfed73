import { describe, expect, it } from 'vitest';
import { retagOperationSchema } from '@shared/retag/operation';
import { retagCommitMessage, suggestCommitMessage, undoCommitMessage, type AppAction } from './commit-message';

describe('retagCommitMessage', () => {
  const cases = [
    { op: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }] }, count: 214, expected: 'Rename tag MINING → BITCOIN MINING in 214 articles' },
    { op: { add: ['ETF'] }, count: 1, expected: 'Add tag ETF to 1 article' },
    { op: { remove: ['SPAM', 'OLD'] }, count: 3, expected: 'Remove tags SPAM, OLD from 3 articles' },
    { op: { category: 'BTC' }, count: 2, expected: 'Set category BTC in 2 articles' },
    { op: { rename: [{ from: 'A', to: 'B' }], add: ['C'] }, count: 5, expected: 'Retag 5 articles: rename tag A → B, add tag C' },
  ];
  it.each(cases)('$expected', ({ op, count, expected }) => expect(retagCommitMessage(retagOperationSchema.parse(op), count)).toBe(expected));

  it('names the batch an undo reverts when it is known', () => {
    expect(undoCommitMessage('Add tag ETF to 1 article', 1)).toBe('Undo "Add tag ETF to 1 article"');
    expect(undoCommitMessage(undefined, 4)).toBe('Undo a bulk tag edit in 4 articles');
  });
});

describe('suggestCommitMessage', () => {
  const titles: Record<string, string> = { 'a.uk.md': 'Alpha rises', 'b.en.md': 'Beta falls', 'c.en.md': 'Gamma' };
  const titleOf = async (path: string): Promise<string | null> => titles[path] ?? null;
  const bulk: AppAction = { kind: 'bulk', batch: 'j1', message: 'Rename tag A → B in 2 articles' };
  const cases: Array<{ name: string; writes: Array<{ path: string; action: AppAction }>; expected: string }> = [
    { name: 'nothing', writes: [], expected: '' },
    { name: 'one approval', writes: [{ path: 'a.uk.md', action: { kind: 'approve', lang: 'uk' } }], expected: 'Approve uk translation of Alpha rises' },
    { name: 'one bulk edit of two files', writes: [{ path: 'x.md', action: bulk }, { path: 'y.md', action: bulk }], expected: 'Rename tag A → B in 2 articles' },
    {
      name: 'a bulk edit and an edit',
      writes: [{ path: 'x.md', action: bulk }, { path: 'y.md', action: bulk }, { path: 'b.en.md', action: { kind: 'edit' } }],
      expected: 'Update 3 articles\n\n- Rename tag A → B in 2 articles\n- Edit Beta falls',
    },
    { name: 'an unknown title falls back to the path', writes: [{ path: 'z.md', action: { kind: 'create-translation', lang: 'pt' } }], expected: 'Add pt translation of z.md' },
  ];
  it.each(cases)('$name', async ({ writes, expected }) => expect(await suggestCommitMessage(writes, titleOf)).toBe(expected));
});
