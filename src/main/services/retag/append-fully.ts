import type { FileHandle } from 'node:fs/promises';

/**
 * Appends all of `bytes` to a file opened for appending. One `write` call
 * may store fewer bytes than asked (a nearly full disk, a file size limit)
 * without an error: the rest is written by further calls. A call that
 * stores nothing throws ENOSPC rather than loop forever.
 */
export async function appendFully(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    if (bytesWritten <= 0) {
      throw Object.assign(new Error('ENOSPC: the write stored no bytes'), { code: 'ENOSPC' });
    }
    done += bytesWritten;
  }
}
