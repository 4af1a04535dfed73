/**
 * Snippets for the article list, built in JS from the stored text. FTS5's
 * snippet() re-runs the MATCH for every row (≈2 ms each for a common word at
 * 100k articles); this reads only the row's text. Matching follows the
 * `unicode61 remove_diacritics 2` tokenizer: case- and accent-insensitive
 * words of letters and digits.
 */

/** Start and end of a highlighted match. Private-use characters, never HTML. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface SnippetTerm {
  /** Folded token (lower case, no accents). */
  token: string;
  /** Matches any word starting with `token`. */
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Lower case without accents, as the FTS tokenizer compares words. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words to highlight for search terms as `parseQuery` returns them: each
 * word of each term; the last single-word term, and any `word*`, match as
 * prefixes (as `toFtsMatch` builds the query).
 */
export function snippetTerms(terms: string[]): SnippetTerm[] {
  const out: SnippetTerm[] = [];
  terms.forEach((term, index) => {
    const isWord = !/\s/.test(term.trim());
    const prefix = isWord && (term.endsWith('*') || index === terms.length - 1);
    for (const [word] of term.matchAll(WORD)) out.push({ token: foldWord(word), prefix });
  });
  return out.filter((t) => t.token !== '');
}

/**
 * About `size` words of `text` around the first matching word, matches wrapped
 * in MARK_START/MARK_END, whitespace collapsed, `…` where text was cut.
 * Returns null when no word matches.
 */
export function makeSnippet(text: string, terms: SnippetTerm[], size = 16): string | null {
  if (terms.length === 0 || text === '') return null;
  const matches = (word: string): boolean => {
    const folded = foldWord(word);
    return terms.some((t) => (t.prefix ? folded.startsWith(t.token) : folded === t.token));
  };
  const words: { start: number; end: number; hit: boolean }[] = [];
  let firstHit = -1;
  for (const m of text.matchAll(WORD)) {
    const hit = matches(m[0]);
    words.push({ start: m.index, end: m.index + m[0].length, hit });
    if (hit && firstHit === -1) firstHit = words.length - 1;
    // Enough words after the first hit to fill the window: stop tokenising.
    if (firstHit !== -1 && words.length - firstHit >= size) break;
  }
  if (firstHit === -1) return null;
  const from = Math.max(0, firstHit - Math.floor(size / 4));
  const to = Math.min(words.length, from + size);
  let out = from > 0 ? '…' : '';
  let cursor = words[from]?.start ?? 0;
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (!word) continue;
    out += text.slice(cursor, word.start);
    out += word.hit ? MARK_START + text.slice(word.start, word.end) + MARK_END : text.slice(word.start, word.end);
    cursor = word.end;
  }
  const last = words[to - 1];
  const cut = last !== undefined && /[\p{L}\p{N}]/u.test(text.slice(last.end));
  return (out + (cut ? '…' : text.slice(cursor))).replace(/\s+/g, ' ').trim();
}
