import { describe, expect, it } from 'vitest';
import { parseStatus } from './parse-status';

/* Entries written by hand in the shape `git status --porcelain=v2 -z --branch` prints (git-status(1)). */
const OID = 'ff38e8dec85c4457e56035b5dad8410a29329ad0';
const H = '78981922613b2afb6025042ff6bd878ac1994e85';
const z = (...fields: string[]): string => fields.map((f) => `${f}\0`).join('');

describe('parseStatus', () => {
  const cases = [
    {
      name: 'branch with upstream, ahead and behind',
      input: z(`# branch.oid ${OID}`, '# branch.head main', '# branch.upstream origin/main', '# branch.ab +2 -3'),
      expected: { head: OID, branch: 'main', upstream: 'origin/main', ahead: 2, behind: 3, files: [] },
    },
    {
      name: 'detached HEAD before any upstream',
      input: z(`# branch.oid ${OID}`, '# branch.head (detached)'),
      expected: { head: OID, branch: null, upstream: null, ahead: 0, behind: 0, files: [] },
    },
    {
      name: 'no commit yet',
      input: z('# branch.oid (initial)', '# branch.head main', '? a.md'),
      expected: { head: null, branch: 'main', upstream: null, ahead: 0, behind: 0, files: [{ path: 'a.md', kind: 'untracked', staged: false, unstaged: true }] },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => expect(parseStatus(input)).toEqual(expected));

  it('reads each kind of entry, paths with spaces and non-ASCII letters as they are', () => {
    const files = parseStatus(
      z(
        `1 .M N... 100644 100644 100644 ${H} ${H} 2026/01/a b.md`,
        `1 M. N... 100644 100644 100644 ${H} ${H} 2026/01/staged.md`,
        `1 A. N... 000000 100644 100644 ${'0'.repeat(40)} ${H} new.md`,
        `1 .D N... 100644 100644 000000 ${H} ${H} gone.md`,
        `2 R. N... 100644 100644 100644 ${H} ${H} R100 2026/02/нове ім'я.md`,
        '2026/01/old name.md',
        `u UU N... 100644 100644 100644 100644 ${H} ${H} ${H} both.md`,
        '? drafts/untitled *.md',
        '! ignored.log',
      ),
    ).files;
    expect(files).toEqual([
      { path: '2026/01/a b.md', kind: 'modified', staged: false, unstaged: true },
      { path: '2026/01/staged.md', kind: 'modified', staged: true, unstaged: false },
      { path: 'new.md', kind: 'added', staged: true, unstaged: false },
      { path: 'gone.md', kind: 'deleted', staged: false, unstaged: true },
      { path: "2026/02/нове ім'я.md", kind: 'renamed', staged: true, unstaged: false, origPath: '2026/01/old name.md' },
      { path: 'both.md', kind: 'conflicted', staged: false, unstaged: true },
      { path: 'drafts/untitled *.md', kind: 'untracked', staged: false, unstaged: true },
    ]);
  });
});
