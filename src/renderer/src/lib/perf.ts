/**
 * Performance marks the renderer leaves for bench/editor (read with
 * `performance.getEntriesByName(name, 'measure')`). Cheap enough to stay on
 * in production; old entries are dropped so a day of typing does not grow
 * the buffer.
 */
export const PERF = {
  /** User asked to open an article (list, quick open, language switch). */
  openStart: 'copydesk:open-start',
  /** Open → every editor of the pair constructed and painted. */
  open: 'copydesk:open',
  /** One editor's state + view construction (part of `open`). */
  editorCreate: 'copydesk:editor-create',
  /** A key went down in an editor. */
  keydown: 'copydesk:keydown',
  /** Key down in the YAML → the form rendered the new values. */
  keystrokeToForm: 'copydesk:keystroke-form',
  /** A key went down in an editor (the preview's own copy: the form consumes `keydown`). */
  previewKeydown: 'copydesk:preview-keydown',
  /** Key down in an editor (or first change since the last render) → the preview shows the new text. */
  keystrokeToPreview: 'copydesk:keystroke-preview',
} as const;

const MAX_MEASURES = 500;

/** Records a mark (replacing an older one of the same name). */
export function mark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

/** Whether a mark is pending (set and not yet consumed by `measureFrom`). */
export function hasMark(name: string): boolean {
  return performance.getEntriesByName(name, 'mark').length > 0;
}

/** Measures from `startMark` to now as `name` and consumes the start mark; returns the duration, or null without a start. */
export function measureFrom(name: string, startMark: string): number | null {
  if (!hasMark(startMark)) return null;
  const entry = performance.measure(name, startMark);
  performance.clearMarks(startMark);
  if (performance.getEntriesByName(name, 'measure').length > MAX_MEASURES) performance.clearMeasures(name);
  return entry.duration;
}

/** Records `name` as a measure from `start` (a `performance.now()` time) to now. */
export function measureSince(name: string, start: number): void {
  performance.measure(name, { start });
  if (performance.getEntriesByName(name, 'measure').length > MAX_MEASURES) performance.clearMeasures(name);
}
