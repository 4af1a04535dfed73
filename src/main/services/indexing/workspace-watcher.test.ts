import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG, makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { workspaceReview } from '../review/workspace-review';
import { Workspace } from '../workspace';

let corpus: TempCorpus;
let ws: Workspace;

beforeEach(async () => {
  corpus = await makeCorpus();
  ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db') });
  await ws.index();
});

afterEach(async () => {
  await ws.close();
  await corpus.cleanup();
});

/** Polls `check` until it returns true or `timeoutMs` passes. */
async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the watcher');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const find = (q: string): string[] => ws.queryArticles({ query: q, sort: 'date-desc', offset: 0, limit: 100 }).rows.map((r) => r.path);

describe('watching a workspace', () => {
  it('indexes a file written after watch() and announces it', async () => {
    const events: { changed: string[]; removed: string[] }[] = [];
    ws.on('changed', (e) => events.push(e));
    await ws.watch();
    await ws.watch(); // idempotent
    const rel = `${BLOG}/03/halving.en.md`;
    await mkdir(join(corpus.root, BLOG, '03'), { recursive: true });
    await writeFile(join(corpus.root, rel), '---\ntitle: Halving countdown\nlang: en\n---\nMiners brace for the halving.\n');
    await waitFor(() => find('halving').includes(rel));
    expect(events.flatMap((e) => e.changed)).toContain(rel);

    await rm(join(corpus.root, BLOG, '03'), { recursive: true });
    await waitFor(() => find('halving').length === 0);
    expect(events.flatMap((e) => e.removed)).toContain(rel);
  });

  it('ignores changes in node_modules and dot-folders', async () => {
    const events: { changed: string[]; removed: string[] }[] = [];
    ws.on('changed', (e) => events.push(e));
    await ws.watch();
    await writeFile(join(corpus.root, 'node_modules', 'some-pkg', 'other.md'), '---\ntitle: x\n---\n');
    await writeFile(join(corpus.root, '.git', 'other.md'), '---\ntitle: x\n---\n');
    // A real change afterwards proves events were flowing when the ignored ones were written.
    const rel = `${BLOG}/02/after.en.md`;
    await writeFile(join(corpus.root, rel), '---\ntitle: After\n---\nafterword\n');
    await waitFor(() => events.some((e) => e.changed.includes(rel)));
    expect(events.flatMap((e) => e.changed)).toEqual([rel]);
  });

  it('closes cleanly while watching', async () => {
    const events: { changed: string[]; removed: string[] }[] = [];
    ws.on('changed', (e) => events.push(e));
    await ws.watch();
    await ws.close();
    // A second workspace on the same folder watches while the closed one should not: once it has indexed the
    // late file, the file's events have been delivered, so the closed workspace had every chance to react.
    const witness = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'witness.db') });
    await witness.index();
    await witness.watch();
    const rel = `${BLOG}/02/late.en.md`;
    await writeFile(join(corpus.root, rel), '---\ntitle: Late\n---\nlateness\n');
    await waitFor(() => witness.queryArticles({ query: 'lateness', sort: 'date-desc', offset: 0, limit: 10 }).rows.length === 1);
    await witness.close();
    expect(events).toEqual([]);
    // Reopen to prove the closed workspace left a usable database behind, without the late file.
    ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db') });
    expect(ws.status().files).toBe(8);
  });
});

describe('the review of a watched workspace', () => {
  it('answers again from the last review until something is indexed, then reviews the change', async () => {
    // Unwatched, a running review is shared and a finished one is not reused.
    const running = workspaceReview(ws, {});
    expect(workspaceReview(ws, {})).toBe(running);
    const unwatched = await running;
    expect(await workspaceReview(ws, {})).not.toBe(unwatched);

    await ws.watch();
    const first = await workspaceReview(ws, {});
    expect(await workspaceReview(ws, {})).toBe(first);
    // Other options are another review.
    expect(await workspaceReview(ws, { langs: ['uk'] })).not.toBe(first);

    const rel = `${BLOG}/03/halving.de.md`;
    await mkdir(join(corpus.root, BLOG, '03'), { recursive: true });
    await writeFile(join(corpus.root, rel), "---\ntitle: Halbierung\nlang: de\nexternalId: '57619983'\nai:\n  translatedFrom: '57619983'\n---\nText.\n");
    await waitFor(() => find('halbierung').includes(rel));
    const after = await workspaceReview(ws, {});
    expect(after).not.toBe(first);
    expect(after.entries.map((entry) => entry.path)).toContain(rel);
    expect(first.entries.map((entry) => entry.path)).not.toContain(rel);
  });
});
