import type { RefObject } from 'react';
import { REVIEW_STATUS_LABELS, REVIEW_STATUSES } from '@shared/review';
import type { ReviewStatus } from '@shared/review';
import { formatCount } from '../lib/format';
import type { ReviewFilter } from './useReviewPages';

interface Props {
  filter: ReviewFilter;
  langs: readonly string[];
  total: number | null;
  onChange: (filter: ReviewFilter) => void;
  searchRef?: RefObject<HTMLInputElement | null>;
}

/** Status, language and text filters over the matrix, and how many groups match. */
export function ReviewFilters({ filter, langs, total, onChange, searchRef }: Props) {
  const filtered = filter.status !== null || filter.lang !== null || filter.query !== '';
  return (
    <div className="review-filters" role="search" aria-label="Filter translations">
      <label className="review-filter">
        <span className="review-filter-label">Status</span>
        <select
          className="select"
          aria-label="Status"
          value={filter.status ?? ''}
          onChange={(event) => onChange({ ...filter, status: event.target.value === '' ? null : (event.target.value as ReviewStatus) })}
        >
          <option value="">Any</option>
          {REVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {REVIEW_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="review-filter">
        <span className="review-filter-label">Language</span>
        <select className="select" aria-label="Language" value={filter.lang ?? ''} onChange={(event) => onChange({ ...filter, lang: event.target.value === '' ? null : event.target.value })}>
          <option value="">All</option>
          {langs.map((lang) => (
            <option key={lang} value={lang}>
              {lang}
            </option>
          ))}
        </select>
      </label>
      <input
        ref={searchRef}
        className="review-filter-text"
        type="search"
        aria-label="Filter by title, id or path"
        placeholder="Title, group key or path…"
        value={filter.query}
        onChange={(event) => onChange({ ...filter, query: event.target.value })}
      />
      {filtered && (
        <button type="button" className="link-button" onClick={() => onChange({ status: null, lang: null, query: '' })}>
          Clear filters
        </button>
      )}
      <span className="review-filter-total" data-testid="review-total" aria-live="polite">
        {total === null ? '' : `${formatCount(total)} ${total === 1 ? 'article' : 'articles'}`}
      </span>
    </div>
  );
}
