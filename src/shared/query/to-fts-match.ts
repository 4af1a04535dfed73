/**
 * Builds an SQLite FTS5 MATCH expression from search terms that cannot be a
 * syntax error, whatever the user typed: every term becomes an FTS5 string
 * (`"` doubled), so AND/OR/NOT/NEAR, parentheses, `*`, `^` and `col:` are
 * plain text. Terms are ANDed. The last single-word term of three letters
 * or more gets a prefix `*` so search-as-you-type finds `bitcoin` from
 * `bitc`; `bitc*` asks for a prefix anywhere. Terms holding no letter or
 * digit would give the tokenizer nothing to match and are dropped.
 * Returns null when nothing searchable is left.
 */
export function toFtsMatch(terms: string[]): string | null {
  const usable = searchTerms(terms).terms;
  if (usable.length === 0) return null;
  return usable
    .map((term, index) => {
      const isWord = !/\s/.test(term);
      // `bitc*` typed by hand asks for a prefix anywhere; the star itself is not searchable text.
      const explicitPrefix = isWord && /[\p{L}\p{N}]\*+$/u.test(term);
      const text = explicitPrefix ? term.replace(/\*+$/, '') : term;
      const quoted = `"${text.replace(/"/g, '""')}"`;
      const isLast = index === usable.length - 1;
      return explicitPrefix || (isLast && isWord && endsSearchable(text) && longEnoughForPrefix(text)) ? `${quoted}*` : quoted;
    })
    .join(' ');
}

const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * At most this many terms reach FTS5. Each term is one more doclist to
 * merge: 160 copies of `a*` took 6.7 s on 1,000 articles, all that time on
 * the thread that answers every other call.
 */
export const MAX_SEARCH_TERMS = 32;

/** The terms a search uses, and how many distinct searchable ones it left out. */
export interface SearchTerms {
  terms: string[];
  omitted: number;
}

/**
 * The terms `toFtsMatch` searches for: cleaned, only those with a letter or
 * digit, each once (compared without case, as the tokenizer does), the first
 * `MAX_SEARCH_TERMS` of them.
 */
export function searchTerms(terms: readonly string[]): SearchTerms {
  const seen = new Set<string>();
  const usable: string[] = [];
  for (const raw of terms) {
    // FTS5 reads its query as a C string: a NUL ends it mid-quote. Control characters and
    // lone surrogates are never searchable, so they become spaces.
    const term = raw.replace(/[\p{Cc}\p{Cs}]/gu, ' ').trim();
    const key = term.toLowerCase();
    if (!SEARCHABLE.test(term) || seen.has(key)) continue;
    seen.add(key);
    usable.push(term);
  }
  return { terms: usable.slice(0, MAX_SEARCH_TERMS), omitted: Math.max(0, usable.length - MAX_SEARCH_TERMS) };
}

/** What to tell the person when terms were left out; null when none were. */
export function searchTermsNotice({ terms, omitted }: SearchTerms): string | null {
  if (omitted === 0) return null;
  return `Searched the first ${terms.length} of ${terms.length + omitted} different words; the other ${omitted} were left out.`;
}

/**
 * The word being typed becomes a prefix only from three letters: `"m"*`
 * matches nearly every article, and ranking 100,000 of them takes over a
 * second (`"mar"*`: 0.2 s). A shorter word is searched as a whole word;
 * `m*` typed by hand still asks for the prefix.
 */
const IMPLICIT_PREFIX_MIN = 3;

function longEnoughForPrefix(term: string): boolean {
  return (term.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= IMPLICIT_PREFIX_MIN;
}

/** `"c++"*` would be a prefix query for `c`; only prefix when the word ends in a letter or digit. */
function endsSearchable(term: string): boolean {
  return /[\p{L}\p{N}\p{M}]$/u.test(term);
}
