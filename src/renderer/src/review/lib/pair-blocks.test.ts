import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/ipc/contract';
import { alignmentSummary, pairBlocks } from './pair-blocks';

type Pair = ChannelOutput<'review.pair'>;

const block = (from: number, to: number) => ({ kind: 'paragraph' as const, from, to, line: 1 });
const file = { path: 'a.uk.md', lang: 'uk', hash: 'h' };

/** Source: three paragraphs; translation: two, the middle one dropped and one added at the end. */
const pair: Pair = {
  translation: file,
  source: { ...file, path: 'a.en.md', lang: 'en', contentHash: null },
  status: 'outdated',
  review: null,
  reviewWarning: null,
  translationBody: { bodyFrom: 20, bodyLine: 4, blocks: [block(0, 5), block(7, 12), block(14, 18)] },
  sourceBody: { bodyFrom: 30, bodyLine: 5, blocks: [block(0, 5), block(7, 12), block(14, 19)] },
  alignment: [
    { source: 0, target: 0, kind: 'match' },
    { source: 1, target: null, kind: 'missing' },
    { source: 2, target: 1, kind: 'match' },
    { source: null, target: 2, kind: 'extra' },
  ],
  checks: [],
  approvalBlockers: [],
  changes: { mode: 'blocks', changedBlocks: [2] },
};

describe('pairBlocks', () => {
  it('gives each side file offsets, counterparts and unmatched states', () => {
    const { source, target } = pairBlocks(pair);
    expect(source).toEqual([
      { from: 30, to: 35, counterpart: 0, state: 'match', changed: false },
      { from: 37, to: 42, counterpart: null, state: 'missing', changed: false },
      { from: 44, to: 49, counterpart: 1, state: 'match', changed: true },
    ]);
    expect(target).toEqual([
      { from: 20, to: 25, counterpart: 0, state: 'match', changed: false },
      { from: 27, to: 32, counterpart: 2, state: 'match', changed: false },
      { from: 34, to: 38, counterpart: null, state: 'extra', changed: false },
    ]);
    expect(alignmentSummary({ source, target })).toEqual({ missing: 1, extra: 1, matched: 2 });
  });

  it('treats a block the alignment leaves out as unmatched', () => {
    const { source } = pairBlocks({ ...pair, alignment: [], changes: null });
    expect(source.map((b) => b.state)).toEqual(['missing', 'missing', 'missing']);
  });
});
