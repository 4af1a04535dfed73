import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { Workspace } from '../workspace';
import { copyReviewCorpus, type ReviewCorpus } from './__fixtures__/review-corpus';
import { workspaceReview } from './workspace-review';

let corpus: ReviewCorpus;
let ws: Workspace;
const open = (): Workspace => Workspace.open({ root: corpus.root, dbPath: join(corpus.scratch, 'index.db'), modelCacheDir: null });
beforeEach(async () => {
  corpus = await copyReviewCorpus();
  ws = open();
});
afterEach(async () => {
  await ws.close();
  await corpus.dispose();
});

const statusOf = async (path: string): Promise<string | undefined> => (await workspaceReview(ws, {})).entries.find((e) => e.path === path)?.status;

describe('workspaceReview', () => {
  it('indexes what changed since the last run, then reviews from the facts the index holds', async () => {
    // Never indexed: the review indexes the folder first.
    expect(await statusOf('2026/01/beta.uk.md')).toBe('unreviewed');
    expect(ws.reviewFacts().map((f) => f.path)).toContain('2026/01/beta.uk.md');

    const path = join(corpus.root, '2026/01/beta.uk.md');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('---\n', '---\nreview:\n  status: needs-work\n  note: Check the figures\n'));
    expect(await statusOf('2026/01/beta.uk.md')).toBe('needs-work');
    expect((await workspaceReview(ws, {})).summary.languages.uk?.['needs-work']).toBe(2);
  });

  it('reads the index, not the files: bytes changed behind an unchanged stat are not seen', async () => {
    const path = join(corpus.root, '2026/02/epsilon.uk.md');
    // A whole second, so setting it again gives the very same stat.
    const mtime = new Date('2026-03-01T12:00:00Z');
    await utimes(path, mtime, mtime);
    expect(await statusOf('2026/02/epsilon.uk.md')).toBe('unreviewed');
    const text = await readFile(path, 'utf8');
    // Same length, same mtime: the index (stat first) keeps its row, so the review keeps its facts.
    await writeFile(path, text.replace('draft: false', 'draft: true '));
    await utimes(path, mtime, mtime);
    // A new process (a fresh workspace on the same index) has no facts in memory: they come from the index.
    await ws.close();
    ws = open();
    expect(await statusOf('2026/02/epsilon.uk.md')).toBe('unreviewed');
  });

  it('keeps check results in the index: an unchanged pair is not checked again by another process, a changed one is', async () => {
    const entryOf = async (path: string) => (await workspaceReview(ws, {})).entries.find((e) => e.path === path);
    expect((await entryOf('2026/01/beta.uk.md'))?.checks).toEqual(['field:category']);
    await ws.close();
    // What another run stored stands for the pair: marked here so that reading it (not recomputing) shows.
    const db = openDatabase(join(corpus.scratch, 'index.db'));
    const stored = db.prepare<[string], { key: string }>('SELECT key FROM pair_checks WHERE path = ?').get('2026/01/beta.uk.md');
    expect(stored?.key).toMatch(/^[0-9a-f]{64}$/);
    db.prepare("UPDATE pair_checks SET checks = ?, ids = 'stored' WHERE path = ?").run(JSON.stringify([{ id: 'stored', message: 'From the index.' }]), '2026/01/beta.uk.md');
    db.close();

    ws = open();
    expect((await entryOf('2026/01/beta.uk.md'))?.checks).toEqual(['stored']);

    // The original changes: the pair is checked again.
    const original = join(corpus.root, '2026/01/beta.en.md');
    await writeFile(original, (await readFile(original, 'utf8')).replace('---\n', '---\n# edited\n'));
    expect((await entryOf('2026/01/beta.uk.md'))?.checks).toEqual(['field:category']);
  });

  it('shows progress while it checks translations, and none when the index holds every result', async () => {
    const phases = (target: Workspace): string[] => {
      const seen: string[] = [];
      target.on('progress', (p) => seen.push(`${p.phase} ${p.done}/${p.total}`));
      return seen;
    };
    await ws.index();
    const first = phases(ws);
    await workspaceReview(ws, {});
    // The index is brought up to date (nothing changed), then six translations are checked, none known before.
    expect(first.slice(-3)).toEqual(['idle 0/0', 'checking 0/6', 'idle 6/6']);

    await ws.close();
    ws = open();
    const second = phases(ws);
    await workspaceReview(ws, {});
    expect(second.filter((p) => p.startsWith('checking'))).toEqual([]);
  });
});
