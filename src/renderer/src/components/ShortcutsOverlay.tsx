import { useEffect, useRef } from 'react';
import { GIT_SHORTCUTS } from '../git';
import { PREVIEW_SHORTCUTS } from '../preview/PreviewToggle';
import { RETAG_SHORTCUTS } from '../retag';
import { DialogFrame } from './DialogFrame';

const SHORTCUTS: { group: string; keys: string[]; action: string }[] = [
  { group: 'Library', keys: ['/'], action: 'Focus search' },
  { group: 'Library', keys: ['Ctrl', 'F'], action: 'Focus search (in an editor: search the text)' },
  { group: 'Library', keys: ['↑', '↓'], action: 'Move in the list' },
  { group: 'Library', keys: ['PgUp', 'PgDn'], action: 'Move a screen' },
  { group: 'Library', keys: ['Home', 'End'], action: 'First / last article' },
  { group: 'Library', keys: ['Enter'], action: 'Open the selected article (or double-click)' },
  { group: 'Library', keys: ['Ctrl', 'Shift', 'M'], action: 'Show / hide problems' },
  { group: 'Library', keys: ['Ctrl', 'B'], action: 'Show / hide the list beside the editor' },
  ...RETAG_SHORTCUTS,
  ...GIT_SHORTCUTS,
  { group: 'Editing', keys: ['Ctrl', 'P'], action: 'Quick open: find any article by title or path' },
  { group: 'Editing', keys: ['Ctrl', 'S'], action: 'Save the focused pane' },
  { group: 'Editing', keys: ['Ctrl', 'Shift', 'S'], action: 'Save both panes' },
  { group: 'Editing', keys: ['Alt', '1'], action: 'Focus the original (left)' },
  { group: 'Editing', keys: ['Alt', '2'], action: 'Focus the translation (right)' },
  { group: 'Editing', keys: ['Alt', 'Shift', '1'], action: 'Collapse / expand the original' },
  { group: 'Editing', keys: ['Alt', 'Shift', '2'], action: 'Collapse / expand the translation' },
  { group: 'Editing', keys: ['Alt', 'L'], action: 'Lock / unlock the original (read-only)' },
  { group: 'Editing', keys: ['Ctrl', 'Shift', 'F'], action: 'Show / fold the fields form of the focused pane' },
  { group: 'Editing', keys: ['Ctrl', 'Shift', ']'], action: 'Unfold the YAML block at the cursor (the frontmatter starts folded; Ctrl+Shift+[ folds)' },
  { group: 'Editing', keys: ['Ctrl', 'Z'], action: 'Undo (form edits too: one step each)' },
  { group: 'Editing', keys: ['Ctrl', 'Shift', 'Z'], action: 'Redo' },
  { group: 'Editing', keys: ['F8'], action: 'Next frontmatter problem in the text' },
  ...PREVIEW_SHORTCUTS,
  { group: 'Review', keys: ['Ctrl', 'Alt', 'A'], action: 'Approve the translation (records the original as the baseline)' },
  { group: 'Review', keys: ['Ctrl', 'Alt', 'W'], action: 'Mark the translation as needing work' },
  { group: 'Review', keys: ['Ctrl', 'Alt', 'O'], action: 'Next outdated translation' },
  { group: 'Review', keys: ['Ctrl', 'Alt', 'U'], action: 'Next unreviewed translation' },
  { group: 'Review', keys: ['Ctrl', 'Alt', 'Y'], action: 'Sync scrolling of the two panes on / off' },
  { group: 'Review', keys: ['↑', '↓', '←', '→'], action: 'Move in the review matrix; Enter opens the cell' },
  { group: 'General', keys: ['Esc'], action: 'Close a dialog; from an editor back to the list; then close the article' },
  { group: 'General', keys: ['?'], action: 'This list' },
];

/** The keyboard reference, as a modal dialog closed by Esc or its button. */
export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  // The Close button sits under a long table: focusing it must not scroll the list to its end.
  useEffect(() => closeRef.current?.focus({ preventScroll: true }), []);
  return (
    <DialogFrame labelledBy="shortcuts-title" className="shortcuts-dialog" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcuts-scroll">
        <table className="shortcuts">
          {['Library', 'Editing', 'Review', 'General'].map((group) => (
            <tbody key={group}>
              <tr>
                <th colSpan={2}>{group}</th>
              </tr>
              {SHORTCUTS.filter((shortcut) => shortcut.group === group).map(({ keys, action }) => (
                <tr key={keys.join('+') + action}>
                  <td>
                    {keys.map((key) => (
                      <kbd key={key}>{key}</kbd>
                    ))}
                  </td>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="dialog-note">On macOS use ⌘ for Ctrl.</p>
      <div className="dialog-actions">
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </DialogFrame>
  );
}
