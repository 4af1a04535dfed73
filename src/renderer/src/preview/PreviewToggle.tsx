/** What a pane shows: the editable source, the rendered preview, or both side by side. */
export type PaneMode = 'source' | 'preview' | 'split';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl/Cmd+Shift+P, the pane's source ⇄ preview key (a bare P would be typed: Alt+P is π on a Mac). */
export function isPreviewToggleKey(event: KeyboardEvent): boolean {
  return (isMac ? event.metaKey : event.ctrlKey) && event.shiftKey && !event.altKey && event.code === 'KeyP';
}

/** Ctrl/Cmd+Alt+Shift+V: both panes of the pair at once (not …+P: with Alt that pair of keys is git pull and push). */
export function isPreviewBothKey(event: KeyboardEvent): boolean {
  return (isMac ? event.metaKey : event.ctrlKey) && event.shiftKey && event.altKey && event.code === 'KeyV';
}

export const PREVIEW_KEY_LABEL = isMac ? '⌘⇧P' : 'Ctrl+Shift+P';
export const PREVIEW_BOTH_KEY_LABEL = isMac ? '⌘⌥⇧V' : 'Ctrl+Alt+Shift+V';

/** The preview's keys for the shortcuts overlay (group, keys, what they do). */
export const PREVIEW_SHORTCUTS: { group: string; keys: string[]; action: string }[] = [
  { group: 'Editing', keys: ['Ctrl', 'Shift', 'P'], action: 'Rendered preview of the focused pane on / off (Split beside the source: its button)' },
  { group: 'Editing', keys: ['Ctrl', 'Alt', 'Shift', 'V'], action: 'Both previews side by side, scrolling together' },
];

/** A remembered mode read back: anything else than a mode is the source. */
export function asPaneMode(value: string): PaneMode {
  return value === 'preview' || value === 'split' ? value : 'source';
}

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
