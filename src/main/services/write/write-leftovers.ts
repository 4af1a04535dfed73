import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { breakStaleLock, isStale, readLock } from './file-lock';
import { lockPathFor, parseWriteLeftover } from './write-names';

/**
 * Removes what killed writes left in the folder: the temp files, lock files
 * and breaker files a scan found (relative paths, see write-names.ts).
 * Nothing a live writer still uses is touched: a temp file stays while its
 * target's lock is held by a running process (the writer holds the lock for
 * the temp file's whole life, so a temp file seen with no live lock is an
 * orphan), and a lock or breaker stays until it is stale (file-lock.ts).
 * Returns the paths removed; failures are left for the next scan.
 */
export async function removeWriteLeftovers(root: string, relPaths: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const rel of relPaths) {
    const slash = rel.lastIndexOf('/');
    const leftover = parseWriteLeftover(rel.slice(slash + 1));
    if (leftover === null) continue;
    const abs = join(root, rel);
    const target = join(root, rel.slice(0, slash + 1), leftover.target);
    try {
      if (leftover.kind === 'temp') {
        const lock = readLock(lockPathFor(target));
        if (lock !== null && !isStale(lock)) continue;
        await rm(abs, { force: true });
      } else {
        const lock = readLock(abs);
        if (lock === null || !isStale(lock)) continue;
        if (leftover.kind === 'lock') await breakStaleLock(abs, lock, rel);
        else await rm(abs, { force: true });
        if (readLock(abs) !== null) continue;
      }
      removed.push(rel);
    } catch {
      // Unreadable or not removable now: the next scan tries again.
    }
  }
  return removed;
}
