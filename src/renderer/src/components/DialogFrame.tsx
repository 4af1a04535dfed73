import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface Props {
  /** Id of the element naming the dialog (its heading). */
  labelledBy: string;
  /** Id of the element describing it, for an alertdialog's question. */
  describedBy?: string;
  role?: 'dialog' | 'alertdialog';
  /** Classes of the dialog box (`dialog` is always there). */
  className?: string;
  /** Esc and a click on the overlay call this; omit to make the dialog stay (e.g. while files are written). */
  onClose?: () => void;
  /**
   * Keep every key inside the dialog, so the window's shortcuts cannot act
   * behind it. Off for dialogs that host an editor whose Ctrl+S should still save.
   */
  isolateKeys?: boolean;
  testId?: string;
  children: ReactNode;
}

/**
 * The frame every Copydesk dialog shares: overlay, modal box with its
 * accessible name, Esc and outside-click to close. Focus moves in (unless a
 * child already took it: the element marked `data-autofocus`, else the box)
 * and returns where it was when the dialog closes.
 */
export function DialogFrame({ labelledBy, describedBy, role = 'dialog', className, onClose, isolateKeys = false, testId, children }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  // Read during the first render: children's effects may move focus before ours run.
  const [returnFocusTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    const box = boxRef.current;
    if (box && !box.contains(document.activeElement)) (box.querySelector<HTMLElement>('[data-autofocus]') ?? box).focus();
    return () => {
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, [returnFocusTo]);

  return (
    <div className="overlay" onClick={onClose}>
      <div
        ref={boxRef}
        className={['dialog', className].filter(Boolean).join(' ')}
        role={role}
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        tabIndex={-1}
        data-testid={testId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (isolateKeys) event.stopPropagation();
          if (event.key === 'Escape' && onClose) {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
