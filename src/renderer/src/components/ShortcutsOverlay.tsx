import { useEffect, useRef } from 'react';

const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['/'], action: 'Focus search' },
  { keys: ['Ctrl', 'F'], action: 'Focus search' },
  { keys: ['↑', '↓'], action: 'Move in the list' },
  { keys: ['PgUp', 'PgDn'], action: 'Move a screen' },
  { keys: ['Home', 'End'], action: 'First / last article' },
  { keys: ['Enter'], action: 'Open the selected article' },
  { keys: ['Esc'], action: 'Close the article, then clear the search' },
  { keys: ['Ctrl', 'Shift', 'M'], action: 'Show / hide problems' },
  { keys: ['?'], action: 'This list' },
];

/** The keyboard reference, as a modal dialog closed by Esc or its button. */
export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="overlay" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(({ keys, action }) => (
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
        </table>
        <p className="dialog-note">On macOS use ⌘ for Ctrl.</p>
        <div className="dialog-actions">
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
