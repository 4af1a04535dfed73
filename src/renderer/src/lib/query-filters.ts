/**
 * Filters live in the query text (`lang:uk tag:MINING`), which is the single
 * source of truth: facet clicks edit the text rather than a parallel state, so
 * what the user sees in the box is exactly what is searched.
 */

/** Facet groups returned by `articles.facets`. */
export type FacetKey = 'lang' | 'tag' | 'category' | 'collection' | 'validity';

/** One `key:value` term of the query language. */
export interface FilterTerm {
  key: string;
  value: string;
}

/** Splits a query into terms on whitespace, keeping double-quoted runs (`tag:"AI policy"`) whole. */
export function tokenizeQuery(query: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of query) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && /\s/.test(ch)) {
      if (current) tokens.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

const FILTER_TOKEN = /^([A-Za-z][\w-]*):(.+)$/;

/** Reads `key:value` or `key:"quoted value"`; `null` for free text or a negated term. */
export function parseFilterToken(token: string): FilterTerm | null {
  const match = FILTER_TOKEN.exec(token);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  let value = match[2];
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return { key: match[1].toLowerCase(), value };
}

/** Writes a term back, quoting values that contain whitespace. */
export function formatFilterToken({ key, value }: FilterTerm): string {
  return /[\s"]/.test(value) ? `${key}:"${value.replace(/"/g, '')}"` : `${key}:${value}`;
}

const sameTerm = (a: FilterTerm, b: FilterTerm): boolean =>
  a.key === b.key.toLowerCase() && a.value.toLowerCase() === b.value.toLowerCase();

/** Maps a facet value to its query term; the validity facet reads `valid`/`invalid`, the query says `invalid:true|false`. */
export function facetTerm(facet: FacetKey, value: string): FilterTerm {
  if (facet === 'validity') return { key: 'invalid', value: value === 'invalid' ? 'true' : 'false' };
  return { key: facet, value };
}

/** Whether the query already contains this term. */
export function hasFilter(query: string, term: FilterTerm): boolean {
  return tokenizeQuery(query).some((token) => {
    const parsed = parseFilterToken(token);
    return parsed !== null && sameTerm(parsed, term);
  });
}

/** Removes the term if present, otherwise appends it. Whitespace between terms is normalised to one space. */
export function toggleFilter(query: string, term: FilterTerm): string {
  const tokens = tokenizeQuery(query);
  const kept = tokens.filter((token) => {
    const parsed = parseFilterToken(token);
    return parsed === null || !sameTerm(parsed, term);
  });
  if (kept.length === tokens.length) kept.push(formatFilterToken(term));
  return kept.join(' ');
}

/** Drops every `key:value` term, keeping the free text. */
export function clearFilters(query: string): string {
  return tokenizeQuery(query)
    .filter((token) => parseFilterToken(token) === null)
    .join(' ');
}
