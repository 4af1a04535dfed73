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
  it.skipIf(!canChattr)('removes its temp file when the rename fails (immutable target)', async () => {
    const file = join(dir, 'locked.md');
    writeFileSync(file, 'old\n');
    const locked = spawnSync('chattr', ['+i', file]);
    if (locked.status !== 0) {
      // No CAP_LINUX_IMMUTABLE or no support on this file system: nothing to observe.
      console.warn(`skipped: chattr +i failed (${locked.stderr.toString().trim()})`);
      return;
    }
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
});
