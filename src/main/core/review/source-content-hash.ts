import { readFrontmatter, splitFrontmatter } from '@shared/frontmatter';
import { normalizeText } from './normalize-text';

/** The parts of a source that a translation translates. */
export interface TranslatableContent {
  title: unknown;
  description: unknown;
  body: string;
}

/**
 * `sha256:<hex>` of what a translation is a translation *of*: the title,
 * the description and the body, each normalised (`normalizeText`: LF
 * endings, no trailing whitespace, no BOM, no surrounding blank lines).
 * Nothing else: a new `updatedAt`, a re-tag, a changed cover image or a
 * CRLF re-save does not need re-translating, so it must not mark every
 * translation of the article outdated (field drift is the consistency
 * checks' job). The parts are JSON-encoded as one array so no two different
 * contents hash alike. `hash` returns a hex sha256 digest.
 */
export function contentHash(content: TranslatableContent, hash: (text: string) => string): string {
  const payload = JSON.stringify([field(content.title), field(content.description), normalizeText(content.body)]);
  return `sha256:${hash(payload)}`;
}

/**
 * `contentHash` of a whole source file's text. Null when its frontmatter is
 * missing or unreadable: then there is no title to hash, and a guess would
 * turn into a false "outdated" once the YAML is fixed.
 */
export function sourceContentHash(sourceText: string, hash: (text: string) => string): string | null {
  const read = readFrontmatter(sourceText);
  const block = splitFrontmatter(sourceText);
  if (!read.ok || block === null) return null;
  return contentHash({ title: read.data.title, description: read.data.description, body: sourceText.slice(block.bodyFrom) }, hash);
}

function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  return normalizeText(typeof value === 'string' ? value : String(value));
}
