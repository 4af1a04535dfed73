import type { KeyboardEvent, RefObject } from 'react';
import type { IndexProgress } from '@shared/ipc/contract';
import { errorMessage } from '../api/client';
import type { ArticlePages } from '../hooks/useArticlePages';
import { clearFilters } from '../lib/query-filters';
import { formatProgress } from '../lib/format';
import { BulkBar } from '../retag';
import type { RetagApi } from '../retag';
import { ArticleList } from './ArticleList';
import { EmptyState } from './EmptyState';

interface Props {
  pages: ArticlePages;
  query: string;
  progress: IndexProgress | null;
  selected: number;
  openPath: string | null;
  onSelect: (index: number) => void;
  onActivate: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onQuery: (query: string) => void;
  listRef: RefObject<HTMLDivElement | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Bulk retagging: tick boxes, list keys and the bulk bar (absent beside an open article). */
  retag?: RetagApi;
  /** Paths that differ from the last git commit (the rows' "Changed" badge). */
  changedPaths?: ReadonlySet<string>;
}

/** The list, or the right empty state: loading, indexing, no matches, empty folder, or an error. */
export function LibraryContent({ pages, query, progress, selected, openPath, onSelect, onActivate, onKeyDown, onQuery, listRef, scrollRef, retag, changedPaths }: Props) {
  const indexing = progress !== null && progress.phase !== 'idle';
  if (pages.error !== null && pages.total === null) {
    return <EmptyState title="Could not load articles">{errorMessage(pages.error)}</EmptyState>;
  }
  if (pages.total === null) return <EmptyState title="Loading…" />;
  if (pages.total === 0) {
    if (query.trim()) {
      const withoutFilters = clearFilters(query);
      return (
        <EmptyState
          title="No articles match"
          actions={
            <>
              {withoutFilters !== query.trim() && (
                <button type="button" className="button" onClick={() => onQuery(withoutFilters)}>
                  Clear filters
                </button>
              )}
              <button type="button" className="button" onClick={() => onQuery('')}>
                Clear search
              </button>
            </>
          }
        >
          Nothing matches <code>{query}</code>
          {indexing ? ' yet — the index is still being built.' : '.'}
        </EmptyState>
      );
    }
    if (indexing && progress) return <EmptyState title="Indexing this folder…">{formatProgress(progress)}. Articles appear here when the index is ready.</EmptyState>;
    return <EmptyState title="No articles in this folder">Copydesk looks for Markdown files (*.md) with YAML frontmatter.</EmptyState>;
  }
  return (
    <>
      <ArticleList
        pages={pages}
        selectedIndex={selected}
        openPath={openPath}
        onSelect={onSelect}
        onActivate={onActivate}
        onKeyDown={retag ? (event) => retag.onListKey(event, selected) || onKeyDown(event) : onKeyDown}
        listRef={listRef}
        scrollRef={scrollRef}
        {...(retag && { bulk: retag.bulk })}
        {...(changedPaths && { changedPaths })}
      />
      {retag && <BulkBar bulk={retag.bulk} onEdit={retag.editSelection} />}
    </>
  );
}
