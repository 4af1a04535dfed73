import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { WorkspaceStatus } from '@shared/ipc/contract';
import { call, errorMessage, transport } from '../api/client';
import { useArticlePages } from '../hooks/useArticlePages';
import { useAsyncValue } from '../hooks/useAsyncValue';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useGlobalKeys } from '../hooks/useGlobalKeys';
import { useWorkspace } from '../hooks/useWorkspace';
import { isNavigationKey, nextIndex } from '../lib/list-navigation';
import { facetTerm, toggleFilter } from '../lib/query-filters';
import type { FacetKey } from '../lib/query-filters';
import { ArticlePane } from './ArticlePane';
import { ROW_HEIGHT } from './ArticleList';
import { LibraryContent } from './LibraryContent';
import { NoWorkspace } from './NoWorkspace';
import { ProblemsView, problemCount } from './ProblemsView';
import { SearchBox } from './SearchBox';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { Sidebar } from './Sidebar';
import { SortSelect } from './SortSelect';
import type { SortOrder } from './SortSelect';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import type { MainView } from './TopBar';

/** The library window: filters, query, virtual list, problems, and the article pane. */
export function App() {
  const workspace = useWorkspace();
  const { status, dataVersion } = workspace;
  const [query, setQuery] = useState('');
  const settledQuery = useDebouncedValue(query, 120);
  const [sort, setSort] = useState<SortOrder>('date-desc');
  const [view, setView] = useState<MainView>('articles');
  const [selected, setSelected] = useState(-1);
  const [openPath, setOpenPath] = useState<string | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const ready = status !== null;
  const pages = useArticlePages(settledQuery, sort, dataVersion, ready);
  const facets = useAsyncValue(ready ? `${settledQuery}\n${dataVersion}` : null, () => call('articles.facets', { query: settledQuery }));
  const report = useAsyncValue(ready ? `report\n${dataVersion}` : null, () => call('validation.report', {}));

  useEffect(() => setSelected(-1), [settledQuery, sort]);

  const total = pages.total ?? 0;
  const { rowAt } = pages;
  const openIndex = useCallback(
    (index: number) => {
      setSelected(index);
      const row = rowAt(index);
      if (row) setOpenPath(row.path);
    },
    [rowAt],
  );

  /** Arrow/Page/Home/End and Enter, from the list or from the search box. */
  const onNavigate = (event: KeyboardEvent<HTMLElement>): void => {
    const inSearch = event.currentTarget instanceof HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault();
      openIndex(selected >= 0 ? selected : 0);
      return;
    }
    if (!isNavigationKey(event.key) || (inSearch && (event.key === 'Home' || event.key === 'End'))) return;
    event.preventDefault();
    const pageRows = Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT);
    const next = nextIndex(selected, event.key, total, pageRows);
    setSelected(next);
    // With the pane open, it follows the selection like a preview.
    const row = pages.rowAt(next);
    if (openPath !== null && row) setOpenPath(row.path);
  };

  const focusSearch = (): void => {
    setView('articles');
    requestAnimationFrame(() => {
      searchRef.current?.focus();
      searchRef.current?.select();
    });
  };

  useGlobalKeys({
    focusSearch,
    toggleProblems: () => setView((current) => (current === 'problems' ? 'articles' : 'problems')),
    showShortcuts: () => setShowShortcuts(true),
    escape: () => {
      if (showShortcuts) setShowShortcuts(false);
      else if (openPath !== null) {
        setOpenPath(null);
        (view === 'articles' ? listRef.current : null)?.focus();
      } else if (document.activeElement === searchRef.current && query) setQuery('');
      else if (view === 'problems') setView('articles');
      else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    },
  });

  const switchTo = (action: Promise<WorkspaceStatus | null>): void => {
    action.then(
      (next) => {
        if (!next) return;
        setOpenPath(null);
        setActionError(null);
        workspace.adopt(next);
      },
      (error: unknown) => setActionError(errorMessage(error)),
    );
  };
  const pick = (): void => switchTo(call('workspace.pick', {}));
  const openRecent = (root: string): void => switchTo(call('workspace.open', { root }));
  const toggleFacet = (facet: FacetKey, value: string): void => {
    setView('articles');
    setQuery((current) => toggleFilter(current, facetTerm(facet, value)));
  };

  if (!status) return <NoWorkspace error={workspace.error} onPick={pick} onOpenRecent={openRecent} actionError={actionError} />;

  return (
    <div className={`app${openPath ? ' app--pane' : ''}`}>
      <TopBar
        status={status}
        view={view}
        onView={setView}
        articleCount={pages.total}
        problemCount={report.value ? problemCount(report.value) : null}
        onPick={pick}
        onOpenRecent={openRecent}
        onShortcuts={() => setShowShortcuts(true)}
      />
      <Sidebar facets={facets.value} loading={facets.loading} query={settledQuery} onToggle={toggleFacet} />
      <main className="main">
        <section className="content" aria-label={view === 'articles' ? 'Articles' : 'Problems'}>
          {actionError && (
            <div className="banner" role="alert">
              {actionError}
            </div>
          )}
          {view === 'articles' ? (
            <>
              <div className="toolbar">
                <SearchBox value={query} onChange={setQuery} onKeyDown={onNavigate} warnings={pages.warnings} inputRef={searchRef} />
                <SortSelect value={sort} onChange={setSort} />
              </div>
              <LibraryContent
                pages={pages}
                query={settledQuery}
                progress={workspace.progress}
                selected={selected}
                openPath={openPath}
                onActivate={openIndex}
                onKeyDown={onNavigate}
                onQuery={setQuery}
                listRef={listRef}
                scrollRef={scrollRef}
              />
            </>
          ) : (
            <ProblemsView
              report={report.value}
              error={report.error ? errorMessage(report.error) : null}
              openPath={openPath}
              onOpen={setOpenPath}
            />
          )}
        </section>
        {openPath && <ArticlePane path={openPath} dataVersion={dataVersion} onOpen={setOpenPath} onClose={() => setOpenPath(null)} />}
      </main>
      <StatusBar status={status} progress={workspace.progress} shown={pages.total} transport={transport} />
      {showShortcuts && <ShortcutsOverlay onClose={() => setShowShortcuts(false)} />}
    </div>
  );
}
