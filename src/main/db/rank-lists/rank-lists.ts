import type { IndexDatabase } from '../open-database';
import { idf, phraseScore } from './bm25';
import type { RankListsData } from './build-rank-lists';
import { phrasesOf, QueryTokens } from './query-tokens';
import { TermReader } from './term-reader';

/** A page of ranked matches: ids best first, and how many rows match in all. */
export interface RankedIds {
  total: number;
  ids: number[];
}

/**
 * Words of a query not listed ahead are read from FTS5 while querying (about
 * 1 µs a posting), up to this many postings in all; past that FTS5 answers
 * the whole query itself.
 */
const MAX_UNLISTED_POSTINGS = 8_000;
/** More phrases than this (rare: a query is a few words) go to FTS5. */
const MAX_PHRASES = 8;

/** One phrase's matches: F by row id (0 where it does not match) and the ids it matches. */
interface PhraseHits {
  freq: Float64Array;
  ids: Int32Array;
  /** bm25 idf of the phrase in each shard, by `shardOf` value. */
  idf: number[];
}

/**
 * Full-text queries answered from rank lists built ahead (build-rank-lists.ts)
 * instead of FTS5, with FTS5's exact bm25 scores and order. Answers only what
 * it can answer exactly: ANDed one-word phrases, whole or prefix (what the
 * search box sends); `rank` and `ids` return null for anything else (a
 * multi-word phrase needs word positions, which the lists do not keep).
 * Valid only for the rows it was built from: drop it when rows change.
 */
export class RankLists {
  private readonly reader: TermReader;
  private readonly tokens: QueryTokens;
  /** Per phrase slot, arrays as long as the row ids: F by id, and the ids matched. Reused: no garbage per query. */
  private readonly scratch: { freq: Float64Array; ids: Int32Array }[] = [];

  constructor(
    private readonly data: RankListsData,
    db: IndexDatabase,
  ) {
    this.reader = new TermReader(db, data);
    this.tokens = new QueryTokens(db);
  }

  /**
   * Rows matching `match` (and `keep`, when given), best first by bm25 then
   * id, as `ORDER BY bm25(…), id` gives them: `limit` of them from `offset`.
   */
  rank(match: string, keep: ((id: number) => boolean) | null, offset: number, limit: number): RankedIds | null {
    const hits = this.collect(match);
    if (hits === null) return null;
    try {
      const { docLength, shardOf, shards } = this.data;
      const avgdl = [0, ...shards.map((shard) => shard.tokens / shard.rows)];
      const best = new TopRows(offset + limit);
      let total = 0;
      for (const id of matchingAll(hits)) {
        if (keep && !keep(id)) continue;
        total++;
        const shard = shardOf[id] as number;
        let score = 0;
        for (const phrase of hits) {
          score += phraseScore(phrase.idf[shard] as number, phrase.freq[id] as number, docLength[id] as number, avgdl[shard] as number);
        }
        best.offer(score, id);
      }
      return { total, ids: best.sorted().slice(offset) };
    } finally {
      this.release(hits);
    }
  }

  /** Every row matching `match`, ascending (a copy: the scratch arrays are reused), or null when the lists cannot answer it. */
  ids(match: string): Int32Array | null {
    const hits = this.collect(match);
    if (hits === null) return null;
    try {
      return matchingAll(hits).slice().sort();
    } finally {
      this.release(hits);
    }
  }

  /** Each phrase's F per row and idf per shard, or null when the query is not one the lists answer. */
  private collect(match: string): PhraseHits[] | null {
    const phrases = phrasesOf(match);
    if (phrases === null || phrases.length > MAX_PHRASES) return null;
    const words: { terms: number[] }[] = [];
    let unlisted = 0;
    for (const phrase of phrases) {
      const tokens = this.tokens.of(phrase.text);
      if (tokens.length !== 1) return null;
      const terms = this.termsFor(tokens[0] as string, phrase.prefix);
      for (const term of terms) if (this.data.listOf[term] === -1) unlisted += this.data.vocabDocs[term] as number;
      words.push({ terms });
    }
    if (unlisted > MAX_UNLISTED_POSTINGS) return null;
    const hits: PhraseHits[] = [];
    try {
      for (const { terms } of words) hits.push(this.phraseHits(terms, hits.length));
    } catch (error) {
      // The scratch arrays must be left zeroed whatever happens, or every later query would count these rows.
      this.release(hits);
      throw error;
    }
    return hits;
  }

