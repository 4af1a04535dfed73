import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { contentHash } from './content-hash';

export interface WriteFileOptions {
  /**
   * The version the caller last saw: the sha256 hex of the bytes the file must
   * have now, or `null` when the file must NOT exist (a new file, or one
   * deleted on disk that is saved again). Anything else is a `conflict`.
   */
  expectedHash: string | null;
  /** Write whatever is on disk now (the user chose "overwrite"). */
  force?: boolean;
  /** Mode of a new file (default 0o666 less the umask); an existing file keeps its own mode. */
  mode?: number;
  /** The path as the user knows it (workspace-relative), for messages and `error.path`. */
  label?: string;
  /**
   * fsync the folder after the rename (default true). A bulk writer may turn
   * it off and call `syncDirectory` once per folder per batch: the rename is
   * atomic either way, only its durability is deferred to the batch's end.
   */
  syncDirectory?: boolean;
}

export interface WriteFileResult {
  /** sha256 hex of the bytes written. */
  hash: string;
  mtimeMs: number;
}

interface CurrentFile {
  hash: string;
  mode: number;
  uid: number;
  gid: number;
}

/**
 * THE write of Copydesk: every save, `copydesk set`, bulk retag and undo goes
 * through here. Reads the current bytes and refuses with `conflict` when they
 * are not the expected version; otherwise writes a temp file beside the
 * target (dot-prefixed `.tmp`, so the scanner and watcher skip it), fsyncs
 * it, renames it over the target and fsyncs the folder. A reader, or a
 * crash, sees the whole old file or the whole new one, never a mix. The
 * file's mode (and, where allowed, owner) is kept; the temp file is removed
 * on any failure. Unwritable targets throw `forbidden`. When it throws, the
 * target was not replaced.
 */
export async function writeFileAtomic(absPath: string, bytes: Uint8Array, opts: WriteFileOptions): Promise<WriteFileResult> {
  const label = opts.label ?? absPath;
  const current = await readCurrent(absPath, label);
  if (!opts.force) checkVersion(current, opts.expectedHash, label);

  const dir = dirname(absPath);
  const temp = join(dir, `.${basename(absPath)}.copydesk-${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', current?.mode ?? opts.mode ?? 0o666);
    if (current) await keepOwnership(handle, current);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, absPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(error, label);
  }
  // From here on the file IS replaced: nothing below may throw, so a caller never mistakes a done write for a failed one.
  if (opts.syncDirectory !== false) await syncDirectory(dir);
  const mtimeMs = await stat(absPath).then(
    (info) => info.mtimeMs,
    () => Date.now(),
  );
  return { hash: contentHash(bytes), mtimeMs };
}

/** Hash, mode and owner of the file now, or null when there is none. */
async function readCurrent(absPath: string, label: string): Promise<CurrentFile | null> {
  let handle: FileHandle;
  try {
    handle = await open(absPath, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw writeError(error, label);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CopydeskError('bad-input', `${label} is not a file, so it cannot be written.`, { path: label });
    const bytes = await handle.readFile();
    return { hash: contentHash(bytes), mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  } finally {
    await handle.close();
  }
}

function checkVersion(current: CurrentFile | null, expected: string | null, label: string): void {
  if (current === null && expected !== null) {
    throw new CopydeskError('conflict', `${label} was deleted on disk since it was opened. Save again to recreate it, or keep it deleted.`, {
      path: label,
    });
  }
  if (current !== null && expected === null) {
    throw new CopydeskError('conflict', `${label} already exists on disk. Reload it, or overwrite it.`, { path: label });
  }
  if (current !== null && current.hash !== expected) {
    throw new CopydeskError('conflict', `${label} was changed on disk since it was opened. Reload it to see the changes, or overwrite them.`, {
      path: label,
    });
  }
}

/** The temp file is created with the target's mode bits; umask may have dropped some, and the owner is ours. */
async function keepOwnership(handle: FileHandle, current: CurrentFile): Promise<void> {
  await handle.chmod(current.mode);
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (current.uid !== uid || current.gid !== gid) {
    // Only root may give a file away; for anyone else keeping the mode is the best we can do.
    await handle.chown(current.uid, current.gid).catch(() => undefined);
  }
}

/** Makes renames in `dir` durable. Not every platform can fsync a folder (Windows), hence best effort; never throws. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function writeError(error: unknown, label: string): Error {
  if (error instanceof CopydeskError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new CopydeskError('forbidden', `${label} cannot be written (${code}): check the file's and its folder's permissions.`, { path: label });
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new CopydeskError('internal', `${label} was not written: the disk is full (${code}). Nothing was changed.`, { path: label });
  }
  return new CopydeskError('internal', `${label} was not written: ${(error as Error).message}. Nothing was changed.`, { path: label });
}
