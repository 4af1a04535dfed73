import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/ipc/contract';
import { codeOf, openSession, valueOf } from './__fixtures__/open-session';
import type { Dispatch } from './serve';

/*
 * The machine-translation checks through serve() on a small site written here:
 * - 2026/03/runaway.{en,uk}.md — core/review/__fixtures__: a 2.6 KB original, its 124 KB uk translation stuck in "ведення ведення…".
 * - 2026/03/figures.{en,uk}.md — the uk says 1,7 мільярда where the original says $1.6 billion, and has updatedAt 2026-02-30.
 */

const FIXTURES = join(__dirname, '../core/review/__fixtures__');
let base: string;
let root: string;
let dispatch: Dispatch;
let close: () => Promise<void>;

const FIGURES_EN = `---
title: CoreWeave raises money
description: Nvidia invests.
publishedAt: '2026-03-01T10:00:00.000Z'
lang: en
externalId: '700'
---
Nvidia invested $1.6 billion in CoreWeave, which now runs 40,000 GPUs.

The company plans to open 12 more sites this year.
`;
const FIGURES_UK = `---
title: CoreWeave залучає гроші
description: Nvidia інвестує.
publishedAt: '2026-03-01T10:00:00.000Z'
updatedAt: 2026-02-30
lang: uk
externalId: '700'
ai:
  translatedFrom: '700'
---
Nvidia інвестувала 1,7 мільярда доларів у CoreWeave, яка тепер має 40 000 GPU.

Цього року компанія планує відкрити ще 12 майданчиків.
`;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'copydesk-review-checks-'));
  root = join(base, 'site');
  await mkdir(join(root, '2026/03'), { recursive: true });
  for (const name of ['runaway.en.md', 'runaway.uk.md']) await cp(join(FIXTURES, name), join(root, '2026/03', name));
  await writeFile(join(root, '2026/03/figures.en.md'), FIGURES_EN);
  await writeFile(join(root, '2026/03/figures.uk.md'), FIGURES_UK);
  ({ dispatch, close } = await openSession(root, join(base, 'scratch')));
});
afterEach(async () => {
  await close();
  await rm(base, { recursive: true, force: true });
});

type Pair = ChannelOutput<'review.pair'>;
const read = (rel: string): Promise<string> => readFile(join(root, rel), 'utf8');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('machine-translation checks over serve()', () => {
  it('the runaway translation: length and repetition in the matrix and the pair, and approval refused for both', async () => {
    const summary = valueOf<ChannelOutput<'review.summary'>>(await dispatch('review.summary', {}));
    const cell = summary.groups.find((g) => g.groupKey === '57700001')?.cells.uk;
    expect(cell?.checks).toEqual(['length', 'repetition', 'numbers']);
    expect(summary.summary.inconsistent).toContainEqual({ path: '2026/03/runaway.uk.md', checks: ['length', 'repetition', 'numbers'] });

    const pair = valueOf<Pair>(await dispatch('review.pair', { path: '2026/03/runaway.uk.md' }));
    expect(pair.checks.map((c) => [c.id, c.line])).toEqual([
      ['length', undefined],
      ['repetition', 21],
      ['numbers', 21],
    ]);
    expect(pair.approvalBlockers.map((r) => r.split(':')[0])).toEqual(['length', 'repetition']);
    const refused = await dispatch('review.approve', { path: '2026/03/runaway.uk.md' });
    expect(codeOf(refused)).toBe('refused');
    expect(refused.ok ? '' : refused.error.message).toContain('"ведення" repeats 8,101 times in a row at line 21');
  });

  it('a changed figure: the fix writes the original\'s figure in Ukrainian format over it, changing nothing else', async () => {
    const path = '2026/03/figures.uk.md';
    const pair = valueOf<Pair>(await dispatch('review.pair', { path }));
    expect(pair.checks).toEqual([
      {
        id: 'numbers',
        line: 11,
        message: 'The original says "1.6 billion"; this block (line 11) says "1,7 мільярда" instead. Copy the original\'s figure (1,6).',
        fix: { body: expect.objectContaining({ expected: '1,7', insert: '1,6' }) },
      },
      {
        id: 'date',
        line: 5,
        message: 'updatedAt is 2026-02-30 (line 5), a date that does not exist: February 2026 has no day 30. JavaScript, and so the site, would silently read it as 2 March 2026. Correct the date.',
      },
    ]);
    // Neither blocks approval: a figure and a date are for the reviewer to judge.
    expect(pair.approvalBlockers).toEqual([]);

    const before = await read(path);
    const fixed = valueOf<ChannelOutput<'review.fix'>>(await dispatch('review.fix', { path, checkId: 'numbers', line: 11, baseHash: sha256(before) }));
    const after = await read(path);
    expect(after).toBe(before.replace('1,7 мільярда', '1,6 мільярда'));
    expect(fixed.hash).toBe(sha256(after));
    expect(fixed.checks.map((c) => c.id)).toEqual(['date']);
    // The date has no automatic fix: which day was meant is for a person to say.
    expect(codeOf(await dispatch('review.fix', { path, checkId: 'date' }))).toBe('bad-input');
  });

  it('a figure fix refuses with conflict when the body no longer reads what it replaces', async () => {
    const path = '2026/03/figures.uk.md';
    const before = await read(path);
    expect(codeOf(await dispatch('review.fix', { path, checkId: 'numbers', baseHash: sha256('an older version') }))).toBe('conflict');
    expect(await read(path)).toBe(before);
  });
});
