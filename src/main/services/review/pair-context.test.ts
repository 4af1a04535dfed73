import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG, makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { Workspace } from '../workspace';
import { loadPairContext, loadReviewFile } from './pair-context';

const canMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;
const mkfifo = (abs: string): void => {
  expect(spawnSync('mkfifo', [abs]).status).toBe(0);
};

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

describe('loadPairContext', () => {
  it('loads a translation with its source', async () => {
    const context = await loadPairContext(ws, `${BLOG}/02/etf.de.md`);
    expect(context.source?.file.path).toBe(`${BLOG}/02/etf.en.md`);
  });

  it.skipIf(!canMkfifo)('refuses a FIFO named like a translation with bad-input instead of waiting for a writer', async () => {
    mkfifo(join(corpus.root, BLOG, '02', 'pipe.de.md'));
    await expect(loadReviewFile(ws, `${BLOG}/02/pipe.de.md`)).rejects.toMatchObject({ code: 'bad-input', path: `${BLOG}/02/pipe.de.md` });
  });

  it.skipIf(!canMkfifo)('passes over a group member that became a FIFO, as over a missing one', async () => {
    // Indexed as a file, then replaced on disk: the index still lists it as the group's original.
    await rm(join(corpus.root, BLOG, '02', 'etf.en.md'));
    mkfifo(join(corpus.root, BLOG, '02', 'etf.en.md'));
    const context = await loadPairContext(ws, `${BLOG}/02/etf.de.md`);
    expect(context.source).toBeNull();
    expect(context.originalExists).toBe(false);
  });
});
