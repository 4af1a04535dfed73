import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CopydeskError } from '@shared/errors';
import { writeFileAtomic } from './write-file-atomic';

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-write-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof CopydeskError ? error.code : `not a CopydeskError: ${String(error)}`;
  }
}

describe('writeFileAtomic', () => {
  const bytesCases = [
    { name: 'BOM and CRLF', bytes: Buffer.from('\uFEFF---\r\ntitle: Ünïcode\r\n---\r\nBody\r\n', 'utf8') },
    { name: 'no final newline', bytes: Buffer.from('---\ntitle: x\n---\nlast line', 'utf8') },
    { name: 'empty file', bytes: Buffer.alloc(0) },
  ];
  it.each(bytesCases)('writes the bytes exactly: $name', async ({ bytes }) => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'old\n');
    const result = await writeFileAtomic(file, bytes, { expectedHash: sha('old\n') });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(result.hash).toBe(sha(bytes));
    expect(result.mtimeMs).toBe(statSync(file).mtimeMs);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  const conflicts = [
    { name: 'the file changed since it was read', disk: 'edited elsewhere\n', expected: sha('as loaded\n') },
    { name: 'a new file already exists', disk: 'someone made it\n', expected: null },
    { name: 'the file was deleted', disk: undefined, expected: sha('as loaded\n') },
  ];
  it.each(conflicts)('refuses with conflict when $name, leaving the disk alone', async ({ disk, expected }) => {
    const file = join(dir, 'a.md');
    if (disk !== undefined) writeFileSync(file, disk);
    expect(await codeOf(writeFileAtomic(file, Buffer.from('mine\n'), { expectedHash: expected }))).toBe('conflict');
    expect(disk === undefined ? existsSync(file) : readFileSync(file, 'utf8')).toBe(disk === undefined ? false : disk);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('overwrites a changed file when forced, and creates a missing one with null', async () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'theirs\n');
    await writeFileAtomic(file, Buffer.from('mine\n'), { expectedHash: sha('stale\n'), force: true });
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    const created = join(dir, 'new.md');
    await writeFileAtomic(created, Buffer.from('fresh\n'), { expectedHash: null });
    expect(readFileSync(created, 'utf8')).toBe('fresh\n');
  });

  it('keeps the file mode, including bits the umask would drop', async () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'old\n');
    for (const mode of [0o600, 0o664, 0o755]) {
      chmodSync(file, mode);
      await writeFileAtomic(file, Buffer.from(`mode ${mode}\n`), { expectedHash: sha(readFileSync(file)) });
      expect(statSync(file).mode & 0o7777).toBe(mode);
    }
  });

  // Root ignores permission bits, so a read-only folder cannot make the rename fail here.
  // An immutable target (chattr +i) refuses the rename even for root, after the temp file exists.
  const canChattr = process.platform === 'linux' && spawnSync('chattr', ['--help']).error === undefined;
  it.skipIf(!canChattr)('removes its temp file when the rename fails (immutable target)', async (ctx) => {
    const file = join(dir, 'locked.md');
    writeFileSync(file, 'old\n');
    const locked = spawnSync('chattr', ['+i', file]);
    // No CAP_LINUX_IMMUTABLE or no support on this file system: nothing to observe, and the report says so.
    if (locked.status !== 0) ctx.skip(`chattr +i failed: ${locked.stderr.toString().trim()}`);
    try {
      expect(await codeOf(writeFileAtomic(file, Buffer.from('new\n'), { expectedHash: sha('old\n'), label: 'locked.md' }))).toBe('forbidden');
      expect(readdirSync(dir)).toEqual(['locked.md']);
      expect(readFileSync(file, 'utf8')).toBe('old\n');
    } finally {
      spawnSync('chattr', ['-i', file]);
    }
  });

  it('is not fooled by a folder where the file should be', async () => {
    expect(await codeOf(writeFileAtomic(dir, Buffer.from('x'), { expectedHash: null, force: true }))).toBe('bad-input');
  });

  // Root may write a 0444 file, and the folder allows the rename: only the mode bits can say "read-only" here.
  it.each([
    { name: 'saved against its version', force: false },
    { name: 'forced', force: true },
  ])('refuses a read-only file with forbidden in a writable folder ($name)', async ({ force }) => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o444);
    expect(await codeOf(writeFileAtomic(file, Buffer.from('new\n'), { expectedHash: sha('old\n'), force, label: 'a.md' }))).toBe('forbidden');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(statSync(file).mode & 0o7777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  const canMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;
  it.skipIf(!canMkfifo)('refuses a FIFO named like an article with bad-input instead of waiting for a writer', async () => {
    const fifo = join(dir, 'x.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const expectedHash of [null, sha('')]) {
      expect(await codeOf(writeFileAtomic(fifo, Buffer.from('new\n'), { expectedHash, label: 'x.md' }))).toBe('bad-input');
    }
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['x.md']);
  });

  it('lets exactly one of several concurrent writers of one version win; the others get conflict', async () => {
    const file = join(dir, 'a.md');
    for (let round = 0; round < 20; round++) {
      const loaded = `version ${round}\n`;
      writeFileSync(file, loaded);
      const attempts = Array.from({ length: 6 }, (_, writer) => Buffer.from(`round ${round} by writer ${writer}\n`));
      const outcomes = await Promise.allSettled(attempts.map((bytes) => writeFileAtomic(file, bytes, { expectedHash: sha(loaded) })));
      const winners = outcomes.flatMap((outcome, writer) => (outcome.status === 'fulfilled' ? [writer] : []));
      expect(winners, `round ${round}`).toHaveLength(1);
      const codes = await Promise.all(outcomes.filter((o) => o.status === 'rejected').map((o) => codeOf(Promise.reject(o.reason))));
      expect(codes).toEqual(Array(5).fill('conflict'));
      expect(readFileSync(file).equals(attempts[winners[0] as number] as Buffer)).toBe(true);
    }
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('queues writers of one file, so each one built on the last sees no conflict', async () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, '0\n');
    // 30 writers each expecting the bytes the previous one writes: the queue keeps their order.
    const writes = Array.from({ length: 30 }, (_, i) => writeFileAtomic(file, Buffer.from(`${i + 1}\n`), { expectedHash: sha(`${i}\n`) }));
    expect((await Promise.allSettled(writes)).map((o) => o.status)).toEqual(Array(30).fill('fulfilled'));
    expect(readFileSync(file, 'utf8')).toBe('30\n');
  });
});
