import { describe, expect, it } from 'vitest';
import { retagSkipReasonSchema } from '@shared/retag/plan-summary';
import { reasonCounts, reasonText } from './skip-reasons';

describe('reasonText', () => {
  const cases = [
    { reason: 'tags-not-a-list', expected: '“tags” is a single value, not a list' },
    { reason: 'changed-since-plan', expected: 'The file changed on disk since the plan was made' },
    { reason: 'edited-since', expected: 'The file was edited after the bulk edit' },
    { reason: 'not-writable', expected: 'The file or its folder is not writable' },
    { reason: 'journal-damaged', expected: 'The saved copy of the old file is damaged' },
    { reason: 'not-a-file', expected: 'A pipe or device has its name now, not a regular file' },
    { reason: 'brand-new-code', expected: 'Brand new code' },
    { reason: undefined, expected: 'Left alone' },
  ];
  it.each(cases)('$reason', ({ reason, expected }) => {
    expect(reasonText(reason)).toBe(expected);
  });

  it('has words for every reason a plan or apply can give', () => {
    for (const reason of retagSkipReasonSchema.options) expect(reasonText(reason), reason).not.toBe(reason);
  });
});

describe('reasonCounts', () => {
  it('counts per reason, most frequent first', () => {
    const files = [{ reason: 'yaml-syntax' }, { reason: 'no-frontmatter' }, { reason: 'yaml-syntax' }, { reason: 'unreadable' }];
    expect(reasonCounts(files)).toEqual([
      { reason: 'yaml-syntax', count: 2 },
      { reason: 'no-frontmatter', count: 1 },
      { reason: 'unreadable', count: 1 },
    ]);
  });
});
