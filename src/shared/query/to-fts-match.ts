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
  // FTS5 reads its query as a C string: a NUL ends it mid-quote. Control characters and
  // lone surrogates are never searchable, so they become spaces.
  const usable = terms.map((t) => t.replace(/[\p{Cc}\p{Cs}]/gu, ' ').trim()).filter((t) => SEARCHABLE.test(t));
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
