import { useState } from 'react';
import { formatCount } from '../lib/format';

/** One facet value as shown: its label, count and whether the query filters on it. */
export interface FacetEntry {
  value: string;
  label: string;
  count: number;
  active: boolean;
}

interface Props {
  title: string;
  entries: FacetEntry[];
  onToggle: (value: string) => void;
  /** Entries shown before "Show all". */
  limit?: number;
  /** What the counts count, as the title's tooltip (where it differs from another view's count of the same thing). */
  hint?: string;
}

/** A titled list of toggle buttons, one per facet value, with counts. */
export function FacetGroup({ title, entries, onToggle, limit = 8, hint }: Props) {
  const [expanded, setExpanded] = useState(false);
  if (entries.length === 0) return null;
  const shown = expanded ? entries : entries.slice(0, limit);
  const id = `facet-${title.toLowerCase()}`;
  return (
    <section className="facet" aria-labelledby={id}>
      <h2 className="facet-title" id={id} title={hint}>
        {title}
      </h2>
      <ul className="facet-values">
        {shown.map((entry) => (
          <li key={entry.value}>
            <button
              type="button"
              className={`facet-value${entry.active ? ' facet-value--active' : ''}`}
              aria-pressed={entry.active}
              onClick={() => onToggle(entry.value)}
              title={entry.label}
              aria-label={`${entry.label} (${formatCount(entry.count)})`}
              data-value={entry.value}
            >
              <span className="facet-check" aria-hidden="true" />
              <span className="facet-label">{entry.label}</span>
              <span className="facet-count">{formatCount(entry.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      {entries.length > limit && (
        <button type="button" className="link-button facet-more" onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${entries.length}`}
        </button>
      )}
    </section>
  );
}
