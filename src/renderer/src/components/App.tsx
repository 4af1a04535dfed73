import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { WorkspaceStatus } from '@shared/ipc/contract';
import { call, errorMessage, on, transport } from '../api/client';
import { useArticlePages } from '../hooks/useArticlePages';
import { useAsyncValue } from '../hooks/useAsyncValue';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useGlobalKeys } from '../hooks/useGlobalKeys';
import { useIndexRecovered } from '../hooks/useIndexRecovered';
import { useSetting } from '../hooks/useSetting';
import { useWorkspace } from '../hooks/useWorkspace';
import { isNavigationKey, nextIndex } from '../lib/list-navigation';
import { mark, PERF } from '../lib/perf';
import { ChangedFilter, ChangesPanel, GitLayer, GitStatusItem, useGit, useGitDialogs, useGitKeys } from '../git';
import { CollectionsView, TrustBanner, useFolderTrust } from '../collections';
import { facetTerm, toggleFilter } from '../lib/query-filters';
import type { FacetKey } from '../lib/query-filters';
import { unsavedPaths } from '../lib/unsaved-changes';
import { ConfirmDiscard } from '../pair/ConfirmDiscard';
import { PairView } from '../pair/PairView';
import type { DiscardChoice, PairHandle } from '../pair/PairView';
import { groupRefOf } from '../pair/group-ref';
import { prefetchOpen, type OpenHint } from '../pair/open-prefetch';
import { QuickOpen } from '../pair/QuickOpen';
import { RetagLayer, TaxonomyView, useRetag } from '../retag';
import { ReviewDashboard } from '../review/ReviewDashboard';
import { ROW_HEIGHT } from './ArticleList';
import { IndexRecoveredNotice } from './IndexRecoveredNotice';
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

interface PendingConfirm {
  paths: string[];
  resolve: (choice: DiscardChoice) => void;
}

/** How long a row stays selected before its reads start: arrow keys held down start none. */
const PREFETCH_AFTER_MS = 60;

/**
 * The window: the library (filters, query, virtual list, problems) and, once
 * an article is opened, the pair view beside a narrow, collapsible list.
 */
