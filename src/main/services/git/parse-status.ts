/**
 * Reads `git status --porcelain=v2 -z --branch --untracked-files=all`:
 * headers `# branch.*`, then one NUL-terminated entry per path — `1` changed,
 * `2` renamed or copied (its original path follows in the next field), `u`
 * unmerged, `?` untracked, `!` ignored. Paths are relative to the
 * repository's top, raw bytes (read as UTF-8), never quoted with -z.
 */

export type GitChangeKind = 'modified' | 'added' | 'deleted' | 'renamed' | 'untracked' | 'conflicted' | 'type-changed';

export interface GitFileChange {
  /** Relative to the repository's top, `/`-separated. */
  path: string;
  kind: GitChangeKind;
  /** The index differs from HEAD (something is staged). */
  staged: boolean;
  /** The work tree differs from the index. */
  unstaged: boolean;
  /** A rename's or copy's source path. */
  origPath?: string;
}

export interface ParsedStatus {
  /** HEAD's commit; null before the first commit. */
  head: string | null;
  /** The branch checked out; null when HEAD is detached. */
  branch: string | null;
  upstream: string | null;
  ahead: number;
  behind: number;
  files: GitFileChange[];
}

function kindOf(xy: string): GitChangeKind {
  const [x = '.', y = '.'] = xy;
  if (x === 'D' || y === 'D') return 'deleted';
  if (x === 'A') return 'added';
  if (x === 'T' || y === 'T') return 'type-changed';
  return 'modified';
}

/** Everything after the first `n` space-separated fields of an entry (the path, which may contain spaces). */
function afterFields(entry: string, n: number): string {
  let at = 0;
  for (let i = 0; i < n; i++) {
    at = entry.indexOf(' ', at) + 1;
    if (at === 0) return '';
  }
  return entry.slice(at);
}

export function parseStatus(output: string): ParsedStatus {
  const status: ParsedStatus = { head: null, branch: null, upstream: null, ahead: 0, behind: 0, files: [] };
  const fields = output.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i] ?? '';
    if (entry === '') continue;
    const type = entry[0];
    if (type === '#') {
      const [, key, ...rest] = entry.split(' ');
      const value = rest.join(' ');
      if (key === 'branch.oid') status.head = value === '(initial)' ? null : value;
      else if (key === 'branch.head') status.branch = value === '(detached)' ? null : value;
      else if (key === 'branch.upstream') status.upstream = value;
      else if (key === 'branch.ab') {
        const match = /^\+(\d+) -(\d+)$/.exec(value);
        status.ahead = Number(match?.[1] ?? 0);
        status.behind = Number(match?.[2] ?? 0);
      }
    } else if (type === '1') {
      const xy = entry.slice(2, 4);
      status.files.push({ path: afterFields(entry, 8), kind: kindOf(xy), staged: xy[0] !== '.', unstaged: xy[1] !== '.' });
    } else if (type === '2') {
      const xy = entry.slice(2, 4);
      const origPath = fields[++i] ?? '';
      status.files.push({ path: afterFields(entry, 9), kind: 'renamed', staged: xy[0] !== '.', unstaged: xy[1] !== '.', origPath });
    } else if (type === 'u') {
      status.files.push({ path: afterFields(entry, 10), kind: 'conflicted', staged: false, unstaged: true });
    } else if (type === '?') {
      status.files.push({ path: entry.slice(2), kind: 'untracked', staged: false, unstaged: true });
    }
  }
  return status;
}
