/**
 * Scores a quick-open query word against a title or path, the way editors'
 * "go to file" boxes do: the word's letters must occur in order
 * (`btcetf` finds "Bitcoin ETF"); a contiguous occurrence beats scattered
 * letters, and letters at word starts and runs of adjacent letters score
 * more. Both sides must already be folded with `foldForMatch`.
 */

/** Lower case without accents (é → e), so `cafe` finds "Café". */
export function foldForMatch(text: string): string {
  // Pure ASCII (most paths, many titles) needs no normalisation.
  // eslint-disable-next-line no-control-regex
  const folded = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  return folded.toLowerCase();
}

const isBoundary = (text: string, index: number): boolean => {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  // space / - _ . ( ' "
  return before === 32 || before === 47 || before === 45 || before === 95 || before === 46 || before === 40 || before === 39 || before === 34;
};

/** Score of one word (no spaces) in `text`; -1 when its letters do not all occur in order. */
export function scoreWord(text: string, word: string): number {
  if (word.length === 0) return 0;
  const at = text.indexOf(word);
  if (at !== -1) {
    // Contiguous: best at the very start, then at a word start, then anywhere.
    const boundary = at === 0 ? 3 : isBoundary(text, at) ? 2 : 1;
    return word.length * (10 + 6 * boundary) - Math.min(at, 50) * 0.1;
  }
  let score = 0;
  let from = 0;
  let previous = -2;
  for (let i = 0; i < word.length; i++) {
    const found = text.indexOf(word[i] as string, from);
    if (found === -1) return -1;
    score += 2;
    if (found === previous + 1) score += 5;
    if (isBoundary(text, found)) score += 6;
    previous = found;
    from = found + 1;
  }
  // Letters spread over a long stretch are a weaker match.
  return score - Math.min(previous - word.length, 100) * 0.05;
}

/**
 * Score of a query (words separated by spaces) against a file's folded title
 * and path: every word must match one of them. Title matches weigh more than
 * path matches (the title is what people remember). -1 when a word is
 * found in neither.
 */
export function scoreEntry(title: string, path: string, words: readonly string[]): number {
  let total = 0;
  for (const word of words) {
    const inTitle = scoreWord(title, word);
    const inPath = scoreWord(path, word);
    if (inTitle < 0 && inPath < 0) return -1;
    total += Math.max(inTitle * 1.5, inPath);
  }
  return total;
}
