import type { ChannelOutput } from '@shared/ipc/contract';
import type { AlignedPair } from '@shared/review';

type Pair = ChannelOutput<'review.pair'>;

/** Which side of the pair a block list belongs to. */
export type ReviewSide = 'source' | 'target';

/** One block of one side as the editor marks it; offsets are into the file's text. */
export interface SideBlock {
  from: number;
  to: number;
  /** Index of the aligned block on the other side; null when there is none. */
  counterpart: number | null;
  /** `missing`: a source block with no translation; `extra`: a translation block with no source. */
  state: 'match' | 'missing' | 'extra';
  /** The source changed here since approval (only known without git history). */
  changed: boolean;
}

/**
 * Each side's blocks with their counterpart from the alignment, as file
 * offsets (`bodyFrom + block.from`). A block the alignment does not mention
 * counts as unmatched rather than silently paired.
 */
export function pairBlocks(pair: Pair): Record<ReviewSide, SideBlock[]> {
  const source = pair.sourceBody;
  const target = pair.translationBody;
  const toSource = new Map<number, AlignedPair>();
  const toTarget = new Map<number, AlignedPair>();
  for (const row of pair.alignment) {
    if (row.source !== null) toSource.set(row.source, row);
    if (row.target !== null) toTarget.set(row.target, row);
  }
  const changed = new Set(pair.changes?.mode === 'blocks' ? pair.changes.changedBlocks : []);
  return {
    source: (source?.blocks ?? []).map((block, index) => {
      const row = toSource.get(index);
      return {
        from: source ? source.bodyFrom + block.from : block.from,
        to: source ? source.bodyFrom + block.to : block.to,
        counterpart: row?.target ?? null,
        state: row?.target === null || row === undefined ? 'missing' : 'match',
        changed: changed.has(index),
      };
    }),
    target: target.blocks.map((block, index) => {
      const row = toTarget.get(index);
      return {
        from: target.bodyFrom + block.from,
        to: target.bodyFrom + block.to,
        counterpart: row?.source ?? null,
        state: row?.source === null || row === undefined ? 'extra' : 'match',
        changed: false,
      };
    }),
  };
}

/** How the alignment went, for one line of text: "2 paragraphs without a translation, 1 extra". */
export function alignmentSummary(blocks: Record<ReviewSide, SideBlock[]>): { missing: number; extra: number; matched: number } {
  return {
    missing: blocks.source.filter((b) => b.state === 'missing').length,
    extra: blocks.target.filter((b) => b.state === 'extra').length,
    matched: blocks.source.filter((b) => b.state === 'match').length,
  };
}
