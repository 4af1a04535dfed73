import type { ChannelInput } from '@shared/ipc/contract';

/** Sort orders understood by `articles.query`. */
export type SortOrder = NonNullable<ChannelInput<'articles.query'>['sort']>;

const OPTIONS: { value: SortOrder; label: string }[] = [
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  { value: 'relevance', label: 'Relevance' },
  { value: 'title', label: 'Title A–Z' },
];

/** The list's sort order. */
export function SortSelect({ value, onChange }: { value: SortOrder; onChange: (value: SortOrder) => void }) {
  return (
    <label className="sort">
      <span className="sort-label">Sort</span>
      <select className="select" value={value} onChange={(event) => onChange(event.target.value as SortOrder)} aria-label="Sort order">
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
