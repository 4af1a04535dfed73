import { createHash } from 'node:crypto';

/** sha256 of a file's bytes, lower-case hex: the version stamp every write compares against. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
