import type { KeyboardEvent } from 'react';
import { CloseIcon, WarningIcon } from './Icons';

interface Props {
  message: string;
  onDismiss: () => void;
}

/**
 * The line main sent after rebuilding a damaged index, above the library:
 * not a dialog (nothing waits for an answer), kept until dismissed with its
 * button or with Esc while it has focus.
 */
export function IndexRecoveredNotice({ message, onDismiss }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape') return;
    // Handled here: the window's Esc (close the article, clear the search) must not run too.
    event.preventDefault();
    onDismiss();
  };
  return (
    <div className="notice notice--warning" role="status" data-testid="index-recovered" onKeyDown={onKeyDown}>
      <WarningIcon />
      <span className="notice-text">{message}</span>
      <button type="button" className="icon-button notice-dismiss" aria-label="Dismiss this notice" title="Dismiss (Esc)" onClick={onDismiss}>
        <CloseIcon size={12} />
      </button>
    </div>
  );
}
