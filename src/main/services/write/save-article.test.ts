import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG, makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { Workspace } from '../workspace';
import { saveArticle } from './save-article';

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const text = '---\ntitle: Piped\npublishedAt: 2026-02-02T09:00:00.000Z\nlang: en\n---\nBody.\n';

let corpus: TempCorpus;
let ws: Workspace;
beforeEach(async () => {
  corpus = await makeCorpus();
  ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db') });
});
afterEach(async () => {
  await ws.close();
  await corpus.cleanup();
});

describe('saveArticle', () => {
  const canMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;
  it.skipIf(!canMkfifo)('refuses to save over a FIFO with bad-input instead of waiting for a writer', async () => {
    const fifo = join(corpus.root, BLOG, '02', 'pipe.en.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const baseHash of [null, sha('')]) {
      await expect(saveArticle(ws, { path: `${BLOG}/02/pipe.en.md`, text, baseHash, force: false, touchUpdatedAt: false })).rejects.toMatchObject({
        code: 'bad-input',
        path: `${BLOG}/02/pipe.en.md`,
      });
    }
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('saves a read-only article nowhere: forbidden, and the file keeps its bytes', async () => {
    const rel = `${BLOG}/02/etf.en.md`;
    const abs = join(corpus.root, rel);
    const before = readFileSync(abs);
    chmodSync(abs, 0o444);
    await expect(
      saveArticle(ws, { path: rel, text: before.toString('utf8').replace('Bitcoin ETF outflows deepen', 'Changed'), baseHash: sha(before), force: false, touchUpdatedAt: false }),
    ).rejects.toMatchObject({ code: 'forbidden', path: rel });
    expect(readFileSync(abs).equals(before)).toBe(true);
  });
});
