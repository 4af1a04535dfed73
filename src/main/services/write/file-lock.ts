import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { CopydeskError } from '@shared/errors';
import { breakPathFor, lockPathFor } from './write-names';

/**
 * A lock older than this is taken over whoever holds it. A write holds its
 * lock for milliseconds; this only frees locks whose owner cannot be
 * checked (another host) or whose pid was reused.
 */
export const STALE_LOCK_MS = 60_000;

/** How long a writer waits for a live lock before giving up with `conflict`. */
const MAX_WAIT_MS = 10_000;

/** A boot time further than this from ours (seconds) means the lock was taken before a restart. */
const BOOT_SLACK_S = 30;

/** What a lock file holds: enough to tell whether its owner still runs. */
export interface LockOwner {
  pid: number;
  host: string;
  /** Boot time of the owner's machine, whole seconds since the epoch: a pid is only meaningful within one boot. */
  boot: number;
  /** Tells this lock from a later one of the same process. */
  token: string;
}

/** A lock file as read: its owner (null when it cannot be parsed yet or at all), age and identity. */
export interface LockFile {
  owner: LockOwner | null;
  raw: string;
  ino: number;
  mtimeMs: number;
}

/*
 * Lock files are created, read and removed with synchronous calls, as the
 * scanner lists folders: a few microseconds of local metadata work each,
 * where each fs.promises call is a thread-pool round trip. On a busy
 * machine (bench/write, /dev/shm) the promise version cost about 3 ms per
 * write, this one about 1 ms, as much as a write without a lock.
 */

/** Writers of this process, per path, in arrival order: the tail each new writer waits for. */
const queues = new Map<string, Promise<void>>();

/**
 * Runs `task` while holding the write lock of `absPath`: first in this
 * process (a queue per path, so writers of one file take turns without
 * polling), then across processes (an O_EXCL lock file beside the target,
 * see write-names.ts). A lock whose owner is dead, from an earlier boot, or
 * older than STALE_LOCK_MS is taken over. Throws `conflict` after waiting
 * MAX_WAIT_MS for a live lock, `forbidden` when the folder refuses the lock.
 */
export async function withWriteLock<T>(absPath: string, label: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(absPath) ?? Promise.resolve();
  let done!: () => void;
  const turn = new Promise<void>((resolve) => (done = resolve));
  const tail = previous.then(() => turn);
  queues.set(absPath, tail);
  await previous;
  try {
    const token = await acquireFileLock(absPath, label).catch((error: unknown) => {
      throw lockError(error, label);
    });
    try {
      return await task();
    } finally {
      releaseFileLock(lockPathFor(absPath), token);
    }
  } finally {
    done();
    if (queues.get(absPath) === tail) queues.delete(absPath);
  }
}

/** Creates the lock file of `absPath`, waiting while a live writer holds it; returns the token to release it with. */
async function acquireFileLock(absPath: string, label: string): Promise<string> {
  const lockPath = lockPathFor(absPath);
  const owner = newOwner();
  const content = JSON.stringify(owner);
  const started = Date.now();
  let pause = 2;
  for (;;) {
    if (createExclusive(lockPath, content, label)) return owner.token;
    const held = readLock(lockPath);
    if (held === null) continue;
    if (isStale(held)) {
      await breakStaleLock(lockPath, held, label);
      continue;
    }
    if (Date.now() - started > MAX_WAIT_MS) {
      const who = held.owner ? `process ${held.owner.pid} on ${held.owner.host}` : 'another program';
      throw new CopydeskError('conflict', `${label} is being written by ${who}. Try again in a moment.`, { path: label });
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 50);
  }
}

/** Removes the lock if it is still ours; a lock taken over meanwhile belongs to someone else now. */
function releaseFileLock(lockPath: string, token: string): void {
  try {
    if (readLock(lockPath)?.owner?.token === token) rmSync(lockPath, { force: true });
  } catch {
    // Left for the stale-lock rules and the next scan.
  }
}

/** true when `path` was created with `content`; false when it exists. A lock that could not be filled in is not left behind. */
function createExclusive(path: string, content: string, label: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw lockError(error, label);
  }
  try {
    writeSync(fd, content);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw lockError(error, label);
  }
  closeSync(fd);
  return true;
}

/**
 * Removes a stale lock, under a second lock so that two writers who both
 * saw it stale cannot each remove one (the second would remove the first's
 * new, live lock). Under that lock the file is read again and removed only
 * if it is still the very file judged stale. A breaker lock is held for
 * microseconds; one left by a killed breaker is judged like any lock.
 */
export async function breakStaleLock(lockPath: string, stale: LockFile, label: string): Promise<void> {
  const breakPath = breakPathFor(lockPath);
  if (!createExclusive(breakPath, JSON.stringify(newOwner()), label)) {
    const breaker = readLock(breakPath);
    if (breaker !== null && isStale(breaker)) rmSync(breakPath, { force: true });
    else await new Promise((resolve) => setTimeout(resolve, 1));
    return;
  }
  try {
    const again = readLock(lockPath);
    if (again !== null && again.ino === stale.ino && again.raw === stale.raw) rmSync(lockPath, { force: true });
  } finally {
    rmSync(breakPath, { force: true });
  }
}

/** The lock file now, or null when there is none. */
export function readLock(lockPath: string): LockFile | null {
  let fd: number;
  try {
    fd = openSync(lockPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const info = fstatSync(fd);
    // Only our own small JSON is a lock; anything else under the name is judged by its age alone.
    const raw = info.isFile() && info.size < 4096 ? readFileSync(fd, 'utf8') : '';
    return { owner: parseOwner(raw), raw, ino: info.ino, mtimeMs: info.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a lock may be taken over: too old, or its owner on this machine is
 * gone (its pid no longer runs, or it ran before the last restart). A lock
 * still being filled in reads empty and is judged by its age alone.
 */
export function isStale(lock: LockFile, now: number = Date.now()): boolean {
  if (now - lock.mtimeMs > STALE_LOCK_MS) return true;
  const owner = lock.owner;
  if (owner === null || owner.host !== hostname()) return false;
  if (Math.abs(owner.boot - bootTime()) > BOOT_SLACK_S) return true;
  return !isRunning(owner.pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function newOwner(): LockOwner {
  return { pid: process.pid, host: hostname(), boot: bootTime(), token: randomBytes(8).toString('hex') };
}

function bootTime(): number {
  return Math.round(Date.now() / 1000 - uptime());
}

function parseOwner(raw: string): LockOwner | null {
  try {
    const value = JSON.parse(raw) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.boot === 'number' && typeof value.token === 'string') {
      return { pid: value.pid, host: value.host, boot: value.boot, token: value.token };
    }
  } catch {
    // empty (being written) or not ours
  }
  return null;
}

function lockError(error: unknown, label: string): Error {
  if (error instanceof CopydeskError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new CopydeskError('forbidden', `${label} cannot be written (${code}): check its folder's permissions.`, { path: label });
  }
  return new CopydeskError('internal', `${label} was not written: ${(error as Error).message}. Nothing was changed.`, { path: label });
}
