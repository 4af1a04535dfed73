import { CopydeskError } from '@shared/errors';
import { errorMessage, transport } from '../api/client';
import { FolderIcon } from './Icons';
import { RecentFolders } from './RecentFolders';

interface Props {
  error: unknown;
  actionError: string | null;
  onPick: () => void;
  onOpenRecent: (root: string) => void;
}

/** Before a folder is open (desktop), or when the server cannot be reached (browser). */
export function NoWorkspace({ error, actionError, onPick, onOpenRecent }: Props) {
  const noWorkspace = error instanceof CopydeskError && error.code === 'no-workspace';
  const loading = error === null;
  return (
    <main className="gate">
      <div className="gate-card">
        <span className="app-mark app-mark--large" aria-hidden="true">
          C
        </span>
        {loading ? (
          <h1>Connecting…</h1>
        ) : noWorkspace && transport === 'electron' ? (
          <>
            <h1>Open a folder of articles</h1>
            <p>Choose the checkout of your site (for example the folder holding src/content/blog). Copydesk indexes it; it never writes unless you edit.</p>
            <div className="gate-actions">
              <button type="button" className="button button--primary" onClick={onPick}>
                <FolderIcon /> Open folder…
              </button>
              <RecentFolders current={null} onOpen={onOpenRecent} />
            </div>
          </>
        ) : (
          <>
            <h1>Cannot load the workspace</h1>
            <p role="alert">{errorMessage(error)}</p>
            {transport === 'http' && <p>If you restarted <code>copydesk serve</code>, open the new link it printed.</p>}
          </>
        )}
        {actionError && (
          <p className="gate-error" role="alert">
            {actionError}
          </p>
        )}
      </div>
    </main>
  );
}
