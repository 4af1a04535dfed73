/**
 * FTS5's bm25, restated in JS so scores can be computed from the rank lists
 * and come out bit for bit as SQLite's `bm25()` (ext/fts5/fts5_aux.c): the
 * same constants, the same clamped idf, the same order of operations. For
 * each phrase i of a query, with N rows in the table, n_i of them matching
 * the phrase, D the row's token count (all columns) and avgdl the table's
 * mean:
 *
 *   idf_i = ln((N − n_i + 0.5) / (n_i + 0.5)), or 1e-6 when that is ≤ 0
 *   score = −Σ_i idf_i · F_i·(k1 + 1) / (F_i + k1·(1 − b + b·D/avgdl))
 *
 * where F_i is the row's weighted frequency of the phrase: each instance
 * counts its column's weight. A prefix phrase's instances are those of all
 * the words it expands to, so its F is the sum of theirs: that is what lets
 * per-word lists answer prefix queries exactly.
 */
export const K1 = 1.2;
export const B = 0.75;

/**
 * Column weights (title, description, body, tags). Whole numbers on
 * purpose: F is then a whole number, which the lists store exactly.
 */
export const COLUMN_WEIGHTS = [10, 4, 1, 6] as const;

/** bm25's idf for a phrase matching `hits` of `rows` rows. */
export function idf(rows: number, hits: number): number {
  const value = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return value <= 0 ? 1e-6 : value;
}

/** One phrase's term of the sum (positive; bm25 returns the negated sum). */
export function phraseScore(phraseIdf: number, f: number, docLength: number, avgdl: number): number {
  return phraseIdf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * docLength) / avgdl)));
}

/**
 * F recovered from a one-phrase `bm25()` score: the score is monotonic in F
 * with everything else known, so solving for F and rounding to the whole
 * number it must be is exact.
 */
export function frequencyFromScore(score: number, phraseIdf: number, docLength: number, avgdl: number): number {
  const ratio = -score / (phraseIdf * (K1 + 1.0));
  const k = K1 * (1 - B + (B * docLength) / avgdl);
  return Math.round((ratio * k) / (1 - ratio));
}
