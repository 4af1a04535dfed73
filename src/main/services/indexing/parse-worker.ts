/**
 * Entry of the index worker threads (built by electron-vite to
 * out/main/parse-worker.js); `workerData.role` picks the job:
 * - 'parse' (default): read and parse `jobs`, posting `{ batch }` messages and
 *   then `{ done: true }` to `port` (the writer) or, without one, to the
 *   parent. With a port and a database it then writes the share of full text
 *   the writer hands back into the second shard.
 * - 'write': the SQLite writer of a bulk run (see index-writer.ts).
 * - 'analyse': a long-lived worker that answers pair analyses for review.pair
 *   (see review/pair-analyst.ts).
 * - 'check': checks chunks of a review's translations against their
 *   originals, answering each with its results (see review/check-workers.ts).
 * - 'rank-lists': loads the rank lists saved for these rows, or builds (and
 *   saves) them, posts them and ends (see rank-lists-builder.ts).
 * One file with several roles, because the build has one worker entry.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analysePair } from '../../core/review/pair-analysis';
import { transferablesOf } from '../../db/rank-lists/build-rank-lists';
import { loadOrBuildRankLists, rankListsFile } from '../../db/rank-lists/rank-lists-file';
import { openDatabase } from '../../db/open-database';
import type { ParseWorkerInput, ParseWorkerMessage, WorkerReport, WriteWorkerInput } from './index-messages';
import { runWriter, serveTextShare } from './index-writer';
import { JobCursor, parseNextSlice } from './job-cursor';
import { SAVED, type RankListsReply, type RankListsWorkerInput } from './rank-lists-builder';
import type { AnalyseReply, AnalyseRequest, AnalyseWorkerInput } from '../review/pair-analyst';
import { answerChecks, type CheckWorkerInput } from '../review/check-workers';

export type { ParseWorkerInput, ParseWorkerMessage } from './index-messages';

const parent = parentPort;
const report = (message: WorkerReport): void => parent?.postMessage(message);

function parse(input: ParseWorkerInput): void {
  const out = input.port ?? parent;
  if (!out) return;
  const { root, jobs, batchSize, model } = input;
  // In a bulk run the writer takes slices from the same cursor whenever it has no rows to write.
  const cursor = new JobCursor(input.cursor);
  for (let batch; (batch = parseNextSlice(cursor, root, jobs, batchSize, model)) !== null; ) {
    out.postMessage({ batch } satisfies ParseWorkerMessage);
  }
  out.postMessage({ done: true } satisfies ParseWorkerMessage);
  // The job list (tens of MB at 100k files) is done with: let its memory serve the full-text share.
  input.jobs = [];
  if (input.port && input.db) serveTextShare(input.port, input.db, root, report);
}

/**
 * Pair analyses are background work: on Linux this thread asks the scheduler
 * for the lowest priority (nice 19; a thread id is a valid target of
 * setpriority there), so the server and the window opening an article get
 * the cores first. Elsewhere it keeps the normal priority.
 */
function lowerThisThreadsPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 19);
  } catch {
    // No /proc/thread-self (not Linux) or not permitted: normal priority.
  }
}

function answerAnalyses(port: NonNullable<typeof parentPort>): void {
  lowerThisThreadsPriority();
  port.on('message', ({ id, input }: AnalyseRequest) => {
    let reply: AnalyseReply;
    try {
      reply = { id, analysis: analysePair(input) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}

/** Background work too: the lowest priority, a read-only connection of its own. */
function buildLists(port: NonNullable<typeof parentPort>, input: RankListsWorkerInput): void {
  lowerThisThreadsPriority();
  const db = openDatabase(input.dbPath, { readonly: true, ...(input.nativeBinding !== undefined && { nativeBinding: input.nativeBinding }) });
  // Each word's pages are read once, in order: a big page cache would only add to the peak memory.
  db.pragma('cache_size = -2048');
  try {
    const data = loadOrBuildRankLists(db, rankListsFile(input.dbPath), input.options);
    if (input.send) port.postMessage(data satisfies RankListsReply, transferablesOf(data));
    else port.postMessage(SAVED satisfies RankListsReply);
  } finally {
    db.close();
  }
}

if (parent) {
  const input = workerData as ParseWorkerInput | WriteWorkerInput | AnalyseWorkerInput | RankListsWorkerInput | CheckWorkerInput;
  if (input.role === 'analyse') {
    answerAnalyses(parent);
  } else if (input.role === 'check') {
    answerChecks(parent, input);
  } else if (input.role === 'rank-lists') {
    buildLists(parent, input);
  } else if (input.role === 'write') {
    runWriter(input, report).catch((error: unknown) => {
      // Rethrown outside the promise so the parent sees the worker's 'error' event.
      setImmediate(() => {
        throw error;
      });
    });
  } else {
    parse(input);
  }
}
