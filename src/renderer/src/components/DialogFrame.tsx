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

/** Open dialogs, innermost last: only that one answers a stray Esc. */
const openDialogs: { box: () => HTMLElement | null; close: () => void }[] = [];

/**
 * Esc while focus is outside the dialog box — on the page's body because the
 * focused button was disabled or removed (a failed request, a busy state) —
 * still closes the innermost dialog. Registered once, in the capture phase,
 * so the window's own Esc (close the article) never acts behind a dialog.
 */
function onStrayEscape(event: KeyboardEvent): void {
  const top = openDialogs[openDialogs.length - 1];
  if (event.key !== 'Escape' || !top) return;
  const box = top.box();
  if (box && event.target instanceof Node && box.contains(event.target)) return; // the box's own handler decides
  event.preventDefault();
  event.stopPropagation();
  top.close();
}

/**
 * The frame every Copydesk dialog shares: overlay, modal box with its
 * accessible name, Esc and outside-click to close. Focus moves in (unless a
 * child already took it: the element marked `data-autofocus`, else the box),
 * goes back to the box if the focused control disappears or is disabled, and
 * returns where it was when the dialog closes. Esc works in every state.
 */
export function DialogFrame({ labelledBy, describedBy, role = 'dialog', className, onClose, isolateKeys = false, testId, children }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  // Read during the first render: children's effects may move focus before ours run.
  const [returnFocusTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const box = boxRef.current;
    if (box && !box.contains(document.activeElement)) (box.querySelector<HTMLElement>('[data-autofocus]') ?? box).focus({ preventScroll: true });
    const entry = { box: () => boxRef.current, close: () => closeRef.current?.() };
    openDialogs.push(entry);
    if (openDialogs.length === 1) window.addEventListener('keydown', onStrayEscape, true);
    return () => {
      openDialogs.splice(openDialogs.indexOf(entry), 1);
      if (openDialogs.length === 0) window.removeEventListener('keydown', onStrayEscape, true);
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, [returnFocusTo]);

  // A focused control that is disabled or removed drops focus to the body: take it back into the box.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const onFocusOut = (event: FocusEvent): void => {
      if (event.relatedTarget !== null) return;
      requestAnimationFrame(() => {
        if (box.isConnected && (document.activeElement === document.body || document.activeElement === null)) box.focus({ preventScroll: true });
      });
    };
    box.addEventListener('focusout', onFocusOut);
    return () => box.removeEventListener('focusout', onFocusOut);
  }, []);

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