export function App() {
  const workspace = useWorkspace();
  const { status, dataVersion, touch } = workspace;
  const indexRecovered = useIndexRecovered();
  const [query, setQuery] = useState('');
  const settledQuery = useDebouncedValue(query, 120);
  const [sort, setSort] = useState<SortOrder>('date-desc');
  const [view, setView] = useState<MainView>('articles');
  const [selected, setSelected] = useState(-1);
  const [openPath, setOpenPath] = useState<string | null>(null);
  const [openHint, setOpenHint] = useState<OpenHint | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [quickOpen, setQuickOpen] = useState(false);
  const [pendingConfirm, setPendingConfirm] = useState<PendingConfirm | null>(null);
  const [listHidden, setListHidden] = useSetting('list-hidden', false);
  const [actionError, setActionError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const pairRef = useRef<PairHandle>(null);

  const ready = status !== null;
  const pages = useArticlePages(settledQuery, sort, dataVersion, ready);
  const retag = useRetag(pages, settledQuery, sort, touch);
  const facets = useAsyncValue(ready && !openPath ? `${settledQuery}\n${dataVersion}` : null, () => call('articles.facets', { query: settledQuery }));
  const report = useAsyncValue(ready ? `report\n${dataVersion}` : null, () => call('validation.report', {}));
  const git = useGit(ready, dataVersion, touch);
  const gitDialogs = useGitDialogs(setActionError);
  // Trust and the content model: asked once per folder, read again when an answer changes the model.
  const folderTrust = useFolderTrust(status?.root ?? null, touch);
  const model = useAsyncValue(ready ? `${status.root}\n${folderTrust.modelVersion}` : null, () => call('workspace.model', {}).then((answer) => answer.model));

  useEffect(() => setSelected(-1), [settledQuery, sort]);
  // View ▸ Collections and Folder Trust: where the person trusts a folder or revokes it.
  useEffect(
    () =>
      on('app.command', ({ command }) => {
        if (command !== 'show-collections') return;
        setListHidden(false);
        setView('collections');
      }),
    [setListHidden],
  );

  const confirmDiscard = useCallback(
    (paths: string[]) => new Promise<DiscardChoice>((resolve) => setPendingConfirm({ paths, resolve })),
    [],
  );

  /** Opens `path` in the pair view (null closes it), asking first when unsaved changes would be lost. */
  const openArticle = useCallback(
    async (path: string | null, hint: OpenHint | null = null): Promise<boolean> => {
      if (path === openPath) return true;
      const unsaved = unsavedPaths();
      if (unsaved.length > 0) {
        const choice = await confirmDiscard(unsaved);
        if (choice === 'cancel') return false;
        if (choice === 'save' && !(await pairRef.current?.saveAll())) return false;
      }
      if (path !== null) {
        mark(PERF.openStart);
        // The reads go out before React builds the pair view, and that build yields to let them:
        // the browser sends a request only once the task that asked for it ends.
        prefetchOpen(path, hint ?? { group: null, originalPath: null });
      }
      startTransition(() => {
        setOpenHint(hint);
        setOpenPath(path);
      });
      return true;
    },
    [openPath, confirmDiscard],
  );

  const { rowAt } = pages;
  // A row that stays selected a moment is likely to be opened next: start its reads.
  useEffect(() => {
    const row = selected >= 0 ? rowAt(selected) : undefined;
    if (!row || row.path === openPath) return;
    const timer = setTimeout(() => prefetchOpen(row.path, { group: groupRefOf(row), originalPath: row.originalPath }), PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, [selected, rowAt, openPath]);

  const total = pages.total ?? 0;
  const openIndex = useCallback(
    (index: number) => {
      setSelected(index);
      const row = rowAt(index);
      if (row) void openArticle(row.path, { group: groupRefOf(row), originalPath: row.originalPath });
    },
    [rowAt, openArticle],
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
    // Moving only selects: the open article (maybe with unsaved edits) stays until Enter.
    setSelected(nextIndex(selected, event.key, total, pageRows));
  };

  const focusSearch = (): void => {
    setView('articles');
    setListHidden(false);
    requestAnimationFrame(() => {
      searchRef.current?.focus();
      searchRef.current?.select();
    });
  };

  const focusList = (): boolean => {
    if (listHidden) return false;
    const target = view === 'articles' ? listRef.current : document.querySelector<HTMLElement>(view === 'review' ? '.review-grid' : '.problems button');
    target?.focus();
    return target !== null && target !== undefined;
  };

  useGlobalKeys({
    focusSearch,
    toggleProblems: () => {
      setListHidden(false);
      setView((current) => (current === 'problems' ? 'articles' : 'problems'));
    },
    showShortcuts: () => setShowShortcuts(true),
    quickOpen: () => setQuickOpen(true),
    save: () => void pairRef.current?.saveFocused(),
    saveAll: () => void pairRef.current?.saveAll(),
    focusPane: (side) => pairRef.current?.focusSide(side),
    collapsePane: (side) => pairRef.current?.toggleCollapse(side),
    toggleLock: () => pairRef.current?.toggleLock(),
    toggleForm: () => pairRef.current?.toggleForm(),
    toggleList: () => openPath !== null && setListHidden(!listHidden),
    escape: () => {
      if (quickOpen) setQuickOpen(false);
      else if (showShortcuts) setShowShortcuts(false);
      else if (openPath !== null && document.activeElement?.closest('.pair')) {
        // From an editor, back to the list first; a second Esc closes the article.
        if (!focusList()) (document.activeElement as HTMLElement).blur();
      } else if (openPath !== null) {
        void openArticle(null).then((closed) => closed && focusList());
      } else if (document.activeElement === searchRef.current && query) setQuery('');
      else if (view === 'problems') setView('articles');
      else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    },
  });

  const showChanges = (): void => {
    setListHidden(false);
    setView('changes');
  };
  useGitKeys({
    showChanges,
    commit: () => {
      git.clearMessage();
      git.refresh();
      gitDialogs.openCommit();
    },
    pull: () => void git.pull(),
    push: () => void git.push(),
  });

  const switchTo = async (action: () => Promise<WorkspaceStatus | null>): Promise<void> => {
    if (!(await openArticle(null))) return;
    action().then(
      (next) => {
        if (!next) return;
        setActionError(null);
        workspace.adopt(next);
      },
      (error: unknown) => setActionError(errorMessage(error)),
    );
  };
  const pick = (): void => void switchTo(() => call('workspace.pick', {}));
  const openRecent = (root: string): void => void switchTo(() => call('workspace.open', { root }));
  const toggleFacet = (facet: FacetKey, value: string): void => {
    setView('articles');
    setQuery((current) => toggleFilter(current, facetTerm(facet, value)));
  };

  // Another folder was opened from the menu: the open article's paths mean nothing there.
  const root = status?.root;
  useEffect(() => setOpenPath(null), [root]);

  if (!status) return <NoWorkspace error={workspace.error} onPick={pick} onOpenRecent={openRecent} actionError={actionError} />;

  const editing = openPath !== null;
  const className = ['app', editing && 'app--editing', editing && listHidden && 'app--list-hidden', view === 'review' && 'app--review', view === 'taxonomy' && 'app--taxonomy', view === 'changes' && 'app--changes', view === 'collections' && 'app--collections'].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <TopBar
        status={status}
        view={view}
        onView={(next) => {
          setView(next);
          setListHidden(false);
        }}
        articleCount={pages.total}
        problemCount={report.value ? problemCount(report.value) : null}
        onPick={pick}
        onOpenRecent={openRecent}
        onShortcuts={() => setShowShortcuts(true)}
        onQuickOpen={() => setQuickOpen(true)}
        onBulkEdits={retag.openJournals}
        changesCount={git.status?.state === 'repo' ? git.status.files.length : null}
      />
      {!editing && view !== 'review' && view !== 'taxonomy' && view !== 'changes' && view !== 'collections' && <Sidebar facets={facets.value} loading={facets.loading} query={settledQuery} onToggle={toggleFacet} />}
      <main className="main">
        <section className="content" aria-label={view === 'articles' ? 'Articles' : view === 'problems' ? 'Problems' : view === 'taxonomy' ? 'Taxonomy' : view === 'changes' ? 'Changes' : view === 'collections' ? 'Collections' : 'Review'} hidden={editing && listHidden}>
          {actionError && (
            <div className="banner" role="alert">
              {actionError}
            </div>
          )}
          {indexRecovered.message !== null && <IndexRecoveredNotice message={indexRecovered.message} onDismiss={indexRecovered.dismiss} />}
          {/* The Collections tab asks in its own words. */}
          {view !== 'collections' && <TrustBanner folderTrust={folderTrust} model={model.value} />}
          {view === 'articles' ? (
            <>
              <div className="toolbar">
                <SearchBox value={query} onChange={setQuery} onKeyDown={onNavigate} warnings={pages.warnings} notices={pages.notices} inputRef={searchRef} />
                {!editing && git.status?.state === 'repo' && <ChangedFilter query={query} count={git.status.changedArticles} onQuery={setQuery} />}
                {!editing && <SortSelect value={sort} onChange={setSort} />}
              </div>
              <LibraryContent
                pages={pages}
                query={settledQuery}
                progress={workspace.progress}
                selected={selected}
                openPath={openPath}
                onSelect={setSelected}
                onActivate={openIndex}
                onKeyDown={onNavigate}
                onQuery={setQuery}
                listRef={listRef}
                scrollRef={scrollRef}
                {...(!editing && { retag })}
                changedPaths={git.changed}
              />
            </>
          ) : view === 'taxonomy' ? (
            <TaxonomyView
              dataVersion={dataVersion}
              onRun={retag.open}
              onShowArticles={(next) => {
                setView('articles');
                setQuery(next);
              }}
              onHistory={retag.openJournals}
            />
          ) : view === 'collections' ? (
            <CollectionsView model={model.value} modelError={model.error ? errorMessage(model.error) : null} folderTrust={folderTrust} />
          ) : view === 'changes' ? (
            <ChangesPanel
              git={git}
              autoFocus
              onCompare={gitDialogs.compare}
              onOpen={(path) => void openArticle(path)}
              onCommit={() => {
                git.clearMessage();
                gitDialogs.openCommit();
              }}
              onShowInLibrary={() => {
                setView('articles');
                setQuery((current) => (/(^|\s)changed:true(\s|$)/.test(current) ? current : `${current} changed:true`.trim()));
              }}
            />
          ) : view === 'review' ? (
            <ReviewDashboard
              dataVersion={dataVersion}
              openPath={openPath}
              compact={editing}
              onOpen={(path) => void openArticle(path)}
              onCreated={(path) => {
                touch();
                void openArticle(path);
              }}
            />
          ) : (
            <ProblemsView
              report={report.value}
              error={report.error ? errorMessage(report.error) : null}
              openPath={openPath}
              onOpen={(path) => void openArticle(path)}
            />
          )}
        </section>
        {openPath && (
          <PairView
            ref={pairRef}
            path={openPath}
            hint={openHint}
            dataVersion={dataVersion}
            onClose={() => void openArticle(null).then((closed) => closed && focusList())}
            onSaved={touch}
            confirmDiscard={confirmDiscard}
            listHidden={listHidden}
            onToggleList={() => setListHidden(!listHidden)}
            onOpen={(next) => void openArticle(next)}
          />
        )}
      </main>
      <StatusBar status={status} progress={workspace.progress} shown={pages.total} transport={transport} git={<GitStatusItem status={git.status} onOpen={showChanges} />} />
      <RetagLayer retag={retag} dataVersion={dataVersion} />
      <GitLayer git={git} dialogs={gitDialogs} />
      {showShortcuts && <ShortcutsOverlay onClose={() => setShowShortcuts(false)} />}
      {quickOpen && (
        <QuickOpen
          onClose={() => setQuickOpen(false)}
          onOpen={(path) => {
            setQuickOpen(false);
            void openArticle(path);
          }}
        />
      )}
      {pendingConfirm && (
        <ConfirmDiscard
          paths={pendingConfirm.paths}
          onChoose={(choice) => {
            setPendingConfirm(null);
            pendingConfirm.resolve(choice);
          }}
        />
      )}
    </div>
  );
}
