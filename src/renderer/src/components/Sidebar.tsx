import type { Facets } from '@shared/ipc/contract';
import { facetTerm, hasFilter, parseFilterToken, tokenizeQuery } from '../lib/query-filters';
import type { FacetKey, FilterTerm } from '../lib/query-filters';
import { FacetGroup } from './FacetGroup';
import type { FacetEntry } from './FacetGroup';

interface Props {
  facets: Facets | null;
  /** Counts are being recomputed for a new query; the old ones stay visible, dimmed. */
  loading?: boolean;
  query: string;
  onToggle: (facet: FacetKey, value: string) => void;
}

/**
 * Facets count the files matching the current search, valid or not. That is
 * why they can differ from `copydesk index` and the Taxonomy tab, which count
 * valid files of the whole folder (Taxonomy: each tag's uses, each spelling
 * apart when matching exactly) — the tooltips say so.
 */
const MATCHING = 'Files matching the search, invalid ones included.';
const GROUPS: { key: FacetKey; title: string; limit?: number; hint: string }[] = [
  { key: 'lang', title: 'Language', hint: `${MATCHING} The index summary counts valid files only.` },
  { key: 'collection', title: 'Collection', hint: MATCHING },
  { key: 'validity', title: 'Validity', hint: `${MATCHING} Invalid here is what Problems lists as invalid files.` },
  // The category facet lists the values of each collection's category field; a site without one has no values, so no group.
  { key: 'category', title: 'Category', hint: `${MATCHING} Taxonomy counts valid files of the whole folder.` },
  { key: 'tag', title: 'Tag', limit: 12, hint: `${MATCHING} Taxonomy counts each tag's uses in valid files of the whole folder.` },
];

const LABELS: Partial<Record<FacetKey, Record<string, string>>> = {
  validity: { valid: 'Valid', invalid: 'Invalid' },
};

/** A site of one collection has nothing to choose between: its collection facet is left out unless the query filters on it. */
function hidden(key: FacetKey, values: { value: string }[], query: string): boolean {
  return key === 'collection' && values.length < 2 && !values.some(({ value }) => hasFilter(query, facetTerm(key, value)));
}

/** Facet filters with counts; active values stay listed even when the current result has none of them. */
export function Sidebar({ facets, loading = false, query, onToggle }: Props) {
  return (
    <nav className={`sidebar${loading ? ' sidebar--loading' : ''}`} aria-label="Filters" aria-busy={loading}>
      {GROUPS.map(({ key, title, limit, hint }) => {
        const values = withActiveValues(facets?.[key] ?? [], key, query);
        if (hidden(key, values, query)) return null;
        const entries: FacetEntry[] = values.map(({ value, count }) => ({
          value,
          count,
          label: LABELS[key]?.[value] ?? value,
          active: hasFilter(query, facetTerm(key, value)),
        }));
        return <FacetGroup key={key} title={title} hint={hint} entries={entries} limit={limit} onToggle={(value) => onToggle(key, value)} />;
      })}
      {facets === null && <p className="sidebar-empty">Loading filters…</p>}
    </nav>
  );
}

/** Adds values the query filters on but the facet did not return (count 0), so they can be switched off here. */
function withActiveValues(values: { value: string; count: number }[], key: FacetKey, query: string) {
  if (key === 'validity') return values;
  const known = new Set(values.map((v) => v.value.toLowerCase()));
  const extra = tokenizeQuery(query)
    .map(parseFilterToken)
    .filter((term): term is FilterTerm => term !== null && term.key === key && !known.has(term.value.toLowerCase()))
    .map((term) => ({ value: term.value, count: 0 }));
  return extra.length > 0 ? [...extra, ...values] : values;
}
