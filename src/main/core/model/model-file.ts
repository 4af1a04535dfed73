import { isRecord } from '../article-meta';

/** One file as detection and inference see it. */
export interface ModelFile {
  /** Relative to the collection's root, `/` separators. */
  path: string;
  /** Parsed frontmatter (any format), or null when the file has none or it is broken. */
  data: Record<string, unknown> | null;
}

/** The value at a dotted path (`ai.translatedFrom`), or undefined. */
export function valueAt(data: Record<string, unknown> | null, path: string): unknown {
  // Without split(): detection calls this for every field of every sampled file, several times over.
  let current: unknown = data;
  let from = 0;
  for (;;) {
    if (!isRecord(current)) return undefined;
    const dot = path.indexOf('.', from);
    if (dot < 0) return current[from === 0 ? path : path.slice(from)];
    current = current[path.slice(from, dot)];
    from = dot + 1;
  }
}

/** A scalar as a grouping key: strings trimmed, finite numbers as text (`60340789` and `'60340789'` are one id). */
export function keyText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Dotted paths of the scalar leaves of a mapping, two levels deep (`title`, `ai.translatedFrom`). */
export function scalarPaths(data: Record<string, unknown>, depth = 2, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isRecord(value)) {
      if (depth > 1) paths.push(...scalarPaths(value, depth - 1, path));
    } else if (typeof value === 'string' || typeof value === 'number') {
      paths.push(path);
    }
  }
  return paths;
}

/**
 * The grouping keys of a mapping's scalar leaves, two levels deep, by dotted
 * path (`keyText` of each; leaves it gives null for are left out). Read once
 * per file, it answers `keyText(valueAt(data, path))` for every path those
 * leaves can be, without walking the mapping again.
 */
export function scalarKeyTexts(data: Record<string, unknown> | null): ReadonlyMap<string, string> {
  if (data === null) return NO_TEXTS;
  // Detection asks several times per file (each candidate key, the translated-from field) and never changes the data.
  let texts = keyTexts.get(data);
  if (texts === undefined) {
    texts = new Map<string, string>();
    for (const path of scalarPaths(data)) {
      const text = keyText(valueAt(data, path));
      if (text !== null) texts.set(path, text);
    }
    keyTexts.set(data, texts);
  }
  return texts;
}

const NO_TEXTS: ReadonlyMap<string, string> = new Map();
const keyTexts = new WeakMap<Record<string, unknown>, Map<string, string>>();
