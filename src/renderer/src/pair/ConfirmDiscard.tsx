import { useEffect, useRef } from 'react';
import type { DiscardChoice } from './PairView';
import { DialogFrame } from '../components/DialogFrame';

interface Props {
  paths: string[];
  onChoose: (choice: DiscardChoice) => void;
}

/** "Unsaved changes in …": save them, discard them, or stay. Esc and clicking outside stay. */
export function ConfirmDiscard({ paths, onChoose }: Props) {
  const saveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => saveRef.current?.focus(), []);
  return (
    <DialogFrame labelledBy="discard-title" describedBy="discard-body" role="alertdialog" onClose={() => onChoose('cancel')}>
      <h2 id="discard-title">Unsaved changes</h2>
      <div id="discard-body">
        <p>{paths.length === 1 ? 'This file has changes that are not saved:' : 'These files have changes that are not saved:'}</p>
        <ul className="discard-paths">
          {paths.map((path) => (
            <li key={path}>
              <code dir="ltr">{path}</code>
            </li>
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onChoose('cancel')}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => onChoose('discard')}>
          Discard changes
        </button>
        <button ref={saveRef} type="button" className="button button--primary" onClick={() => onChoose('save')}>
          Save
        </button>
      </div>
    </DialogFrame>
  );
}
