import type { Block } from '@shared/review';
import { alignSequences } from './align-sequences';
import { normalizeText } from './normalize-text';

/** Hex digits kept per block: 64 bits tell a changed block apart, and 20 blocks stay ~400 bytes of frontmatter. */
export const BLOCK_HASH_LENGTH = 16;

/**
 * Short hashes of each block's normalised text, in block order, for
 * `review.blocks`. `hash` must return a hex digest (services pass sha256);
 * its first `BLOCK_HASH_LENGTH` digits are kept.
 */
export function blockHashes(blocks: readonly Block[], hash: (text: string) => string): string[] {
  return blocks.map((block) => hash(normalizeText(block.text)).slice(0, BLOCK_HASH_LENGTH));
}

/**
 * Indices into `newBlocks` of the source blocks changed or added since the
 * hashes in `oldHashes` were recorded. The two hash sequences are aligned
 * (longest common subsequence), so an inserted block marks itself, not every
 * block after it. Removed blocks have no index in `newBlocks` and are not listed.
 */
export function changedBlocks(oldHashes: readonly string[], newBlocks: readonly Block[], hash: (text: string) => string): number[] {
  const current = blockHashes(newBlocks, hash);
  const old = oldHashes.map((h) => h.slice(0, BLOCK_HASH_LENGTH));
  const equal = (i: number, j: number): boolean => old[i] === current[j];
  const steps = alignSequences(old.length, current.length, (i, j) => (equal(i, j) ? 1 : 0), { same: equal });
  const changed: number[] = [];
  for (const step of steps) if (step.a === null && step.b !== null) changed.push(step.b);
  return changed;
}
