import { describe, expect, it } from 'vitest';
import type { AlignedPair, Block } from '@shared/review';
import { alignBlocks } from './align-blocks';
import { splitBlocks } from './split-blocks';
import { bodyOf, fixture } from './test-support/fixtures';

const en = bodyOf(fixture('coreweave.en.md'));
const uk = bodyOf(fixture('coreweave.uk.md'));
const enBlocks = splitBlocks(en);
const ukBlocks = splitBlocks(uk);

const match = (source: number, target: number): AlignedPair => ({ source, target, kind: 'match' });
const missing = (source: number): AlignedPair => ({ source, target: null, kind: 'missing' });
const extra = (target: number): AlignedPair => ({ source: null, target, kind: 'extra' });

/** Rebuilds a body from the uk seed's blocks in the given order (indices into the seed's blocks). */
function ukWith(order: (number | string)[]): string {
  return order.map((item) => (typeof item === 'string' ? item : (ukBlocks[item]?.text ?? ''))).join('\n\n') + '\n';
}

/** Every block of both sides exactly once, and only blocks of one kind paired. */
function expectWellFormed(pairs: AlignedPair[], source: Block[], target: Block[]): void {
  const s = pairs.flatMap((p) => (p.source === null ? [] : [p.source]));
  const t = pairs.flatMap((p) => (p.target === null ? [] : [p.target]));
  expect(s).toEqual(source.map((_, i) => i));
  expect(t).toEqual(target.map((_, i) => i));
  for (const p of pairs) {
    if (p.kind === 'match') expect(source[p.source ?? -1]?.kind).toBe(target[p.target ?? -1]?.kind);
  }
}

describe('alignBlocks on the seed and its English original', () => {
  it('pairs every block of a faithful translation one to one', () => {
    expect(enBlocks).toHaveLength(15);
    expect(alignBlocks(enBlocks, ukBlocks)).toEqual(Array.from({ length: 15 }, (_, i) => match(i, i)));
  });

  it('reports a dropped middle paragraph as missing and still pairs the rest', () => {
    // uk without block 4, the second of the three paragraphs under the second heading.
    const target = splitBlocks(ukWith([0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]));
    const pairs = alignBlocks(enBlocks, target);
    expect(pairs).toEqual([
      match(0, 0), match(1, 1), match(2, 2), match(3, 3), missing(4), match(5, 4),
      match(6, 5), match(7, 6), match(8, 7), match(9, 8), match(10, 9), match(11, 10), match(12, 11), match(13, 12), match(14, 13),
    ]);
  });

  it('reports a dropped first paragraph of a section as missing', () => {
    const target = splitBlocks(ukWith([0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14]));
    expect(alignBlocks(enBlocks, target)).toEqual([
      match(0, 0), match(1, 1), match(2, 2), match(3, 3), match(4, 4), match(5, 5),
      match(6, 6), missing(7), match(8, 7), match(9, 8), match(10, 9), match(11, 10), match(12, 11), match(13, 12), match(14, 13),
    ]);
  });

  it('reports an added paragraph as extra', () => {
    const added = 'Редакція звернулася до CoreWeave по коментар, але відповіді не отримала.';
    const target = splitBlocks(ukWith([0, 1, 2, 3, 4, 5, 6, 7, added, 8, 9, 10, 11, 12, 13, 14]));
    expect(alignBlocks(enBlocks, target)).toEqual([
      match(0, 0), match(1, 1), match(2, 2), match(3, 3), match(4, 4), match(5, 5),
      match(6, 6), match(7, 7), extra(8), match(8, 9), match(9, 10), match(10, 11), match(11, 12), match(12, 13), match(13, 14), match(14, 15),
    ]);
  });

  it('shows a moved section as missing + extra instead of pairing the wrong sections', () => {
    // "Від автора" (blocks 6–8) moved before "Перехід…" (blocks 2–5).
    const order = [0, 1, 6, 7, 8, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14];
    const target = splitBlocks(ukWith(order));
    const pairs = alignBlocks(enBlocks, target);
    expectWellFormed(pairs, enBlocks, target);
    for (const p of pairs) if (p.kind === 'match') expect(order[p.target ?? -1]).toBe(p.source);
    const unpaired = pairs.filter((p) => p.kind === 'missing').map((p) => p.source);
    // Either section can be the one that "moved"; both readings are right, a mix is not.
    expect([[2, 3, 4, 5], [6, 7, 8]]).toContainEqual(unpaired);
    expect(pairs.filter((p) => p.kind === 'extra')).toHaveLength(unpaired.length);
  });
});

