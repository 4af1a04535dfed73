import { BOOLEAN_KEYS, KNOWN_KEYS, LIST_KEYS, isBooleanKey, isListKey, parseBoolean, type ListKey } from './query-keys';
import { tokenizeQuery } from './tokenize-query';

export { toFtsMatch } from './to-fts-match';

/** Values excluded with `-key:value`. */
export type NegatedFilters = Record<ListKey, string[]>;

/**
 * Filters from the search box. Values of one key are ORed, different keys
 * ANDed; `not` values are excluded. Values are kept as typed (case included),
 * except status, which is lower-cased.
 */
export interface QueryFilters {
  lang: string[];
  tag: string[];
  category: string[];
  /** The content model's collections (`collection:docs`). */
  collection: string[];
  draft: boolean | null;
  invalid: boolean | null;
  /** Differs from the last git commit (`changed:true`). Not an index column: the caller resolves it to paths. */
  changed: boolean | null;
  /** Languages a translation group has no file for. */
  missing: string[];
  /**
   * Translation review statuses (draft, unreviewed, needs-work, approved,
   * outdated). Not an index column: the caller resolves it to paths.
   */
  status: string[];
  not: NegatedFilters;
}

export interface ParsedQuery {
  /** The free-text part, with phrases re-quoted, single-spaced. */
  text: string;
  /** Free-text words and phrases; a phrase is a term containing a space. */
  terms: string[];
  filters: QueryFilters;
  /** Things we did not understand, in words a person can act on. */
  warnings: string[];
}

/** Parses the search box; never throws. */
export function parseQuery(input: string): ParsedQuery {
  const filters = emptyFilters();
  const terms: string[] = [];
  const textParts: string[] = [];
  const warnings: string[] = [];
  const addText = (term: string, written: string): void => {
    terms.push(term);
    textParts.push(written);
  };

  for (const token of tokenizeQuery(input)) {
    if (token.type === 'word') addText(token.text, token.text);
    else if (token.type === 'phrase') addText(token.text, `"${token.text}"`);
    else if (!isListKey(token.key) && !isBooleanKey(token.key)) {
      warnings.push(`Unknown filter ${token.key}: (known: ${KNOWN_KEYS.join(', ')}); searched for it as text.`);
      addText(token.raw, token.raw);
    } else if (token.value.trim() === '') {
      warnings.push(`Filter ${token.key}: needs a value right after the colon, e.g. ${example(token.key)}.`);
    } else if (isBooleanKey(token.key)) {
      const value = parseBoolean(token.value.trim());
      if (value === null) warnings.push(`Filter ${token.key}: expects true or false, not "${token.value}".`);
      else filters[token.key] = token.negated ? !value : value;
    } else {
      const spec = LIST_KEYS[token.key];
      const normalized = spec.normalize ? spec.normalize(token.value.trim()) : { value: token.value.trim() };
      if ('warning' in normalized) warnings.push(normalized.warning);
      else {
        const list = token.negated ? filters.not[token.key] : filters[token.key];
        if (!list.includes(normalized.value)) list.push(normalized.value);
      }
    }
  }
  return { text: textParts.join(' '), terms, filters, warnings };
}

function emptyFilters(): QueryFilters {
  return {
    lang: [],
    tag: [],
    category: [],
    collection: [],
    draft: null,
    invalid: null,
    changed: null,
    missing: [],
    status: [],
    not: { lang: [], tag: [], category: [], collection: [], missing: [], status: [] },
  };
}

const EXAMPLES: Record<string, string> = { lang: 'lang:uk', tag: 'tag:MINING', category: 'category:BTC', collection: 'collection:docs', missing: 'missing:de', status: 'status:outdated' };

function example(key: string): string {
  return EXAMPLES[key] ?? (Object.hasOwn(BOOLEAN_KEYS, key) ? `${key}:true` : `${key}:value`);
}
