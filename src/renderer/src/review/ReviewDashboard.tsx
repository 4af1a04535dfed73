import { useState } from 'react';
import type { ReviewGroup } from '@shared/ipc/review-contract';
import { errorMessage } from '../api/client';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { formatCount } from '../lib/format';
import { CreateTranslationDialog } from './CreateTranslationDialog';
import { LanguageBars } from './LanguageBars';
import { ReviewFilters } from './ReviewFilters';
import { ReviewMatrix } from './ReviewMatrix';
import { useReviewPages } from './useReviewPages';
import type { ReviewFilter } from './useReviewPages';

interface Props {
  dataVersion: number;
  openPath: string | null;
  /** Beside the pair view: a narrow column, so the bars step aside. */
  compact: boolean;
  onOpen: (path: string) => void;
  /** A translation was created: open it (and let views re-query). */
  onCreated: (path: string) => void;
}

/**
 * The review dashboard: per-language progress bars, the filter row, and the
 * groups × languages matrix whose cells open the pair view (or create a
 * missing translation after a confirmation).
 */
export function ReviewDashboard({ dataVersion, openPath, compact, onOpen, onCreated }: Props) {
  const [filter, setFilter] = useState<ReviewFilter>({ status: null, lang: null, query: '' });
  const query = useDebouncedValue(filter.query, 150);
  const settled = { ...filter, query };
  const pages = useReviewPages(settled, dataVersion, true);
  const [creating, setCreating] = useState<{ group: ReviewGroup; lang: string } | null>(null);
  const overview = pages.overview;
  const inconsistent = overview?.summary.inconsistent.length ?? 0;
  const orphans = overview?.summary.orphans.length ?? 0;

  return (
    <div className={`review-dashboard${compact ? ' review-dashboard--compact' : ''}`} aria-busy={pages.loading}>
      {pages.error !== null && (
        <div className="banner" role="alert">
          {errorMessage(pages.error)}
        </div>
      )}
      {overview && !compact && (
        <section className="review-overview" aria-label="Review progress">
          <header className="review-overview-head">
            <h2 className="review-heading">Translation review</h2>
            <span className="review-overview-note">
              Originals in <strong>{overview.sourceLang.toUpperCase()}</strong>
            </span>
            <button
              type="button"
              className="review-chip review-chip--inconsistent"
              aria-pressed={filter.status === 'inconsistent'}
              disabled={inconsistent === 0}
              onClick={() => setFilter({ ...filter, status: filter.status === 'inconsistent' ? null : 'inconsistent', lang: null })}
              title="Translations whose fields, structure or links disagree with the original"
            >
              ⚠ {formatCount(inconsistent)} inconsistent
            </button>
            {orphans > 0 && (
              <span className="review-chip" title={overview.summary.orphans.join('\n')}>
                {formatCount(orphans)} {orphans === 1 ? 'orphan' : 'orphans'}
              </span>
            )}
            {overview.skipped.length > 0 && (
              <span className="review-chip" title={overview.skipped.join('\n')}>
                {formatCount(overview.skipped.length)} unreadable, left out
              </span>
            )}
          </header>
          <LanguageBars
            languages={overview.summary.languages}
            sourceLang={overview.sourceLang}
            active={filter}
            onPick={(status, lang) =>
              setFilter(filter.status === status && filter.lang === lang ? { ...filter, status: null, lang: null } : { ...filter, status, lang })
            }
          />
        </section>
      )}
      <ReviewFilters filter={filter} langs={overview?.langs ?? []} total={overview?.total ?? null} onChange={setFilter} />
      {overview && overview.total === 0 ? (
        <p className="review-empty">{pages.loading ? 'Loading…' : 'No article matches these filters.'}</p>
      ) : (
        overview && (
          <ReviewMatrix
            pages={pages}
            langs={overview.langs}
            total={overview.total}
            openPath={openPath}
            onOpen={onOpen}
            onCreate={(group, lang) => setCreating({ group, lang })}
            resultKey={`${settled.status ?? ''}\n${settled.lang ?? ''}\n${settled.query}`}
          />
        )
      )}
      {creating && creating.group.original && (
        <CreateTranslationDialog
          original={creating.group.original}
          title={creating.group.title}
          lang={creating.lang}
          onCancel={() => setCreating(null)}
          onCreated={(path) => {
            setCreating(null);
            onCreated(path);
          }}
        />
      )}
    </div>
  );
}
