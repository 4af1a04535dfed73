import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileKind, FileStatter } from './stat-files';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-stat-'));
  await mkdir(join(root, 'a/b'), { recursive: true });
  await writeFile(join(root, 'a/one.md'), 'one');
  await writeFile(join(root, 'a/b/two.md'), 'twotwo');
  await utimes(join(root, 'a/b/two.md'), new Date('2024-05-06T07:08:09.000Z'), new Date('2024-05-06T07:08:09.000Z'));
  await symlink(join(root, 'a/one.md'), join(root, 'a/link.md'));
  execFileSync('mkfifo', [join(root, 'a/pipe.md')]);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const paths = ['a/one.md', 'a/b/two.md', 'a/link.md', 'a/pipe.md', 'a/gone.md', 'a/b'];
const expected = {
  kinds: [FileKind.File, FileKind.File, FileKind.Skipped, FileKind.NotRegular, FileKind.Gone, FileKind.Skipped],
  sizes: [3, 6, Number.NaN, Number.NaN, Number.NaN, Number.NaN],
};

describe('FileStatter', () => {
  it.each([
    ['on this thread', { threads: 1 }],
    ['on worker threads, in batches as the paths come', { threads: 2, workersFrom: 1, batch: 2 }],
    ['on worker threads, the last batch at the end', { threads: 3, workersFrom: 4, batch: 4 }],
  ])('%s: files with size and mtime; links, folders, FIFOs and gone paths told apart, in the order given', async (_how, opts) => {
    const failures: unknown[] = [];
    const statter = new FileStatter(root, { ...opts, onWorkerError: (error) => failures.push(error) });
    for (const path of paths) statter.add(path);
    const { paths: order, stats } = await statter.done();
    expect(order).toEqual(paths);
    expect(failures).toEqual([]);
    expect([...stats.kinds]).toEqual(expected.kinds);
    expect([...stats.sizes]).toEqual(expected.sizes);
    expect(stats.mtimes[1]).toBe(Date.parse('2024-05-06T07:08:09.000Z'));
    expect(Number.isNaN(stats.mtimes[2])).toBe(true);
  });

  it('stopped before the end (a walk that failed), drops what the workers had, and neither stats it here nor reports a failure', async () => {
    const failures: unknown[] = [];
    const statter = new FileStatter(root, { threads: 2, workersFrom: 1, batch: 1, onWorkerError: (error) => failures.push(error) });
    for (const path of paths) statter.add(path);
    statter.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(failures).toEqual([]);
  });
});
