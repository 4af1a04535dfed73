import { COLUMN_WEIGHTS } from './rank-lists/bm25';
import { FTS_SHARDS } from './schema';

/**
 * SQL over both full-text shards. A document's text is in exactly one shard,
 * so `UNION ALL` of the shards' matches is the whole answer with no
 * duplicates. Every statement takes the MATCH expression once per shard:
 * spread `matchParams(match)` where it goes.
 */

/** bm25's column weights as SQL arguments: title, description, body, tags. */
export const WEIGHTS = COLUMN_WEIGHTS.map((weight) => weight.toFixed(1)).join(', ');

/** Row ids (`id`) of every document matching `?` (once per shard). */
export const MATCH_IDS_SQL = FTS_SHARDS.map(
  ({ schema, table }) => `SELECT rowid AS id FROM ${schema}.${table} WHERE ${table} MATCH ?`,
).join(' UNION ALL ');

/**
 * Row ids and bm25 scores (`id`, `score`; lower is better) of every match.
 * Each shard scores with its own statistics (document count, average length,
 * document frequency per term). Shards are filled from the same stream of
 * files, so for a big index the statistics agree closely; a small index
 * has everything in the first shard, where the scores are exact.
 */
export const MATCH_SCORES_SQL = FTS_SHARDS.map(
  ({ schema, table }) => `SELECT rowid AS id, bm25(${table}, ${WEIGHTS}) AS score FROM ${schema}.${table} WHERE ${table} MATCH ?`,
).join(' UNION ALL ');

/** How many documents match `?` (once per shard), counted by FTS5 itself (no join). */
export const MATCH_COUNT_SQL = `SELECT ${FTS_SHARDS.map(
  ({ schema, table }) => `(SELECT count(*) FROM ${schema}.${table} WHERE ${table} MATCH ?)`,
).join(' + ')} AS n`;

/** The MATCH parameter once per shard. */
export const matchParams = (match: string): string[] => FTS_SHARDS.map(() => match);