describe('alignBlocks', () => {
  const cases = [
    {
      name: 'identical code is an anchor; prose never pairs with code',
      source: 'Intro text here.\n\n```sh\nnpm test\n```\n\nClosing words.\n',
      target: '```sh\nnpm test\n```\n\nВступ тут.\n\nЗавершальні слова.\n',
      expected: [missing(0), match(1, 0), match(2, 1), extra(2)],
    },
    {
      name: 'headings of different levels never pair; their sections are missing and extra',
      source: '## A\n\nOne sentence.\n\n### B\n\nTwo sentences. Here.\n',
      target: '## А\n\nОдне речення.\n\n## Б\n\nДва речення. Тут.\n',
      expected: [match(0, 0), match(1, 1), missing(2), missing(3), extra(2), extra(3)],
    },
    {
      name: 'text before the first heading pairs with the other side\'s',
      source: 'Lead paragraph.\n\n## Part\n\nBody.\n',
      target: 'Вступ.\n\n## Частина\n\nТекст.\n',
      expected: [match(0, 0), match(1, 1), match(2, 2)],
    },
    {
      name: 'a paragraph that became a list item is missing + extra, not paired',
      source: '## A\n\nJust a paragraph.\n',
      target: '## А\n\n- Лише пункт.\n',
      expected: [match(0, 0), missing(1), extra(1)],
    },
    { name: 'empty bodies', source: '', target: '', expected: [] },
    { name: 'an empty translation', source: '# T\n\nText.\n', target: '', expected: [missing(0), missing(1)] },
  ];
  it.each(cases)('$name', ({ source, target, expected }) => {
    const s = splitBlocks(source);
    const t = splitBlocks(target);
    const pairs = alignBlocks(s, t);
    expect(pairs).toEqual(expected);
    expectWellFormed(pairs, s, t);
  });
});

describe('alignBlocks on 1.5 MB bodies', () => {
  it('aligns hundreds of sections without blowing up, locating a dropped paragraph', () => {
    const copies = Math.ceil(1_500_000 / en.length);
    const source = splitBlocks(Array.from({ length: copies }, () => en).join('\n'));
    const bodies = Array.from({ length: copies }, () => uk);
    // In the middle copy, drop the paragraph under the first heading.
    const middle = Math.floor(copies / 2);
    bodies[middle] = ukWith([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const target = splitBlocks(bodies.join('\n'));
    expect(source.length).toBeGreaterThan(5000);
    const pairs = alignBlocks(source, target);
    expectWellFormed(pairs, source, target);
    expect(pairs.filter((p) => p.kind !== 'match')).toEqual([missing(middle * 15 + 1)]);
  });

  it('falls back without blowing up on one enormous section', () => {
    const paragraphs = Array.from({ length: 6000 }, (_, i) => `Paragraph ${i} of a very long body, long enough to matter for the test. `.repeat(3));
    const source = splitBlocks(paragraphs.join('\n\n'));
    const target = splitBlocks(paragraphs.filter((_, i) => i !== 5999).join('\n\n'));
    const pairs = alignBlocks(source, target);
    expectWellFormed(pairs, source, target);
    expect(pairs.filter((p) => p.kind !== 'match')).toEqual([missing(5999)]);
  });
});
