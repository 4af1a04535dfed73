import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canMkfifo, makeFifo, releaseFifo } from '../__fixtures__/fifo';

/*
 * The indexer's and the search snippets' reads are synchronous, so a FIFO
 * named x.md (listed as a file, then swapped) would block the thread that
 * reads it for good: the parse worker, or the main thread for a snippet. Run
 * in a child process, which the test can kill.
 */

const repo = resolve(__dirname, '../../../..');
const child = join(__dirname, '__fixtures__', 'article-file-in-child.ts');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-article-file-'));
});
afterEach(() => {
  releaseFifo(join(root, 'x.md'));
  rmSync(root, { recursive: true, force: true });
});

interface Parsed {
  kind: string;
  record?: { path: string; title: string; size: number; valid: boolean; issues: Array<{ code: string; message: string }> };
}

/** Parses and snippets `x.md` in a child; null when the child had to be killed (the read hung). */
function readInChild(): { known: Parsed; unstated: Parsed; body: string } | null {
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, root, 'x.md'], {
    cwd: repo,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(repo, 'tsconfig.node.json') },
    encoding: 'utf8',
    // Not a speed limit: a child reading a FIFO never ends on its own, and this ends it.
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  if (result.status !== 0) return null;
  return JSON.parse(result.stdout) as { known: Parsed; unstated: Parsed; body: string };
}

describe('parseArticleFile and readBody', () => {
  it('read a regular file (the child works)', () => {
    writeFileSync(join(root, 'x.md'), '---\ntitle: X\n---\nThe body.\n');
    const read = readInChild();
    expect(read?.known.record).toMatchObject({ path: 'x.md', title: 'X' });
    expect(read?.unstated.record).toMatchObject({ path: 'x.md', size: 27 });
    expect(read?.body).toBe('The body.\n');
  });

  it.skipIf(!canMkfifo)('record a FIFO named x.md as unreadable, saying what it is, and give no snippet, instead of blocking', () => {
    makeFifo(join(root, 'x.md'));
    const read = readInChild();
    expect(read).not.toBeNull();
    const issue = { code: 'unreadable', message: 'x.md is a FIFO (named pipe), not a regular file; Copydesk reads and writes only regular files.' };
    expect(read?.known.record).toMatchObject({ path: 'x.md', valid: false, issues: [issue] });
    // Never stat-ed: 0s, which the next scan's stat will not match.
    expect(read?.unstated.record).toMatchObject({ path: 'x.md', size: 0, valid: false, issues: [issue] });
    expect(read?.body).toBe('');
  });
});
