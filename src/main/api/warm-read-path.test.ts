import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCorpus, type TempCorpus } from '../services/__fixtures__/corpus';
import { Workspace } from '../services/workspace';
import { warmReadPath } from './warm-read-path';

let corpus: TempCorpus;
let ws: Workspace;

async function indexed(files?: Record<string, string>): Promise<Workspace> {
  corpus = await makeCorpus(files);
  ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db') });
  await ws.index();
  return ws;
}

/** Every file under the workspace with its size and mtime: what a read-only pass must leave alone. */
async function diskState(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.sort().map(async (file) => {
      const { size, mtimeMs } = await stat(file);
      return `${file} ${size} ${mtimeMs}`;
    }),
  );
}

afterEach(async () => {
  await ws.close();
  await corpus.cleanup();
});

describe('warmReadPath', () => {
  it('reads the newest article and its original without changing a file', async () => {
    await indexed();
    const before = await diskState(corpus.root);
    await expect(warmReadPath(ws)).resolves.toBeUndefined();
    expect(await diskState(corpus.root)).toEqual(before);
  });

  it('settles quietly on a workspace with no article', async () => {
    await indexed({ 'notes.txt': 'not an article' });
    await expect(warmReadPath(ws)).resolves.toBeUndefined();
  });

  it('settles quietly when the newest article has gone from disk since indexing', async () => {
    await indexed();
    const [newest] = ws.queryArticles({ query: '', sort: 'date-desc', offset: 0, limit: 1 }).rows;
    expect(newest).toBeDefined();
    await rm(join(corpus.root, newest?.path ?? ''));
    await expect(warmReadPath(ws)).resolves.toBeUndefined();
  });
});
