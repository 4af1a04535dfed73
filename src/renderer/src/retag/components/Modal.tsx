import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { CloseIcon } from '../../components/Icons';

interface Props {
  /** Accessible name and visible heading. */
  title: ReactNode;
  /** One line under the title. */
  subtitle?: ReactNode;
  /** Esc, the overlay and the header × call this; omit to make the dialog stay (while writing files). */
  onClose?: () => void;
  footer?: ReactNode;
  children: ReactNode;
  /** Extra class on the dialog box (size variants). */
  className?: string;
  /** Shown as `data-testid` for tests that need the dialog whatever its title. */
  testId?: string;
}

/**
 * The retag dialogs' frame: overlay, heading, scrolling body, footer. Focus
 * moves into the dialog (the element marked `data-autofocus`, else the box)
 * and back to where it was when the dialog closes.
 */
export function Modal({ title, subtitle, onClose, footer, children, className, testId }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = boxRef.current;
    const wanted = box?.querySelector<HTMLElement>('[data-autofocus]');
    (wanted ?? box)?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <div className="overlay" onClick={onClose}>
      <div
        ref={boxRef}
        className={['dialog', 'retag-dialog', className].filter(Boolean).join(' ')}
        role="dialog"
        aria-modal="true"
        aria-labelledby="retag-dialog-title"
        tabIndex={-1}
        data-testid={testId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // Keys inside a dialog are the dialog's: the library's shortcuts must not fire behind it.
          event.stopPropagation();
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose?.();
          }
        }}
      >
        <header className="retag-dialog-head">
          <div className="retag-dialog-titles">
            <h2 id="retag-dialog-title">{title}</h2>
            {subtitle && <p className="retag-dialog-subtitle">{subtitle}</p>}
          </div>
          {onClose && (
            <button type="button" className="icon-button" aria-label="Close dialog" title="Close (Esc)" onClick={onClose}>
              <CloseIcon />
            </button>
          )}
        </header>
        <div className="retag-dialog-body">{children}</div>
        {footer && <footer className="retag-dialog-foot">{footer}</footer>}
      </div>
    </div>
  );
}
