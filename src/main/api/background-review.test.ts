import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyReviewCorpus, type ReviewCorpus } from '../services/review/__fixtures__/review-corpus';
import { workspaceReview } from '../services/review';
import { Workspace } from '../services/workspace';
import { WorkspaceSession } from './workspace-session';

let corpus: ReviewCorpus;
let session: WorkspaceSession;
const dbPath = (): string => join(corpus.scratch, 'index.db');
beforeEach(async () => {
  corpus = await copyReviewCorpus();
  session = new WorkspaceSession({ dbPathFor: dbPath });
});
afterEach(async () => {
  await session.close();
  await corpus.dispose();
});

describe('a watched session', () => {
  it('checks the translations in the background once indexed, so the Review tab opens on stored results', async () => {
    const ws = await session.open(corpus.root);
    const checked = new Promise<string[]>((resolve) => {
      const seen: string[] = [];
      ws.on('progress', (p) => {
        seen.push(`${p.phase} ${p.done}/${p.total}`);
        if (p.phase === 'idle' && p.total > 0 && p.done === p.total) resolve(seen);
      });
    });
    expect((await checked).filter((p) => p.startsWith('checking'))).toEqual(['checking 0/6']);
    await session.close();

    // Another process on the same index: every result is stored, nothing is checked again.
    const again = Workspace.open({ root: corpus.root, dbPath: dbPath(), modelCacheDir: null });
    try {
      const phases: string[] = [];
      again.on('progress', (p) => phases.push(p.phase));
      const review = await workspaceReview(again, {});
      expect(review.summary.inconsistent.map((i) => i.path)).toEqual(['2026/01/beta.uk.md', '2026/02/delta.uk.md', '2026/02/epsilon.uk.md']);
      expect(phases).not.toContain('checking');
    } finally {
      await again.close();
    }
  });

  it('loads the search rank lists once its first review is done, not beside it', async () => {
    // Indexed before (rows that change start a build at once): the app opening a folder it knows.
    const before = Workspace.open({ root: corpus.root, dbPath: dbPath(), modelCacheDir: null });
    await before.index();
    await before.close();
    const listed = new WorkspaceSession({ dbPathFor: dbPath, rankLists: { minRows: 0, options: { minShare: 0, minDocs: 1 } } });
    try {
      const ws = await listed.open(corpus.root);
      await listed.whenIndexed();
      // Indexed, the review under way: no lists asked for yet.
      expect(ws.buildingRankLists()).toBe(false);
      await workspaceReview(ws, {});
      // The session's own turn after the review (one more tick), then the lists.
      await new Promise((resolve) => setImmediate(resolve));
      expect(await ws.rankListsSettled()).toBe(true);
    } finally {
      await listed.close();
    }
  });
});
