import { useEffect, useRef } from 'react';

export interface GitKeyHandlers {
  showChanges: () => void;
  commit: () => void;
  pull: () => void;
  push: () => void;
}

/**
 * Ctrl/Cmd+Shift+G shows Changes, Ctrl/Cmd+Alt+K opens the commit dialog,
 * Ctrl/Cmd+Alt+P pulls and Ctrl/Cmd+Alt+Shift+P pushes — from anywhere,
 * unless a focused component (an editor, a dialog) handled the key first.
 * Matched by `event.code`, so the letter is the key's place on any layout.
 */
export function useGitKeys(handlers: GitKeyHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      const h = ref.current;
      let handled = true;
      if (event.shiftKey && !event.altKey && event.code === 'KeyG') h.showChanges();
      else if (event.altKey && !event.shiftKey && event.code === 'KeyK') h.commit();
      else if (event.altKey && !event.shiftKey && event.code === 'KeyP') h.pull();
      else if (event.altKey && event.shiftKey && event.code === 'KeyP') h.push();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
