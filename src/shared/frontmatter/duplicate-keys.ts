import { isScalar, visit, YAMLParseError, type Document, type YAMLError } from 'yaml';

/**
 * Options for every `parseDocument` of a frontmatter: the `yaml` package's
 * own duplicate-key check compares each key with every key before it in its
 * map, so 100,000 keys took two minutes; `firstDuplicateKey` finds the same
 * duplicates in one pass.
 */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

/**
 * The error the `yaml` package reports for a repeated key (`DUPLICATE_KEY`,
 * "Map keys must be unique", at the second key), for the first repeat in
 * the document, or null. Keys are equal as the package compares them: two
 * scalars with the same value (`1` and `'1'` differ), never two collections.
 */
export function firstDuplicateKey(doc: Document.Parsed): YAMLError | null {
  let first: YAMLError | null = null;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0;
          if (first === null || at < first.pos[0]) first = new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
          break;
        }
        seen.add(key.value);
      }
      return undefined;
    },
  });
  return first;
}

/** The document's first error by position, its own or a repeated key. */
export function firstYamlError(doc: Document.Parsed): YAMLError | null {
  const duplicate = firstDuplicateKey(doc);
  const [own] = doc.errors;
  if (!own) return duplicate;
  return duplicate && duplicate.pos[0] < own.pos[0] ? duplicate : own;
}
