import { isMap, parseDocument } from 'yaml';
import { PARSE_OPTIONS } from './duplicate-keys';
import { splitFrontmatter } from './split-frontmatter';

/**
 * The frontmatter's values as the indexer reads them (js-yaml): an unquoted
 * timestamp is a `Date`, a quoted one stays text. The editor's own reading
 * keeps every date a string, so validating that would call a site's
 * `z.date()` field wrong when it is right, and miss a quoted date the
 * site's build rejects. Null when the block does not read as a mapping.
 */
export function indexedValues(text: string): Record<string, unknown> | null {
  const block = splitFrontmatter(text);
  if (!block) return null;
  const doc = parseDocument(text.slice(block.yamlFrom, block.yamlTo), { ...PARSE_OPTIONS, customTags: ['timestamp'] });
  if (doc.errors.length > 0) return null;
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) return null;
  try {
    return doc.toJS() as Record<string, unknown>;
  } catch {
    return null;
  }
}
