/** What a pane shows: the editable source, the rendered preview, or both side by side. */
export type PaneMode = 'source' | 'preview' | 'split';

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

/** The pane header's switches: the preview instead of the source, or beside it. Pressing the pressed one goes back to the source. */
export function PreviewToggle({ mode, onToggle }: { mode: PaneMode; onToggle: (mode: 'preview' | 'split') => void }) {
  return (
    <>
      <button
        type="button"
        className="button button--small preview-toggle"
        aria-pressed={mode === 'preview'}
        title={`${mode === 'preview' ? 'Back to the source' : 'Show the rendered preview'} (${PREVIEW_KEY_LABEL})`}
        onClick={() => onToggle('preview')}
      >
        Preview
      </button>
      <button
        type="button"
        className="button button--small preview-toggle"
        aria-pressed={mode === 'split'}
        title={mode === 'split' ? 'Back to the source alone' : 'Source and preview side by side: the preview follows typing'}
        onClick={() => onToggle('split')}
      >
        Split
      </button>
    </>
  );
}
