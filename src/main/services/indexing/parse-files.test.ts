import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { buildWorkerBundle } from './__fixtures__/worker-bundle';
import type { ParseJob, ParsedFile } from './article-file';
import { parseFiles } from './parse-files';
import { scanWorkspace } from './scan-workspace';
import { Workspace } from '../workspace';

let corpus: TempCorpus;

beforeEach(async () => {
  const files: Record<string, string> = {};
  // Enough files to go through the worker (it is skipped for small batches).
  for (let i = 0; i < 300; i++) {
    files[`posts/p${i}.en.md`] = `---\ntitle: Post ${i}\npublishedAt: '2026-01-01'\nlang: en\nexternalId: 'id${i}'\n---\nword${i} body\n`;
  }
  corpus = await makeCorpus(files);
});

afterEach(async () => {
  await corpus.cleanup();
});

const workerBundle = (): Promise<string> => buildWorkerBundle(corpus.dataDir);

async function parseAll(workerPath?: string): Promise<ParsedFile[]> {
  const jobs: ParseJob[] = (await scanWorkspace(corpus.root)).map((file) => ({ ...file, knownHash: null }));
  const results: ParsedFile[] = [];
  await parseFiles(corpus.root, jobs, (batch) => results.push(...batch), workerPath ? { workerPath } : {});
  return results.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1));
}

const pathOf = (file: ParsedFile): string => (file.kind === 'parsed' ? file.record.path : file.path);

describe('parseFiles', () => {
  it('gives the same results in a worker thread as inline', async () => {
    const inline = await parseAll();
    const inWorker = await parseAll(await workerBundle());
    expect(inline).toHaveLength(300);
    expect(inWorker).toEqual(inline);
  });

  it('indexes a workspace through the worker', async () => {
    const ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'i.db'), workerPath: await workerBundle() });
    try {
      const summary = await ws.index();
      expect(summary).toMatchObject({ files: 300, articles: 300, groups: 300 });
      expect(ws.queryArticles({ query: 'word123', sort: 'date-desc', offset: 0, limit: 10 }).rows.map((r) => r.path)).toEqual([
        'posts/p123.en.md',
      ]);
    } finally {
      await ws.close();
    }
  });

  it('stops when aborted', async () => {
    const jobs: ParseJob[] = (await scanWorkspace(corpus.root)).map((file) => ({ ...file, knownHash: null }));
    const controller = new AbortController();
    let batches = 0;
    const run = parseFiles(corpus.root, jobs, () => {
      batches++;
      controller.abort();
    }, { signal: controller.signal });
    await expect(run).rejects.toThrow();
    expect(batches).toBe(1);
  });
});
