import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STALE_LOCK_MS, type LockOwner } from './file-lock';
import { writeFileAtomic } from './write-file-atomic';
import { lockPathFor } from './write-names';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const boot = (): number => Math.round(Date.now() / 1000 - uptime());
/** A pid that ran and has exited (and was reaped). */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid as number;
const owner = (fields: Partial<LockOwner>): string =>
  JSON.stringify({ pid: process.pid, host: hostname(), boot: boot(), token: 'someone-else', ...fields } satisfies LockOwner);

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-lock-'));
  file = join(dir, 'a.md');
  writeFileSync(file, 'old\n');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Puts a lock beside a.md as another writer would have left it, `ageMs` old. */
function leaveLock(content: string, ageMs = 0): void {
  const lock = lockPathFor(file);
  writeFileSync(lock, content);
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(lock, at, at);
}

describe('the write lock', () => {
  const stale = [
    { name: 'its process has exited', content: () => owner({ pid: deadPid() }), ageMs: 0 },
    { name: 'it was taken before the machine restarted', content: () => owner({ boot: boot() - 3600 }), ageMs: 0 },
    { name: 'it is older than the bound, whoever holds it', content: () => owner({ host: 'another-host' }), ageMs: STALE_LOCK_MS + 1000 },
    { name: 'it was never filled in and is older than the bound', content: () => '', ageMs: STALE_LOCK_MS + 1000 },
  ];
  it.each(stale)('is taken over when $name', async ({ content, ageMs }) => {
    leaveLock(content(), ageMs);
    await writeFileAtomic(file, Buffer.from('new\n'), { expectedHash: sha('old\n') });
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  const live = [
    { name: 'a running process on this machine', content: () => owner({}) },
    { name: 'a process on another machine', content: () => owner({ host: 'another-host', pid: deadPid() }) },
    { name: 'a writer still filling it in', content: () => '' },
  ];
  it.each(live)('makes a writer wait while $name holds it, then lets it write', async ({ content }) => {
    leaveLock(content());
    let settled = false;
    const write = writeFileAtomic(file, Buffer.from('new\n'), { expectedHash: sha('old\n') }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    rmSync(lockPathFor(file));
    await write;
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('is released when the write fails, so the next writer goes ahead', async () => {
    await expect(writeFileAtomic(file, Buffer.from('mine\n'), { expectedHash: sha('stale\n') })).rejects.toMatchObject({ code: 'conflict' });
    expect(readdirSync(dir)).toEqual(['a.md']);
    await writeFileAtomic(file, Buffer.from('mine\n'), { expectedHash: sha('old\n') });
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });
});
