import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { CopydeskError } from '@shared/errors';

/**
 * O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer that
 * may never come (and holds one of libuv's four threads meanwhile). It changes
 * nothing for a regular file. Windows has no such flag and no FIFOs in folders.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a non-regular file is, for messages: "x.md is a FIFO". */
function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isDirectory()) return 'a folder';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** The `bad-input` error for a path that exists but is not a regular file. */
function notRegularFileError(info: Stats, label: string): CopydeskError {
  return new CopydeskError('bad-input', `${label} is ${fileKind(info)}, not a regular file; Copydesk reads and writes only regular files.`, {
    path: label,
  });
}

/** A regular file's bytes and the stat of the very file they were read from. */
export interface RegularFile {
  bytes: Buffer;
  info: Stats;
}

/**
 * Reads `abs` only if it is a regular file, so a FIFO, socket or device named
 * `x.md` is refused (`bad-input`) instead of hanging the read or reading a
 * device. Checked by path first (a device is never opened), and again on the
 * open handle, so a swap between the two is caught. A folder throws the
 * EISDIR error `readFile` would, and a missing file ENOENT, for callers
 * that map those themselves.
 */
export async function readRegularFile(abs: string, label: string): Promise<RegularFile> {
  const before = await stat(abs);
  if (before.isDirectory()) throw isDirError(abs);
  if (!before.isFile()) throw notRegularFileError(before, label);
  const handle = await open(abs, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw isDirError(abs);
    if (!info.isFile()) throw notRegularFileError(info, label);
    return { bytes: await handle.readFile(), info };
  } finally {
    await handle.close();
  }
}

/**
 * `readRegularFile` for code that must stay synchronous (the parser, which
 * runs on worker threads, and search snippets). Here a FIFO would not hold a
 * pool thread but the calling thread itself, forever.
 */
export function readRegularFileSync(abs: string, label: string): RegularFile {
  const before = statSync(abs);
  if (before.isDirectory()) throw isDirError(abs);
  if (!before.isFile()) throw notRegularFileError(before, label);
  const fd = openSync(abs, OPEN_FLAGS);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw isDirError(abs);
    if (!info.isFile()) throw notRegularFileError(info, label);
    return { bytes: readFileSync(fd), info };
  } finally {
    closeSync(fd);
  }
}

function isDirError(abs: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${abs}'`), { code: 'EISDIR', path: abs });
}
