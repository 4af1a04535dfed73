import type { WorkspaceStatus } from '@shared/ipc/contract';
import { formatCount } from '../lib/format';
import { FolderIcon, HistoryIcon, KeyboardIcon, SearchIcon } from './Icons';
import { RecentFolders } from './RecentFolders';

/** Which main view is showing. */
export type MainView = 'articles' | 'problems' | 'review' | 'taxonomy' | 'changes' | 'collections';

interface Props {
  status: WorkspaceStatus | null;
  view: MainView;
  onView: (view: MainView) => void;
  problemCount: number | null;
  articleCount: number | null;
  onPick: () => void;
  onOpenRecent: (root: string) => void;
  onShortcuts: () => void;
  onQuickOpen: () => void;
  /** Opens the list of recent bulk edits (undo). */
  onBulkEdits?: () => void;
  /** Files that differ from the last git commit; null without a repository (the tab still says so). */
  changesCount?: number | null;
}

/** Workspace name, the Articles/Problems tabs, and (desktop only) folder switching. */
export function TopBar({ status, view, onView, problemCount, articleCount, onPick, onOpenRecent, onShortcuts, onQuickOpen, onBulkEdits, changesCount = null }: Props) {
  return (
    <header className="topbar">
      <div className="topbar-workspace" title={status?.root}>
        <span className="app-mark" aria-hidden="true">
          C
        </span>
        <span className="workspace-name">{status?.name ?? 'Copydesk'}</span>
        {status && (
          <span className="workspace-root">
            <span dir="ltr">{status.root}</span>
          </span>
        )}
      </div>
      <div className="tabs" role="tablist" aria-label="Views">
        <button type="button" role="tab" className="tab" aria-selected={view === 'articles'} onClick={() => onView('articles')}>
          Articles{articleCount !== null && <span className="tab-count">{formatCount(articleCount)}</span>}
        </button>
        <button
          type="button"
          role="tab"
          className="tab"
          aria-selected={view === 'problems'}
          onClick={() => onView('problems')}
          title="Problems (Ctrl+Shift+M)"
        >
          Problems
          {problemCount !== null && (
            <span className={`tab-count${problemCount > 0 ? ' tab-count--bad' : ''}`}>{formatCount(problemCount)}</span>
          )}
        </button>
        <button type="button" role="tab" className="tab" aria-selected={view === 'review'} onClick={() => onView('review')} title="Translation review: progress and status per language">
          Review
        </button>
        <button type="button" role="tab" className="tab" aria-selected={view === 'taxonomy'} onClick={() => onView('taxonomy')} title="Every tag and category with counts: rename, merge, delete">
          Taxonomy
        </button>
        <button type="button" role="tab" className="tab" aria-selected={view === 'changes'} onClick={() => onView('changes')} title="What differs from the last git commit: compare, commit, pull, push (Ctrl+Shift+G)">
          Changes{changesCount !== null && changesCount > 0 && <span className="tab-count">{formatCount(changesCount)}</span>}
        </button>
        <button type="button" role="tab" className="tab" aria-selected={view === 'collections'} onClick={() => onView('collections')} title="What Copydesk learned about this folder: collections, schemas, pairing, languages, and whether its content config may run">
          Collections
        </button>
      </div>
      <div className="topbar-actions">
        <button type="button" className="button quick-open-button" onClick={onQuickOpen} title="Find any article by title or path (Ctrl+P)">
          <SearchIcon /> Open article… <kbd>Ctrl P</kbd>
        </button>
        {status?.canOpenOther && (
          <>
            <RecentFolders current={status.root} onOpen={onOpenRecent} />
            <button type="button" className="button" onClick={onPick}>
              <FolderIcon /> Open folder…
            </button>
          </>
        )}
        {onBulkEdits && (
          <button type="button" className="icon-button" aria-label="Bulk edits" title="Recent bulk edits, with undo (Ctrl+Alt+Z)" onClick={onBulkEdits}>
            <HistoryIcon size={16} />
          </button>
        )}
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onShortcuts}>
          <KeyboardIcon size={16} />
        </button>
      </div>
    </header>
  );
}
