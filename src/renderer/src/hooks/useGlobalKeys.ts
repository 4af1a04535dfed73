import { useEffect, useRef } from 'react';
import type { AppCommand } from '@shared/ipc/contract';
import { on } from '../api/client';

/** Keyboard actions that work anywhere in the window. */
export interface GlobalKeyHandlers {
  focusSearch: () => void;
  toggleProblems: () => void;
  showShortcuts: () => void;
  escape: () => void;
  quickOpen: () => void;
  save: () => void;
  saveAll: () => void;
  focusPane: (side: 'source' | 'target') => void;
  collapsePane: (side: 'source' | 'target') => void;
  toggleLock: () => void;
  /** Opens or folds the fields form of the focused pane. */
  toggleForm: () => void;
  toggleList: () => void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * App-wide keys. `/` and Ctrl/Cmd+F focus the search (inside an editor,
 * Ctrl/Cmd+F is the editor's own search, which handles the key first),
 * Ctrl/Cmd+Shift+M toggles problems, Ctrl/Cmd+P quick open, Ctrl/Cmd+S saves
 * the focused pane and Ctrl/Cmd+Shift+S both, Alt+1/Alt+2 focus the left or
 * right pane and Alt+Shift+1/2 collapse them, Alt+L locks the original,
 * Ctrl/Cmd+Shift+F opens or folds the focused pane's fields form,
 * Ctrl/Cmd+B shows or hides the library list, `?` lists the shortcuts and Esc
 * backs out one level. Printable shortcuts are ignored while typing in a
 * field, and keys a focused component already handled are left alone.
 */
export function useGlobalKeys(handlers: GlobalKeyHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const typing = isTyping(event.target);
      const h = ref.current;
      let handled = true;
      if (mod && !event.shiftKey && !event.altKey && key === 's') h.save();
      else if (mod && event.shiftKey && !event.altKey && key === 's') h.saveAll();
      else if (mod && !event.shiftKey && !event.altKey && key === 'p') h.quickOpen();
      else if (mod && !event.shiftKey && key === 'f') h.focusSearch();
      else if (mod && event.shiftKey && !event.altKey && key === 'f') h.toggleForm();
      else if (mod && !event.shiftKey && key === 'b') h.toggleList();
      else if (mod && event.shiftKey && key === 'm') h.toggleProblems();
      else if (event.altKey && !mod && (event.code === 'Digit1' || event.code === 'Digit2')) {
        const side = event.code === 'Digit1' ? 'source' : 'target';
        if (event.shiftKey) h.collapsePane(side);
        else h.focusPane(side);
      } else if (event.altKey && !mod && !event.shiftKey && event.code === 'KeyL') h.toggleLock();
      else if (!mod && !event.altKey && !typing && event.key === '/') h.focusSearch();
      else if (!mod && !event.altKey && !typing && event.key === '?') h.showShortcuts();
      else if (event.key === 'Escape') h.escape();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // The Electron menu shows these shortcuts without registering them, and sends
  // the command when clicked: the same action as the key.
  useEffect(
    () =>
      on('app.command', ({ command }) => {
        const menuActions: Partial<Record<AppCommand, () => void>> = {
          save: ref.current.save,
          'save-all': ref.current.saveAll,
          'quick-open': ref.current.quickOpen,
          find: ref.current.focusSearch,
          'show-shortcuts': ref.current.showShortcuts,
        };
        menuActions[command]?.();
      }),
    [],
  );
}
