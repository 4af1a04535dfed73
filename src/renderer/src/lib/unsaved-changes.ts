/**
 * Which editors hold changes that are not on disk. This registry is exactly
 * what `beforeunload` reads: a browser tab asks before closing, and Electron's
 * main process (which listens for `will-prevent-unload`) asks before quitting.
 */
const unsaved = new Map<string, string>();

/** Records whether the editor `id` (showing `path`) has unsaved changes. */
export function setUnsaved(id: string, path: string, dirty: boolean): void {
  if (dirty) unsaved.set(id, path);
  else unsaved.delete(id);
}

/** Paths with unsaved changes, for the "discard changes?" question. */
export function unsavedPaths(): string[] {
  return [...new Set(unsaved.values())];
}

window.addEventListener('beforeunload', (event) => {
  if (unsaved.size === 0) return;
  event.preventDefault();
  // Older Chromium (and Electron's check) still look at returnValue.
  event.returnValue = '';
});
