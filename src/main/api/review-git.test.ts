import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/ipc/contract';
import { copyReviewCorpus, type ReviewCorpus } from '../services/review/__fixtures__/review-corpus';
import { findVersionByContentHash } from '../services/review/git-history';
import { openSession, valueOf } from './__fixtures__/open-session';
import type { Dispatch } from './serve';

/*
 * "What changed in the source since approval", end to end: approve a
 * translation, change its source, and read the pair view. In a real git
 * repository made here the approved source text comes from history; in a
 * plain folder the changed blocks come from the per-block hashes recorded at
 * approval. The source 2026/01/alpha.en.md has six blocks: ## Intro (0),
 * a paragraph (1), two list items (2, 3), ## More (4), "Second paragraph." (5).
 */

const SOURCE = '2026/01/alpha.en.md';
const TRANSLATION = '2026/01/alpha.de.md';

let corpus: ReviewCorpus;
let dispatch: Dispatch;
let close: (() => Promise<void>) | undefined;

beforeEach(async () => {
  corpus = await copyReviewCorpus();
});
afterEach(async () => {
  await close?.();
  close = undefined;
  await corpus.dispose();
});

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: corpus.root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } }).trim();
}

function commitAll(message: string): string {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}

async function open(): Promise<void> {
  ({ dispatch, close } = await openSession(corpus.root, corpus.scratch));
}

const sourcePath = (): string => join(corpus.root, SOURCE);

async function editSource(from: string, to: string): Promise<string> {
  const text = (await readFile(sourcePath(), 'utf8')).replace(from, to);
  await writeFile(sourcePath(), text);
  return text;
}

const pair = async (): Promise<ChannelOutput<'review.pair'>> => valueOf(await dispatch('review.pair', { path: TRANSLATION }));

describe('in a git repository', () => {
  beforeEach(() => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Copydesk Test');
    git('config', 'user.email', 'test@copydesk.invalid');
    git('config', 'commit.gpgsign', 'false');
  });

  it('shows the approved source from the commit whose hash matches, and the current one', async () => {
    const approvedText = await readFile(sourcePath(), 'utf8');
    const first = commitAll('articles');
    await open();
    const approved = valueOf<ChannelOutput<'review.approve'>>(await dispatch('review.approve', { path: TRANSLATION }));
    expect(approved.status).toBe('approved');
    commitAll('approve de');

    const changedText = await editSource('Second paragraph.', 'Second paragraph, rewritten.');
    commitAll('edit source');

    const view = await pair();
    expect(view.status).toBe('outdated');
    expect(view.changes).toEqual({ mode: 'git', commit: first, approvedSource: approvedText, currentSource: changedText });
    const summary = valueOf<ChannelOutput<'review.summary'>>(await dispatch('review.summary', {}));
    // The uk translation was approved against the same source in the fixture.
    expect(summary.summary.outdated).toEqual([TRANSLATION, '2026/01/alpha.uk.md']);
  });

  it('follows the source through a rename (renamed and edited in one commit)', async () => {
    const approvedText = await readFile(sourcePath(), 'utf8');
    const first = commitAll('articles');
    await open();
    valueOf(await dispatch('review.approve', { path: TRANSLATION }));
    git('mv', SOURCE, '2026/01/alpha-renamed.en.md');
    const renamed = join(corpus.root, '2026/01/alpha-renamed.en.md');
    await writeFile(renamed, (await readFile(renamed, 'utf8')).replace('Second paragraph.', 'Second paragraph, moved.'));
    commitAll('rename and edit');
    const hash = (await pair()).review?.sourceHash ?? '';
    expect(await findVersionByContentHash(renamed, hash)).toEqual({ commit: first, text: approvedText });
  });

  it('falls back to blocks when the approved version was never committed', async () => {
    commitAll('articles');
    await editSource('Second paragraph.', 'Second paragraph, uncommitted.');
    await open();
    valueOf(await dispatch('review.approve', { path: TRANSLATION }));
    await editSource('Second paragraph, uncommitted.', 'Second paragraph, again.');
    expect((await pair()).changes).toMatchObject({ mode: 'blocks', changedBlocks: [5] });
  });
});

describe('in a folder without git', () => {
  const cases = [
    { name: 'an edited paragraph', from: 'Second paragraph.', to: 'Second paragraph, rewritten.', changed: [5] },
    { name: 'an edited heading and list item', from: '## Intro\n\nFirst paragraph with [a link](https://example.com/a).\n\n- one', to: '## Introduction\n\nFirst paragraph with [a link](https://example.com/a).\n\n- uno', changed: [0, 2] },
    { name: 'an inserted paragraph', from: '## More\n', to: '## More\n\nA new paragraph.\n', changed: [5] },
    { name: 'a title change only', from: 'title: Alpha rises', to: 'title: Alpha soars', changed: [] },
  ];
  for (const c of cases) {
    it(`marks the changed source blocks for ${c.name}`, async () => {
      await open();
      valueOf(await dispatch('review.approve', { path: TRANSLATION }));
      await editSource(c.from, c.to);
      const view = await pair();
      expect(view.status).toBe('outdated');
      expect(view.changes?.mode).toBe('blocks');
      if (view.changes?.mode !== 'blocks') return;
      expect(view.changes.changedBlocks).toEqual(c.changed);
      expect(Math.max(-1, ...c.changed)).toBeLessThan(view.sourceBody?.blocks.length ?? 0);
    });
  }

  it('finds no git history without a repository', async () => {
    expect(await findVersionByContentHash(sourcePath(), `sha256:${'0'.repeat(64)}`)).toBeNull();
    expect(await findVersionByContentHash(join(corpus.root, 'no-such-file.md'), `sha256:${'0'.repeat(64)}`)).toBeNull();
  });
});
