import type { Statement } from 'better-sqlite3';
import { WEIGHTS } from '../fulltext-match';
import type { IndexDatabase } from '../open-database';
import { FTS_SHARDS } from '../schema';
import { frequencyFromScore, idf } from './bm25';

/** What bm25 needs to know about each full-text shard and its rows. */
export interface ShardStats {
  /** Per shard, in `FTS_SHARDS` order: its row count and the sum of its rows' token counts. */
  shards: { rows: number; tokens: number }[];
  /** Token count of each row (all columns), by row id. */
  docLength: Uint32Array;
  /** 1 + the index in `FTS_SHARDS` of the shard holding each row id; 0 for none. */
  shardOf: Uint8Array;
}

/** Rows of one shard holding a word, read into arrays reused from word to word. */
class ShardRows {
  ids = new Int32Array(1024);
  scores = new Float64Array(1024);
  fs = new Uint32Array(1024);
  count = 0;

  push(id: number, score: number): void {
    if (this.count === this.ids.length) {
      const size = this.count * 2;
      this.ids = grown(this.ids, new Int32Array(size));
      this.scores = grown(this.scores, new Float64Array(size));
      this.fs = new Uint32Array(size);
    }
    this.ids[this.count] = id;
    this.scores[this.count++] = score;
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Reads one word's postings from the full-text shards through FTS5 itself:
 * `bm25()` of the one-word phrase for every matching row, solved for F (see
 * bm25.ts). About 1 µs a posting: fine for a rare word, too slow to do for
 * the common ones on every query, which is why those are listed ahead.
 * Rows are stepped through into arrays kept from word to word: fetching
 * them with `.all()`, or new arrays per word, left 80–170 MB of short-lived
 * garbage at 100k articles.
 */
export class TermReader {
  private readonly statements: Statement<[string], [number, number]>[];
  private readonly rows: ShardRows[];

  constructor(
    db: IndexDatabase,
    private readonly stats: ShardStats,
  ) {
    this.statements = FTS_SHARDS.map(({ schema, table }) =>
      db.prepare<[string], [number, number]>(`SELECT rowid, bm25(${table}, ${WEIGHTS}) FROM ${schema}.${table} WHERE ${table} MATCH ? ORDER BY rowid`).raw(),
    );
    this.rows = FTS_SHARDS.map(() => new ShardRows());
  }

  /** Calls `visit(id, f)` for every row holding `term`, ids ascending. */
  read(term: string, visit: (id: number, f: number) => void): void {
    const phrase = `"${term.replace(/"/g, '""')}"`;
    const { docLength, shards } = this.stats;
    this.statements.forEach((statement, index) => {
      const rows = this.rows[index] as ShardRows;
      rows.count = 0;
      for (const [id, score] of statement.iterate(phrase)) rows.push(id, score);
      // bm25's idf counts the rows holding the phrase in this shard: all of them were just read.
      const shard = shards[index] ?? { rows: 0, tokens: 0 };
      const termIdf = idf(shard.rows, rows.count);
      const avgdl = shard.tokens / shard.rows;
      for (let i = 0; i < rows.count; i++) {
        rows.fs[i] = frequencyFromScore(rows.scores[i] as number, termIdf, docLength[rows.ids[i] as number] ?? 0, avgdl);
      }
    });
    mergeById(this.rows, visit);
  }
}

/** Visits the shards' rows in one ascending id order (a row is in one shard only, so ids never repeat). */
function mergeById(shards: ShardRows[], visit: (id: number, f: number) => void): void {
  const next = shards.map(() => 0);
  for (;;) {
    let from = -1;
    for (let s = 0; s < shards.length; s++) {
      const rows = shards[s] as ShardRows;
      const at = next[s] as number;
      if (at < rows.count && (from === -1 || (rows.ids[at] as number) < ((shards[from] as ShardRows).ids[next[from] as number] as number))) from = s;
    }
    if (from === -1) return;
    const rows = shards[from] as ShardRows;
    const at = next[from] as number;
    visit(rows.ids[at] as number, rows.fs[at] as number);
    next[from] = at + 1;
  }
}

/**
 * Per-row lengths from FTS5's docsize tables, and each shard's row count and
 * token total from its averages record: the figures bm25 itself reads. They
 * are not the docsize sums: a delete from a contentless table leaves the
 * averages as they were (FTS5 cannot tokenize text it does not have), and
 * bm25 goes on counting the deleted row, so the lists must too.
 */
export function readShardStats(db: IndexDatabase): ShardStats {
  const maxId = Math.max(
    0,
    ...FTS_SHARDS.map(({ schema, table }) => db.prepare<[], number | null>(`SELECT max(id) FROM ${schema}.${table}_docsize`).pluck().get() ?? 0),
  );
  const docLength = new Uint32Array(maxId + 1);
  const shardOf = new Uint8Array(maxId + 1);
  FTS_SHARDS.forEach(({ schema, table }, index) => {
    // Stepped through, not fetched whole: 100k rows of [id, Buffer] at once cost 85 MB.
    for (const [id, sz] of db.prepare<[], [number, Buffer]>(`SELECT id, sz FROM ${schema}.${table}_docsize`).raw().iterate()) {
      docLength[id] = varints(sz).reduce((sum, size) => sum + size, 0);
      shardOf[id] = index + 1;
    }
  });
  const shards = FTS_SHARDS.map(({ schema, table }) => {
    // Row 1 of %_data is the averages record: the row count, then each column's token total.
    const averages = db.prepare<[], Buffer>(`SELECT block FROM ${schema}.${table}_data WHERE id = 1`).pluck().get();
    const [rows = 0, ...columns] = averages ? varints(averages) : [];
    return { rows, tokens: columns.reduce((sum, size) => sum + size, 0) };
  });
  return { shards, docLength, shardOf };
}

/**
 * The SQLite-format varints of an FTS5 record (sqlite3Fts5GetVarint):
 * big-endian 7-bit groups, the high bit marking that more follow, a ninth
 * byte whole.
 */
function varints(blob: Uint8Array): number[] {
  const values: number[] = [];
  let i = 0;
  while (i < blob.length) {
    let value = 0;
    for (let n = 0; n < 9; n++) {
      const byte = blob[i++] as number;
      if (n === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    values.push(value);
  }
  return values;
}
