import { useEffect, useRef } from 'react';

/** Keyboard actions that work anywhere in the window. */
export interface GlobalKeyHandlers {
  focusSearch: () => void;
  toggleProblems: () => void;
  showShortcuts: () => void;
  escape: () => void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * `/` and Ctrl/Cmd+F focus the search, Ctrl/Cmd+Shift+M toggles problems, `?`
 * shows the shortcuts and Esc backs out one level. Printable shortcuts are
 * ignored while typing in a field, so `/` and `?` can still be typed there.
 */
export function useGlobalKeys(handlers: GlobalKeyHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const mod = event.ctrlKey || event.metaKey;
      const typing = isTyping(event.target);
      let handled = true;
      if (mod && !event.shiftKey && event.key.toLowerCase() === 'f') ref.current.focusSearch();
      else if (mod && event.shiftKey && event.key.toLowerCase() === 'm') ref.current.toggleProblems();
      else if (!mod && !typing && event.key === '/') ref.current.focusSearch();
      else if (!mod && !typing && event.key === '?') ref.current.showShortcuts();
      else if (event.key === 'Escape') ref.current.escape();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
