import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { buildWorkerBundle } from './__fixtures__/worker-bundle';
import type { ParsedFile } from './article-file';
import type { ParseWorkerInput, ParseWorkerMessage } from './index-messages';
import { JobCursor } from './job-cursor';
import { packJobs } from './packed-jobs';
import { scanWorkspace } from './scan-workspace';

describe('JobCursor', () => {
  it('hands out consecutive slices, a short last one, then none', () => {
    const cursor = new JobCursor();
    expect(cursor.take(10, 4)).toEqual({ start: 0, end: 4 });
    expect(cursor.take(10, 4)).toEqual({ start: 4, end: 8 });
    expect(cursor.take(10, 4)).toEqual({ start: 8, end: 10 });
    expect(cursor.take(10, 4)).toBeNull();
    expect(cursor.take(10, 1)).toBeNull();
  });

  it('continues where another JobCursor on the same memory stopped', () => {
    const memory = JobCursor.memory();
    expect(new JobCursor(memory).take(5, 3)).toEqual({ start: 0, end: 3 });
    expect(new JobCursor(memory).take(5, 3)).toEqual({ start: 3, end: 5 });
  });
});

describe('two parse workers on one cursor', () => {
  const FILES = 600;
  let corpus: TempCorpus;
  let workerPath: string;

  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < FILES; i++) files[`posts/p${i}.en.md`] = `---\ntitle: Post ${i}\n---\nbody ${i}\n`;
    corpus = await makeCorpus(files);
    workerPath = await buildWorkerBundle(corpus.dataDir);
  });

  afterAll(() => corpus.cleanup());

  /** Runs one parse-only worker to its end, collecting the paths it parsed. */
  function parseIn(input: ParseWorkerInput): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const paths: string[] = [];
      const worker = new Worker(workerPath, { workerData: input });
      worker.on('message', (message: ParseWorkerMessage) => {
        if ('done' in message) void worker.terminate().then(() => resolve(paths));
        else paths.push(...message.batch.map((file: ParsedFile) => (file.kind === 'parsed' ? file.record.path : file.path)));
      });
      worker.on('error', reject);
    });
  }

  it('parse every file exactly once between them, in slices of one racing for the same counter', async () => {
    const jobs = packJobs((await scanWorkspace(corpus.root)).map((file) => ({ ...file, knownHash: null })));
    const cursor = JobCursor.memory();
    const input: ParseWorkerInput = { root: corpus.root, jobs, batchSize: 1, cursor };
    const [first, second] = await Promise.all([parseIn(input), parseIn(input)]);
    const all = [...(first ?? []), ...(second ?? [])];
    expect(all).toHaveLength(FILES);
    expect(new Set(all)).toEqual(new Set(jobs.paths));
  });
});
