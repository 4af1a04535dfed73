import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { IndexDatabase } from '../open-database';
import { FTS_SHARDS } from '../schema';
import { buildRankLists, type RankListsData, type RankListsOptions } from './build-rank-lists';
import { warnFailure } from '../warn-failure';

/**
 * Rank lists kept beside the index, so that reopening a big folder does not
 * spend another ~25 s of a core rebuilding them. Like the index they are a
 * cache: a file that is missing, unreadable or of other rows is rebuilt.
 *
 * Layout: "CDRL" + format byte, a 4-byte header length, the JSON header
 * (stamp, shard statistics, vocabulary, section sizes), then the typed arrays
 * and every word's postings, each section starting on an 8-byte boundary so
 * that they load as views of the one buffer read, without copies.
 */
const MAGIC = 'CDRL';
const FORMAT = 1;

/** The rank-lists file of an index file (none for an in-memory index). */
export function rankListsFile(indexFile: string): string | null {
  return indexFile === ':memory:' || indexFile === '' ? null : `${indexFile}-ranks`;
}

/**
 * What the lists were built from: the index generation, both shards' FTS5
 * structure records (a new segment or a tombstone from any insert or delete
 * changes them) and averages records, and the listing options. Equal stamps
 * mean the same full-text rows; read it in the transaction the lists are
 * read in.
 */
export function rankListsStamp(db: IndexDatabase, options: RankListsOptions): string {
  const hash = createHash('sha256');
  hash.update(db.prepare<[], string>("SELECT value FROM main.index_meta WHERE key = 'generation'").pluck().get() ?? '');
  for (const { schema, table } of FTS_SHARDS) {
    for (const block of db.prepare<[], Buffer>(`SELECT block FROM ${schema}.${table}_data WHERE id IN (1, 10) ORDER BY id`).pluck().all()) {
      hash.update(block);
    }
  }
  hash.update(JSON.stringify([FORMAT, options.minShare, options.minDocs]));
  return hash.digest('hex');
}

/**
 * The lists for the rows `db` has now: from `file` when it was saved from
 * these rows, else built (and saved, when there is a file). One read
 * transaction: the stamp and every posting come from the same rows.
 */
export function loadOrBuildRankLists(db: IndexDatabase, file: string | null, opts: RankListsOptions): RankListsData {
  return db.transaction(() => {
    const stamp = rankListsStamp(db, opts);
    const saved = file === null ? null : loadRankLists(file, stamp);
    if (saved) return saved;
    const built = buildRankLists(db, opts);
    if (file !== null) saveRankLists(file, stamp, built);
    return built;
  })();
}

interface Header {
  stamp: string;
  shards: RankListsData['shards'];
  vocab: string[];
  rows: number;
  postingLengths: number[];
}

/** Writes the lists atomically (a temp file renamed over the old one). A failure only costs a rebuild next time. */
export function saveRankLists(file: string, stamp: string, data: RankListsData): void {
  const header: Header = {
    stamp,
    shards: data.shards,
    vocab: data.vocab,
    rows: data.docLength.length,
    postingLengths: data.postings.map((list) => list.length),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Uint8Array[] = [Buffer.from(MAGIC, 'latin1'), Uint8Array.of(FORMAT), uint32(json.length), json];
  let size = parts.reduce((sum, part) => sum + part.length, 0);
  const section = (array: ArrayBufferView): void => {
    const pad = (8 - (size % 8)) % 8;
    parts.push(new Uint8Array(pad), new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    size += pad + array.byteLength;
  };
  [data.docLength, data.shardOf, data.vocabDocs, data.listOf, ...data.postings].forEach(section);
  const temp = `${file}.tmp`;
  try {
    // Part by part: one concatenated copy would add the lists' size again to the peak memory.
    const fd = openSync(temp, 'w');
    try {
      for (const part of parts) writeSync(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    warnFailure('could not save the rank lists (they are built again next time)', error);
  }
}

/** The lists saved in `file` if they carry `stamp`; null when missing, damaged or of other rows. */
export function loadRankLists(file: string, stamp: string): RankListsData | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  try {
    if (bytes.toString('latin1', 0, 4) !== MAGIC || bytes[4] !== FORMAT) return null;
    const headerLength = bytes.readUInt32LE(5);
    const header = JSON.parse(bytes.toString('utf8', 9, 9 + headerLength)) as Header;
    if (header.stamp !== stamp) return null;
    // Sections are read as views, so the file's 8-byte boundaries must be the buffer's: a big read owns
    // its buffer from offset 0; anything else (a small file in Node's shared pool) is copied to one.
    const buffer = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? bytes : Uint8Array.from(bytes);
    let offset = 9 + headerLength;
    const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
      offset += (8 - (offset % 8)) % 8;
      if (offset + length * width > buffer.length) throw new Error('truncated');
      const view = make(buffer.buffer as ArrayBuffer, offset, length);
      offset += length * width;
      return view;
    };
    const vocabLength = header.vocab.length;
    const data: RankListsData = {
      shards: header.shards,
      vocab: header.vocab,
      docLength: take((b, o, n) => new Uint32Array(b, o, n), header.rows, 4),
      shardOf: take((b, o, n) => new Uint8Array(b, o, n), header.rows, 1),
      vocabDocs: take((b, o, n) => new Uint32Array(b, o, n), vocabLength, 4),
      listOf: take((b, o, n) => new Int32Array(b, o, n), vocabLength, 4),
      postings: header.postingLengths.map((length) => take((b, o, n) => new Uint8Array(b, o, n), length, 1)),
    };
    return offset === buffer.length ? data : null;
  } catch {
    return null;
  }
}

function uint32(value: number): Uint8Array {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value);
  return out;
}