  /** Vocabulary indexes of the word itself, or of every word it begins (prefix). */
  private termsFor(token: string, prefix: boolean): number[] {
    const { vocab } = this.data;
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((vocab[mid] as string) < token) lo = mid + 1;
      else hi = mid;
    }
    const terms: number[] = [];
    for (let i = lo; i < vocab.length; i++) {
      const term = vocab[i] as string;
      if (prefix ? !term.startsWith(token) : term !== token) break;
      terms.push(i);
    }
    return terms;
  }

  private phraseHits(terms: number[], slot: number): PhraseHits {
    const { data } = this;
    const { freq, ids } = (this.scratch[slot] ??= {
      freq: new Float64Array(data.docLength.length),
      ids: new Int32Array(data.docLength.length),
    });
    let count = 0;
    try {
      for (const term of terms) {
        const listed = data.postings[data.listOf[term] as number];
        if (listed) {
          count = addListed(listed, freq, ids, count);
        } else {
          this.reader.read(data.vocab[term] as string, (id, f) => {
            if (freq[id] === 0) ids[count++] = id;
            freq[id] = (freq[id] as number) + f;
          });
        }
      }
    } catch (error) {
      // The scratch arrays must be left zeroed whatever happens, or every later query would count these rows.
      for (let i = 0; i < count; i++) freq[ids[i] as number] = 0;
      throw error;
    }
    const matched = ids.subarray(0, count);
    const perShard = new Uint32Array(data.shards.length + 1);
    for (const id of matched) {
      const shard = data.shardOf[id] as number;
      perShard[shard] = (perShard[shard] as number) + 1;
    }
    return { freq, ids: matched, idf: [0, ...data.shards.map((shard, i) => idf(shard.rows, perShard[i + 1] as number))] };
  }

  /** Zeroes the scratch arrays where this query wrote. */
  private release(hits: PhraseHits[]): void {
    for (const { freq, ids } of hits) for (const id of ids) freq[id] = 0;
  }
}

/**
 * Adds a listed word's postings (format: postings.ts) to F by id, appending
 * ids seen for the first time at `ids[count…]`; returns the new count. The
 * decoding is inline: it runs for every posting of a common word, and a call
 * per posting cost a third of the query.
 */
function addListed(bytes: Uint8Array, freq: Float64Array, ids: Int32Array, count: number): number {
  let n = count;
  let i = 0;
  let id = 0;
  while (i < bytes.length) {
    let byte = bytes[i++] as number;
    let gap = byte & 0x7f;
    for (let scale = 0x80; byte & 0x80; scale *= 0x80) {
      byte = bytes[i++] as number;
      gap += (byte & 0x7f) * scale;
    }
    byte = bytes[i++] as number;
    let f = byte & 0x7f;
    for (let scale = 0x80; byte & 0x80; scale *= 0x80) {
      byte = bytes[i++] as number;
      f += (byte & 0x7f) * scale;
    }
    id += gap;
    if (freq[id] === 0) ids[n++] = id;
    freq[id] = (freq[id] as number) + f;
  }
  return n;
}

/** Rows matching every phrase (F > 0 in each). A view of scratch memory when there is one phrase: use it before the next query. */
function matchingAll(hits: PhraseHits[]): Int32Array {
  const [first, ...rest] = hits;
  if (!first) return new Int32Array(0);
  return rest.length === 0 ? first.ids : first.ids.filter((id) => rest.every((phrase) => (phrase.freq[id] as number) > 0));
}

/**
 * The best `size` (score, id) pairs seen: higher score first, then lower id.
 * A bounded min-heap keeps the worst kept pair on top, so each offer is a
 * compare in the common case and log(size) otherwise.
 */
class TopRows {
  private readonly scores: number[] = [];
  private readonly ids: number[] = [];

  constructor(private readonly size: number) {}

  offer(score: number, id: number): void {
    if (this.size <= 0) return;
    if (this.ids.length < this.size) {
      this.scores.push(score);
      this.ids.push(id);
      this.up(this.ids.length - 1);
    } else if (this.better(score, id, 0)) {
      this.scores[0] = score;
      this.ids[0] = id;
      this.down(0);
    }
  }

  /** The kept ids, best first. */
  sorted(): number[] {
    const order = this.ids.map((_, i) => i);
    order.sort((a, b) => (this.better(this.scores[a] as number, this.ids[a] as number, b) ? -1 : 1));
    return order.map((i) => this.ids[i] as number);
  }

  /** Whether (score, id) ranks before the pair at heap index `at`. */
  private better(score: number, id: number, at: number): boolean {
    const other = this.scores[at] as number;
    return score > other || (score === other && id < (this.ids[at] as number));
  }

  private up(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >>> 1;
      // Min-heap on rank: the parent must be the worse of the two.
      if (!this.better(this.scores[parent] as number, this.ids[parent] as number, i)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.ids.length && !this.better(this.scores[left] as number, this.ids[left] as number, worst)) worst = left;
      if (right < this.ids.length && !this.better(this.scores[right] as number, this.ids[right] as number, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    [this.scores[a], this.scores[b]] = [this.scores[b] as number, this.scores[a] as number];
    [this.ids[a], this.ids[b]] = [this.ids[b] as number, this.ids[a] as number];
  }
}
