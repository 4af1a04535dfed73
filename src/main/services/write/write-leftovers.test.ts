import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG, makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { Workspace } from '../workspace';
import { STALE_LOCK_MS } from './file-lock';
import { parseWriteLeftover } from './write-names';

const boot = (): number => Math.round(Date.now() / 1000 - uptime());
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid as number;
const lockOf = (pid: number): string => JSON.stringify({ pid, host: hostname(), boot: boot(), token: 't' });

let corpus: TempCorpus;
let ws: Workspace | undefined;
beforeEach(async () => {
  corpus = await makeCorpus();
});
afterEach(async () => {
  await ws?.close();
  ws = undefined;
  await corpus.cleanup();
});

describe('parseWriteLeftover', () => {
  it.each([
    { name: '.etf.en.md.copydesk-0123456789ab.tmp', expected: { kind: 'temp', target: 'etf.en.md' } },
    { name: '.etf.en.md.copydesk.lock', expected: { kind: 'lock', target: 'etf.en.md' } },
    { name: '.etf.en.md.copydesk.lock.break', expected: { kind: 'break', target: 'etf.en.md' } },
    { name: '.a b.mdx.copydesk-ffffffffffff.tmp', expected: { kind: 'temp', target: 'a b.mdx' } },
    { name: 'etf.en.md.copydesk-0123456789ab.tmp', expected: null },
    { name: '.etf.en.md.copydesk-0123.tmp', expected: null },
    { name: '.etf.en.md.copydesk-0123456789AB.tmp', expected: null },
    { name: '.etf.en.md.lock', expected: null },
    { name: '.gitignore', expected: null },
  ])('$name', ({ name, expected }) => {
    expect(parseWriteLeftover(name)).toEqual(expected);
  });
});

describe('opening a folder', () => {
  it('removes the temp and lock files of writes killed midway, and nothing a live writer holds', async () => {
    const folder = join(corpus.root, BLOG, '02');
    const article = readFileSync(join(folder, 'etf.en.md'), 'utf8');
    // A writer killed after writing its temp file: the temp file and its lock, whose process is gone.
    writeFileSync(join(folder, '.etf.en.md.copydesk-0123456789ab.tmp'), 'half a new version');
    writeFileSync(join(folder, '.etf.en.md.copydesk.lock'), lockOf(deadPid()));
    // One killed after taking the lock only, one killed while breaking a stale lock long ago.
    writeFileSync(join(folder, '.orphan.fr.md.copydesk.lock'), lockOf(deadPid()));
    writeFileSync(join(folder, '.broken.en.md.copydesk.lock.break'), '');
    const old = (Date.now() - STALE_LOCK_MS - 1000) / 1000;
    utimesSync(join(folder, '.broken.en.md.copydesk.lock.break'), old, old);
    // A writer of etf.de.md that is running now (this process): its files stay.
    writeFileSync(join(folder, '.etf.de.md.copydesk-abcdefabcdef.tmp'), 'being written');
    writeFileSync(join(folder, '.etf.de.md.copydesk.lock'), lockOf(process.pid));

    ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db') });
    const summary = await ws.index();

    expect(summary.changes.removedLeftovers.sort()).toEqual(
      ['.broken.en.md.copydesk.lock.break', '.etf.en.md.copydesk-0123456789ab.tmp', '.etf.en.md.copydesk.lock', '.orphan.fr.md.copydesk.lock'].map(
        (name) => `${BLOG}/02/${name}`,
      ),
    );
    expect(readdirSync(folder).filter((name) => name.startsWith('.')).sort()).toEqual(['.etf.de.md.copydesk-abcdefabcdef.tmp', '.etf.de.md.copydesk.lock']);
    expect(readFileSync(join(folder, 'etf.en.md'), 'utf8')).toBe(article);
    expect(summary.files).toBe(8);
  });

  const canMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;
  it.skipIf(!canMkfifo)('reports a FIFO named like an article instead of reading it', async () => {
    expect(spawnSync('mkfifo', [join(corpus.root, BLOG, '02', 'pipe.en.md')]).status).toBe(0);
    ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db') });
    const summary = await ws.index();
    expect(summary.changes.notRegularFiles).toEqual([`${BLOG}/02/pipe.en.md`]);
    expect(summary.files).toBe(8);
    expect(existsSync(join(corpus.root, BLOG, '02', 'pipe.en.md'))).toBe(true);
  });
});
