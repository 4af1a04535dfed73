import type { IndexDatabase } from '../open-database';
import { FTS_SHARDS } from '../schema';
import { VarintWriter } from './postings';
import { readShardStats, TermReader, type ShardStats } from './term-reader';

/**
 * Everything the rank lists hold: plain arrays and typed arrays only, so a
 * worker thread can build it and post it (the typed arrays transferred).
 */
export interface RankListsData extends ShardStats {
  /** Every word in the full-text index, sorted (JS string order). */
  vocab: string[];
  /** Rows containing each word of `vocab` (both shards). */
  vocabDocs: Uint32Array;
  /** For each word of `vocab`, the index of its postings in `postings`, or -1 when it is not listed. */
  listOf: Int32Array;
  /** The listed words' postings (see postings.ts), each in a buffer of its exact size. */
  postings: Uint8Array[];
}

export interface RankListsOptions {
  /** A word is listed when it is in at least this share of the rows… */
  minShare: number;
  /** …and in at least this many. */
  minDocs: number;
}

/**
 * Lists the common words' postings ahead of queries. Ranking a word in 40%
 * of 100,000 articles means reading and scoring 40,000 postings; FTS5 does
 * that at ~0.4 µs each plus the work of merging a prefix's words, which is
 * 40–70 ms for `market` or `regul*`. From these lists the same scores take a
 * few ms. Rare words are left to FTS5: they are cheap there.
 */
export function buildRankLists(db: IndexDatabase, opts: RankListsOptions): RankListsData {
  const stats = readShardStats(db);
  const rows = stats.shards.reduce((sum, shard) => sum + shard.rows, 0);
  const docs = readVocabulary(db);
  const vocab = [...docs.keys()].sort();
  const vocabDocs = Uint32Array.from(vocab, (term) => docs.get(term) ?? 0);
  const listOf = new Int32Array(vocab.length).fill(-1);
  const postings: Uint8Array[] = [];
  const minDocs = Math.max(opts.minDocs, Math.ceil(opts.minShare * rows));
  const reader = new TermReader(db, stats);
  // One scratch buffer for encoding; each word keeps an exact-size copy (no doubling buffer holding it all twice).
  const out = new VarintWriter();
  for (let index = 0; index < vocab.length; index++) {
    if ((vocabDocs[index] as number) < minDocs) continue;
    out.length = 0;
    let previous = 0;
    reader.read(vocab[index] as string, (id, f) => {
      out.write(id - previous);
      out.write(f);
      previous = id;
    });
    listOf[index] = postings.length;
    postings.push(out.bytes());
  }
  return { ...stats, vocab, vocabDocs, listOf, postings };
}

/** Every word of both shards with the number of rows holding it, from FTS5's own vocabulary tables. */
function readVocabulary(db: IndexDatabase): Map<string, number> {
  const docs = new Map<string, number>();
  for (const { schema, table } of FTS_SHARDS) {
    const vocabTable = `copydesk_vocab_${schema}`;
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocabTable} USING fts5vocab(${schema}, ${table}, row)`);
    for (const [term, count] of db.prepare<[], [string, number]>(`SELECT term, doc FROM temp.${vocabTable}`).raw().iterate()) {
      docs.set(term, (docs.get(term) ?? 0) + count);
    }
  }
  return docs;
}

/** The buffers under `data`'s typed arrays (each once: lists loaded from a file share one), for postMessage's transfer list. */
export function transferablesOf(data: RankListsData): ArrayBuffer[] {
  const arrays = [data.docLength, data.shardOf, data.vocabDocs, data.listOf, ...data.postings];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
