import type { ReactNode } from 'react';
import { CloseIcon } from '../../components/Icons';
import { DialogFrame } from '../../components/DialogFrame';

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
 * The retag dialogs' layout inside the shared frame: heading with a close
 * button, scrolling body, footer. Keys stay inside the dialog.
 */
export function Modal({ title, subtitle, onClose, footer, children, className, testId }: Props) {
  return (
    <DialogFrame
      labelledBy="retag-dialog-title"
      className={['retag-dialog', className].filter(Boolean).join(' ')}
      onClose={onClose}
      isolateKeys
      testId={testId}
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
    </DialogFrame>
  );
}
