import { formatCount } from '../lib/format';
import { hasFilter, toggleFilter } from '../lib/query-filters';

const TERM = { key: 'changed', value: 'true' } as const;

/** The library's "Changed" toggle: adds or removes `changed:true` in the query, so the box shows what is searched. */
export function ChangedFilter({ query, count, onQuery }: { query: string; count: number; onQuery: (query: string) => void }) {
  const on = hasFilter(query, TERM);
  return (
    <button
      type="button"
      className={`button changed-filter${on ? ' changed-filter--on' : ''}`}
      aria-pressed={on}
      onClick={() => onQuery(toggleFilter(query, TERM))}
      title="Only articles that differ from the last git commit (changed:true)"
    >
      Changed{count > 0 && <span className="tab-count">{formatCount(count)}</span>}
    </button>
  );
}
