import { describe, expect, it } from 'vitest';
import { retagSkipReasonSchema } from '@shared/retag/plan-summary';
import { reasonText, skipSummary } from './skip-reasons';

describe('reasonText', () => {
  const cases = [
    { reason: 'tags-not-a-list', expected: 'The tag list is a single value, not a list' },
    { reason: 'no-tag-field', expected: 'The file’s collection has no tag list' },
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

describe('skipSummary', () => {
  it('counts per reason, most frequent first', () => {
    const files = [{ reason: 'yaml-syntax' }, { reason: 'no-frontmatter' }, { reason: 'yaml-syntax' }, { reason: 'unreadable' }];
    expect(skipSummary(files)).toEqual([
      { text: 'The frontmatter YAML does not parse', count: 2 },
      { text: 'No frontmatter block at the top of the file', count: 1 },
      { text: 'The file could not be read', count: 1 },
    ]);
  });

  it('counts a missing field per collection, by the message naming it, and other reasons by their words', () => {
    const docs = 'Collection "docs" has no tag list: name one under roles.tags in copydesk.config.json to edit it.';
    const pages = 'Collection "pages" has no tag list: name one under roles.tags in copydesk.config.json to edit it.';
    const files = [
      { reason: 'no-tag-field', message: docs },
      { reason: 'yaml-syntax', message: 'line 2: bad' },
      { reason: 'no-tag-field', message: pages },
      { reason: 'no-tag-field', message: docs },
      { reason: 'yaml-syntax', message: 'line 4: bad' },
      { reason: 'no-tag-field', message: docs },
    ];
    expect(skipSummary(files)).toEqual([
      { text: docs.slice(0, -1), count: 3 },
      { text: 'The frontmatter YAML does not parse', count: 2 },
      { text: pages.slice(0, -1), count: 1 },
    ]);
  });
});
