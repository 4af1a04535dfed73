/** What a pane shows: the editable source or the rendered preview. */
export type PaneMode = 'source' | 'preview';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl/Cmd+Shift+P, the pane's source ⇄ preview key (a bare P would be typed: Alt+P is π on a Mac). */
export function isPreviewToggleKey(event: KeyboardEvent): boolean {
  return (isMac ? event.metaKey : event.ctrlKey) && event.shiftKey && !event.altKey && event.code === 'KeyP';
}

/** Ctrl/Cmd+Alt+Shift+P: both panes of the pair at once. */
export function isPreviewBothKey(event: KeyboardEvent): boolean {
  return (isMac ? event.metaKey : event.ctrlKey) && event.shiftKey && event.altKey && event.code === 'KeyP';
}

export const PREVIEW_KEY_LABEL = isMac ? '⌘⇧P' : 'Ctrl+Shift+P';
export const PREVIEW_BOTH_KEY_LABEL = isMac ? '⌘⌥⇧P' : 'Ctrl+Alt+Shift+P';

/** The pane header's source/preview switch. */
export function PreviewToggle({ mode, onToggle }: { mode: PaneMode; onToggle: () => void }) {
  const previewing = mode === 'preview';
  return (
    <button
      type="button"
      className="button button--small preview-toggle"
      aria-pressed={previewing}
      title={`${previewing ? 'Back to the source' : 'Show the rendered preview'} (${PREVIEW_KEY_LABEL})`}
      onClick={onToggle}
    >
      Preview
    </button>
  );
}
