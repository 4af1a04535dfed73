import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/*
 * The files a write puts beside its target for a moment. All are
 * dot-prefixed and none ends in a Markdown extension, so the scanner never
 * lists them and the watcher ignores them; a kill can leave them behind,
 * and the next scan of the folder removes them (write-leftovers.ts).
 */

/** `.a.md.copydesk-<12 hex>.tmp`: the new bytes, renamed over `a.md` once synced. */
export function tempPathFor(absPath: string): string {
  return join(dirname(absPath), `.${basename(absPath)}.copydesk-${randomBytes(6).toString('hex')}.tmp`);
}

/** `.a.md.copydesk.lock`: held by the one writer of `a.md` (file-lock.ts). */
export function lockPathFor(absPath: string): string {
  return join(dirname(absPath), `.${basename(absPath)}.copydesk.lock`);
}

/** `.a.md.copydesk.lock.break`: held for a moment by whoever removes a stale lock of `a.md`. */
export function breakPathFor(lockPath: string): string {
  return `${lockPath}.break`;
}

export type WriteLeftoverKind = 'temp' | 'lock' | 'break';

const LEFTOVER = /^\.(.+)\.copydesk(?:-[0-9a-f]{12}\.(tmp)|\.(lock)(\.break)?)$/;

/** Which write file a folder entry's name is, and the name of the file it was for; null for any other name. */
export function parseWriteLeftover(name: string): { kind: WriteLeftoverKind; target: string } | null {
  const match = LEFTOVER.exec(name);
  if (match === null) return null;
  const target = match[1] as string;
  if (match[2] !== undefined) return { kind: 'temp', target };
  return { kind: match[4] !== undefined ? 'break' : 'lock', target };
}
