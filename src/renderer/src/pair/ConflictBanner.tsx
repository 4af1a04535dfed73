import type { DiskNotice } from './usePaneEditor';
import { WarningIcon } from '../components/Icons';

interface Props {
  notice: DiskNotice;
  onReload: () => void;
  onKeepMine: () => void;
  onOverwrite: () => void;
  onCompare: () => void;
  onSave: () => void;
}

/** What changed on disk and the choices: reload, keep mine / overwrite, compare; or, for a deleted file, save it again. */
export function ConflictBanner({ notice, onReload, onKeepMine, onOverwrite, onCompare, onSave }: Props) {
  if (notice.kind === 'deleted') {
    return (
      <div className="pane-banner pane-banner--warning" role="alert" data-notice="deleted">
        <WarningIcon />
        <span className="pane-banner-text">This file was deleted on disk. Your text is still here; saving writes the file again.</span>
        <button type="button" className="button" onClick={onSave}>
          Save again
        </button>
      </div>
    );
  }
  const conflict = notice.kind === 'conflict';
  return (
    <div className="pane-banner pane-banner--warning" role="alert" data-notice={notice.kind}>
      <WarningIcon />
      <span className="pane-banner-text">
        {conflict
          ? 'Not saved: the file changed on disk since you opened it. Nothing was overwritten.'
          : 'The file changed on disk, and you have unsaved changes here.'}
      </span>
      <button type="button" className="button" onClick={onReload} title="Replace your text with the disk version (undo brings yours back)">
        Reload
      </button>
      {conflict ? (
        <button type="button" className="button" onClick={onOverwrite} title="Write your text over the disk version">
          Overwrite
        </button>
      ) : (
        <button type="button" className="button" onClick={onKeepMine} title="Keep your text; the next save replaces the disk version">
          Keep mine
        </button>
      )}
      <button type="button" className="button button--primary" onClick={onCompare}>
        Compare
      </button>
    </div>
  );
}
