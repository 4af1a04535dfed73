import { isMap, isPair, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { lineAt, type FrontmatterError } from './frontmatter-error';
import { rangeOf } from './node-range';

/** Where new keys for a missing field go. */
export type InsertAnchor =
  /** The top level (a mapping, or an empty block). */
  | { kind: 'root'; map: YAMLMap | null }
  /** An existing mapping that lacks the key. `depth` = number of path segments leading to it. */
  | { kind: 'map'; map: YAMLMap; depth: number }
  /** An existing `key:` with no value (`ai:` or `ai: null`), which becomes a mapping. */
  | { kind: 'empty'; pair: Pair; depth: number };

export type Located =
  | { kind: 'found'; pair: Pair; map: YAMLMap; depth: number }
  | { kind: 'missing'; anchor: InsertAnchor; rest: readonly string[] }
  | { kind: 'error'; error: FrontmatterError };

/** The key of a pair as a path segment (`2026:` → `'2026'`). */
export function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value ?? '') : undefined;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) if (isPair(item) && keyName(item) === key) return item as Pair;
  return undefined;
}

function isEmptyValue(node: unknown): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/** Follows `path` through nested mappings. `base` and `source` only serve error line numbers. */
export function locateField(root: Node | null, path: readonly string[], source: string, base: number): Located {
  let anchor: InsertAnchor = { kind: 'root', map: isMap(root) ? root : null };
  let map: YAMLMap | null = anchor.map;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth] ?? '';
    const pair = map ? findPair(map, key) : undefined;
    if (!map || !pair) return { kind: 'missing', anchor, rest: path.slice(depth) };
    if (depth === path.length - 1) return { kind: 'found', pair, map, depth };
    const value = pair.value;
    if (isMap(value)) {
      map = value;
      anchor = { kind: 'map', map: value, depth: depth + 1 };
    } else if (isEmptyValue(value)) {
      return { kind: 'missing', anchor: { kind: 'empty', pair, depth: depth + 1 }, rest: path.slice(depth + 1) };
    } else {
      const field = path.slice(0, depth + 1).join('.');
      const offset = rangeOf(value)?.[0] ?? 0;
      const line = lineAt(source, base + offset);
      return {
        kind: 'error',
        error: {
          code: 'not-a-mapping',
          message: `"${field}" (line ${line}) holds a single value, not a group of fields, so "${path.join('.')}" cannot be set.`,
          line,
          field: path.join('.'),
        },
      };
    }
  }
  return { kind: 'missing', anchor, rest: path };
}
