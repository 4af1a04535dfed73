import { useEffect, useRef } from 'react';

/** The pair view's review actions on the keyboard. */
export interface ReviewKeyHandlers {
  approve: () => void;
  needsWork: () => void;
  nextOutdated: () => void;
  nextUnreviewed: () => void;
  toggleSync: () => void;
}

/** The review shortcuts, for the strip's titles and the shortcuts list. */
export const REVIEW_KEYS: Readonly<Record<keyof ReviewKeyHandlers, { code: string; label: string }>> = {
  approve: { code: 'KeyA', label: 'Ctrl+Alt+A' },
  needsWork: { code: 'KeyW', label: 'Ctrl+Alt+W' },
  nextOutdated: { code: 'KeyO', label: 'Ctrl+Alt+O' },
  nextUnreviewed: { code: 'KeyU', label: 'Ctrl+Alt+U' },
  toggleSync: { code: 'KeyY', label: 'Ctrl+Alt+Y' },
};

/**
 * Ctrl/Cmd+Alt+A approve, +W needs work, +O next outdated, +U next
 * unreviewed, +Y sync scrolling — while a translation is in the pair view.
 * Matched by `code`, since Alt changes the character on macOS.
 */
export function useReviewKeys(enabled: boolean, handlers: ReviewKeyHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return;
      const action = (Object.keys(REVIEW_KEYS) as (keyof ReviewKeyHandlers)[]).find((name) => REVIEW_KEYS[name].code === event.code);
      if (!action) return;
      event.preventDefault();
      ref.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
