/** One step of an alignment of two sequences: a pair, or an item of one side alone. */
export interface SequenceStep {
  a: number | null;
  b: number | null;
}

export interface AlignOptions {
  /**
   * Items that are certainly counterparts (equal hashes, identical
   * signatures). Only used to trim a common prefix and suffix when the full
   * table would be too large.
   */
  same?: (i: number, j: number) => boolean;
  /** Largest dynamic-programming table (n × m cells) before falling back; default 2M (16 MB). */
  maxCells?: number;
}

const DEFAULT_MAX_CELLS = 2_000_000;
/** How far the greedy fallback looks ahead for a counterpart before giving up on an item. */
const LOOKAHEAD = 64;

/**
 * Aligns `a[0..n)` with `b[0..m)`, keeping order, maximising the summed
 * `score(i, j)` of the pairs; a score ≤ 0 forbids the pair, and leaving an
 * item unpaired costs nothing. Steps come in order of both sequences.
 *
 * Exact dynamic programming while n × m stays under `maxCells`; beyond it a
 * common prefix/suffix is trimmed with `same`, and if the rest is still too
 * large a greedy walk pairs in order, so memory never grows quadratically.
 */
export function alignSequences(
  n: number,
  m: number,
  score: (i: number, j: number) => number,
  options: AlignOptions = {},
): SequenceStep[] {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const { same } = options;
  let start = 0;
  let endA = n;
  let endB = m;
  if (same && (n + 1) * (m + 1) > maxCells) {
    while (start < endA && start < endB && same(start, start)) start++;
    while (endA > start && endB > start && same(endA - 1, endB - 1)) {
      endA--;
      endB--;
    }
  }
  const head: SequenceStep[] = [];
  for (let k = 0; k < start; k++) head.push({ a: k, b: k });
  const tail: SequenceStep[] = [];
  for (let k = 0; k < n - endA; k++) tail.push({ a: endA + k, b: endB + k });

  const rows = endA - start;
  const cols = endB - start;
  const shifted = (i: number, j: number): number => score(start + i, start + j);
  const middle = (rows + 1) * (cols + 1) <= maxCells ? alignExact(rows, cols, shifted) : alignGreedy(rows, cols, shifted);
  for (const step of middle) {
    head.push({ a: step.a === null ? null : step.a + start, b: step.b === null ? null : step.b + start });
  }
  return head.concat(tail);
}

/**
 * Table of best scores for the suffixes a[i..n), b[j..m), traced from the
 * start: on ties the earliest pair wins, so with equal scores items pair from
 * the top and the unpaired ones end up last (content is usually appended).
 */
function alignExact(n: number, m: number, score: (i: number, j: number) => number): SequenceStep[] {
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const at = (i: number, j: number): number => best[i * width + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(i, j);
      const diagonal = s > 0 ? at(i + 1, j + 1) + s : -1;
      best[i * width + j] = Math.max(at(i + 1, j), at(i, j + 1), diagonal);
    }
  }
  const steps: SequenceStep[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = at(i, j);
    const s = score(i, j);
    if (s > 0 && here === at(i + 1, j + 1) + s) steps.push({ a: i++, b: j++ });
    else if (here === at(i + 1, j)) steps.push({ a: i++, b: null });
    else steps.push({ a: null, b: j++ });
  }
  while (i < n) steps.push({ a: i++, b: null });
  while (j < m) steps.push({ a: null, b: j++ });
  return steps;
}

function alignGreedy(n: number, m: number, score: (i: number, j: number) => number): SequenceStep[] {
  const steps: SequenceStep[] = [];
  let i = 0;
  let j = 0;
  const nextB = (): number => {
    for (let k = j + 1; k < Math.min(m, j + LOOKAHEAD); k++) if (score(i, k) > 0) return k - j;
    return Infinity;
  };
  const nextA = (): number => {
    for (let k = i + 1; k < Math.min(n, i + LOOKAHEAD); k++) if (score(k, j) > 0) return k - i;
    return Infinity;
  };
  while (i < n && j < m) {
    if (score(i, j) > 0) {
      steps.push({ a: i++, b: j++ });
      continue;
    }
    const skipB = nextB();
    const skipA = nextA();
    if (skipB === Infinity && skipA === Infinity) {
      steps.push({ a: i++, b: null }, { a: null, b: j++ });
    } else if (skipB <= skipA) {
      for (let k = 0; k < skipB; k++) steps.push({ a: null, b: j++ });
    } else {
      for (let k = 0; k < skipA; k++) steps.push({ a: i++, b: null });
    }
  }
  while (i < n) steps.push({ a: i++, b: null });
  while (j < m) steps.push({ a: null, b: j++ });
  return steps;
}
