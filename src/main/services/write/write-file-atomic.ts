import { constants } from 'node:fs';
import { access, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { readRegularFile } from '../read-regular-file';
import { contentHash } from './content-hash';
import { withWriteLock } from './file-lock';
import { tempPathFor } from './write-names';

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
 * through here. Holds the file's write lock (file-lock.ts: in this process
 * and across processes) from the read to the rename, so of writers that
 * loaded the same version exactly one wins and the others get `conflict`.
 * Under the lock it reads the current bytes and refuses with `conflict` when
 * they are not the expected version; otherwise writes a temp file beside the
 * target (dot-prefixed `.tmp`, so the scanner and watcher skip it), fsyncs
 * it, renames it over the target and fsyncs the folder. A reader, or a
 * crash, sees the whole old file or the whole new one, never a mix. The
 * file's mode (and, where allowed, owner) is kept; the temp file is removed
 * on any failure. Unwritable targets throw `forbidden`, read-only files
 * included even though their folder would allow the rename; anything but a
 * regular file is `bad-input`. When it throws, the target was not replaced.
 */
export function writeFileAtomic(absPath: string, bytes: Uint8Array, opts: WriteFileOptions): Promise<WriteFileResult> {
  const label = opts.label ?? absPath;
  return withWriteLock(absPath, label, () => writeLocked(absPath, bytes, opts, label));
}

async function writeLocked(absPath: string, bytes: Uint8Array, opts: WriteFileOptions, label: string): Promise<WriteFileResult> {
  const current = await readCurrent(absPath, label);
  if (current !== null && !(await isWritable(absPath, current.mode))) {
    throw new CopydeskError(
      'forbidden',
      `${label} is read-only (mode ${current.mode.toString(8).padStart(4, '0')}), so it was not changed. Make it writable to save it.`,
      { path: label },
    );
  }
  if (!opts.force) checkVersion(current, opts.expectedHash, label);

  const dir = dirname(absPath);
  const temp = tempPathFor(absPath);
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

/** Hash, mode and owner of the file now, or null when there is none. Never opens anything but a regular file. */
async function readCurrent(absPath: string, label: string): Promise<CurrentFile | null> {
  try {
    const { bytes, info } = await readRegularFile(absPath, label);
    return { hash: contentHash(bytes), mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') throw new CopydeskError('bad-input', `${label} is a folder, not a file, so it cannot be written.`, { path: label });
    throw writeError(error, label);
  }
}

/**
 * Whether the person may change the file itself, not only its folder: a
 * rename would replace a read-only file all the same. Root may write
 * anything, so for root (and where there are no uids) the mode bits say
 * what was meant; for anyone else `access` also weighs owner, group and ACLs.
 */
async function isWritable(absPath: string, mode: number): Promise<boolean> {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return (mode & 0o222) !== 0;
  return access(absPath, constants.W_OK).then(
    () => true,
    () => false,
  );
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
