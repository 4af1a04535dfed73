import type { SourceChanges } from '@shared/ipc/review-contract';
import type { Review } from '@shared/review';
import { changedBlocks, type Block } from '../../core/review';
import { findVersionByContentHash } from './git-history';
import { sha256Hex } from './review-file';

export type { SourceChanges } from '@shared/ipc/review-contract';

export interface SourceChangesInput {
  /** Real absolute path of the source file (for git). */
  sourceAbs: string;
  /** The source's text now. */
  sourceText: string;
  /** The source's body now, split into blocks (the pair analysis has them). */
  sourceBlocks: readonly Block[];
  /** The translation's review; its `sourceHash` names the approved version, `blocks` its per-block hashes. */
  review: Review | null;
}

/**
 * What changed in the source since the translation was approved: the
 * approved text from git history when a commit has it (`git`), else the
 * current source blocks whose hashes are not in `review.blocks` (`blocks`),
 * else `unknown`.
 */
export async function sourceChanges(input: SourceChangesInput): Promise<SourceChanges> {
  const approvedHash = input.review?.sourceHash;
  if (approvedHash !== undefined) {
    const version = await findVersionByContentHash(input.sourceAbs, approvedHash);
    if (version) return { mode: 'git', commit: version.commit, approvedSource: version.text, currentSource: input.sourceText };
  }
  const recorded = input.review?.blocks;
  if (recorded !== undefined) {
    return { mode: 'blocks', changedBlocks: changedBlocks(recorded, input.sourceBlocks, sha256Hex) };
  }
  return { mode: 'unknown' };
}
