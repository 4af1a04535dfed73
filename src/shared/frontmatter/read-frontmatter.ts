import { isMap } from 'yaml';
import { parseFrontmatter } from './parse-frontmatter';
import { lineAt, type FrontmatterError } from './frontmatter-error';

export type ReadResult = { ok: true; data: Record<string, unknown> } | { ok: false; error: FrontmatterError };

/**
 * Reads the frontmatter as plain data with the `yaml` package's core schema:
 * unquoted dates stay strings (js-yaml would give a `Date`), unquoted `001`
 * is the number 1. An empty block reads as `{}`. Never throws.
 */
export function readFrontmatter(text: string): ReadResult {
  const result = parseFrontmatter(text);
  if (!result.ok) return result;
  const { doc, block } = result.parsed;
  const contents = doc.contents;
  if (contents === null) return { ok: true, data: {} };
  if (!isMap(contents)) {
    const line = lineAt(text, block.yamlFrom + (contents.range?.[0] ?? 0));
    return {
      ok: false,
      error: { code: 'not-a-mapping', message: `The frontmatter must be a list of "key: value" fields (line ${line}).`, line },
    };
  }
  try {
    return { ok: true, data: doc.toJS() as Record<string, unknown> };
  } catch (cause) {
    // toJS refuses alias bombs ("Excessive alias count"); report, never throw.
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { code: 'yaml-syntax', message: `Frontmatter YAML cannot be read: ${reason}` } };
  }
}
