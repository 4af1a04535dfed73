import { describe, expect, it } from 'vitest';
import { publicMessage } from './public-message';

describe('publicMessage', () => {
  const cases = [
    {
      name: 'system text inside our sentence',
      message: "2026/01/a.md could not be read (EACCES: permission denied, open '/home/ana/site/2026/01/a.md').",
      expected: '2026/01/a.md could not be read (EACCES).',
    },
    {
      name: 'a rename with two paths',
      message: "Saving failed: EXDEV: cross-device link not permitted, rename '/tmp/x.tmp' -> '/home/ana/site/a.md'",
      expected: 'Saving failed: EXDEV',
    },
    {
      name: 'an absolute folder in a sentence',
      message: 'because the undo journal in /root/.config/Copydesk/journals/0123 could not be written: the disk is full (ENOSPC).',
      expected: 'because the undo journal in 0123 could not be written: the disk is full (ENOSPC).',
    },
    {
      name: 'a quoted path and a path ending a sentence',
      message: "Cannot open '/var/data/index.db'. Moved to /var/data/index.db.corrupt-1.",
      expected: "Cannot open 'index.db'. Moved to index.db.corrupt-1.",
    },
    { name: 'Windows paths', message: 'Cannot write C:\\Users\\ana\\site\\a.md or \\\\nas\\share\\b.md', expected: 'Cannot write a.md or b.md' },
    {
      name: 'relative paths, fractions and and/or stay',
      message: 'Stopped after changing 3 of 5 files in 2026/01/a.md and/or 1/2 of them (ENOSPC).',
      expected: 'Stopped after changing 3 of 5 files in 2026/01/a.md and/or 1/2 of them (ENOSPC).',
    },
  ];
  it.each(cases)('$name', ({ message, expected }) => {
    expect(publicMessage(message)).toBe(expected);
  });
});
