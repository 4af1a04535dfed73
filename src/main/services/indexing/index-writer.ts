import type { MessagePort } from 'node:worker_threads';
import { ArticleWriter } from '../../db/article-writer';
import { openDatabase } from '../../db/open-database';
import { releaseMemory } from '../heap-budget';
import type { ParsedFile } from './article-file';
import { IndexSink, writeTexts } from './index-sink';
import { JobCursor, parseNextSlice } from './job-cursor';
import { emptyJobs } from './packed-jobs';
import type { ToParser, ToWriter, WorkerDb, WorkerReport, WriteWorkerInput } from './index-messages';

/**
 * Full texts per transaction. FTS5 writes one segment per commit; ~1000
 * articles fill its 16 MiB buffer, and fewer, bigger segments mean less
 * merging.
 */
export const TEXT_CHUNK = 1000;

/** Below this many texts left, handing half to the parser is not worth its start-up. */
export const SHARE_MIN = 2000;

/** The writer's page cache: it touches FTS segments and several indexes per batch. */
const WRITER_CACHE_KIB = 16384;

/**
 * The share's page cache for the index file, which it only reads (each
 * chunk's rows, once): its writes go to the attached shard, which keeps
 * SQLite's default cache. A big cache here only filled with rows never read again.
 */
const SHARE_READ_CACHE_KIB = 2048;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The write role of a bulk run (worker thread): removes gone files, writes
 * each parsed batch's rows as soon as it arrives, parses slices of the run's
 * jobs itself between batches (and writes their rows), and once every row
 * is written hands about half of the texts to the parser (second shard)
 * and writes the rest.
 * The translation groups are counted on demand by the workspace
 * (`Workspace.analysis`, with the model's collections), not here.
 */
export async function runWriter(input: WriteWorkerInput, report: (message: WorkerReport) => void): Promise<void> {
  const db = openDatabase(input.dbPath, {
    ...(input.nativeBinding !== undefined && { nativeBinding: input.nativeBinding }),
    cacheKiB: WRITER_CACHE_KIB,
  });
  try {
    const sink = new IndexSink(new ArticleWriter(db), input.root, new Map(input.existing));
    if (input.removed.length > 0) sink.removePaths(input.removed);
    report({ kind: 'rows', parsed: 0, total: input.total });

    const batches: ParsedFile[][] = [];
    let parsing = true;
    let wake: (() => void) | undefined;
    input.port.on('message', (message: ToWriter) => {
      if ('batch' in message) batches.push(message.batch);
      else parsing = false;
      wake?.();
    });

    const cursor = new JobCursor(input.cursor);
    let slicesLeft = true;
    let parsed = 0;
    const write = (batch: readonly ParsedFile[]): void => {
      sink.applyBatch(batch);
      parsed += batch.length;
      report({ kind: 'rows', parsed, total: input.total });
    };
    for (;;) {
      const batch = batches.shift();
      if (batch) {
        write(batch);
      } else if (slicesLeft) {
        // No rows waiting: parse a slice here rather than write full text, so the list is complete sooner.
        const own = parseNextSlice(cursor, input.root, input.jobs, input.sliceSize, input.model);
        if (own) write(own);
        else slicesLeft = false;
      } else if (!parsing) {
        break;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      await nextTurn();
    }
    // Its copy of the job list is done with, as the parser's is.
    input.jobs = emptyJobs();

    const share = sink.pendingTexts >= input.shareMin ? sink.splitPending() : [];
    input.port.postMessage({ ids: share } satisfies ToParser);
    // The parse's and the rows' garbage goes before the texts (and the parser's share beside them) grow the
    // process's memory; with the trim, so do the C allocator's free pages that both parsing threads left in their
    // arenas (at 100k files the run's peak, at this hand-over, fell by ~20 MB and the text phase by ~40 MB).
    if (share.length > 0) releaseMemory();
    const changes = sink.changes(input.total, input.removed);
    const total = changes.reparsed;
    let done = total - sink.pendingTexts - share.length;
    report({ kind: 'texts', by: 'writer', done, total });
    while (sink.pendingTexts > 0) {
      done += sink.writeTexts(TEXT_CHUNK);
      report({ kind: 'texts', by: 'writer', done, total });
      await nextTurn();
    }
    report({ kind: 'finished', changes });
  } finally {
    input.port.close();
    db.close();
  }
}

/**
 * The parser's second job: wait for its share of full text and write it
 * into the second shard with its own connection (a second SQLite writer).
 */
export function serveTextShare(port: MessagePort, db: WorkerDb, root: string, report: (message: WorkerReport) => void): void {
  port.once('message', ({ ids }: ToParser) => {
    try {
      if (ids.length > 0) writeShare(ids, db, root, report);
      report({ kind: 'finished' });
    } finally {
      port.close();
    }
  });
}

function writeShare(ids: number[], target: WorkerDb, root: string, report: (message: WorkerReport) => void): void {
  // This thread has just parsed every file: its heap is mostly that garbage, which V8 would otherwise keep
  // while the two writers' buffers and caches grow beside it (the index run's peak memory).
  releaseMemory();
  const db = openDatabase(target.dbPath, {
    ...(target.nativeBinding !== undefined && { nativeBinding: target.nativeBinding }),
    cacheKiB: SHARE_READ_CACHE_KIB,
  });
  try {
    const writer = new ArticleWriter(db);
    for (let start = 0; start < ids.length; start += TEXT_CHUNK) {
      writeTexts(writer, root, ids.slice(start, start + TEXT_CHUNK), 1);
      report({ kind: 'texts', by: 'parser', done: Math.min(start + TEXT_CHUNK, ids.length) });
    }
  } finally {
    db.close();
  }
}
