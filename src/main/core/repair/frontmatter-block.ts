import { parseDocument } from 'yaml';
import { PARSE_OPTIONS } from '@shared/frontmatter/duplicate-keys';
import { splitFrontmatter as findFrontmatter, opensFrontmatter } from '@shared/frontmatter';

/**
 * What a file holds where its frontmatter should be, and what a repair
 * replaces. Offsets are UTF-16 offsets into the text (BOM included).
 */
export type ExistingBlock =
  /** No `---` line opens the file: the frontmatter goes in front of the whole text. */
  | { kind: 'none'; bodyFrom: number }
  /** `---` and `---` with nothing (or only an empty mapping/comments) between. */
  | { kind: 'empty'; bodyFrom: number; replaced: string }
  /** A block that is not a readable YAML mapping, or one never closed: the person must see it before it goes. */
  | { kind: 'broken'; bodyFrom: number; replaced: string; why: string }
  /** Readable frontmatter: nothing to repair. */
  | { kind: 'ok' }
  /** Opened but never closed and no blank line to end it: where the body starts cannot be told. */
  | { kind: 'unbounded'; why: string };

/**
 * Finds the frontmatter block of `text` and says whether a repair would add
 * one, replace an empty or broken one, or leave the file alone. An unclosed
 * block is taken to run to the first blank line (YAML frontmatter has
 * none; the body's first paragraph follows one).
 */
export function existingBlock(text: string): ExistingBlock {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const block = findFrontmatter(text);
  if (block === null) {
    if (!opensFrontmatter(text)) return { kind: 'none', bodyFrom: start };
    const blank = /\r?\n[ \t]*\r?\n/.exec(text.slice(start));
    if (blank === null) {
      return { kind: 'unbounded', why: 'The frontmatter opens with --- but is never closed, and no blank line shows where the body starts. Add the closing --- by hand.' };
    }
    const end = start + blank.index + blank[0].length;
    return { kind: 'broken', bodyFrom: end, replaced: text.slice(start, end), why: 'The frontmatter is never closed (no second --- line).' };
  }
  const replaced = text.slice(start, block.bodyFrom);
  const yamlText = text.slice(block.yamlFrom, block.yamlTo);
  const doc = parseDocument(yamlText, PARSE_OPTIONS);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error?.linePos?.[0]?.line;
    const where = line !== undefined ? ` (line ${line + 1} of the file)` : '';
    return { kind: 'broken', bodyFrom: block.bodyFrom, replaced, why: `The frontmatter is not valid YAML${where}: ${error?.message.split('\n')[0] ?? 'parse error'}.` };
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { kind: 'empty', bodyFrom: block.bodyFrom, replaced };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'broken', bodyFrom: block.bodyFrom, replaced, why: 'The frontmatter is not a mapping of fields (key: value).' };
  }
  if (Object.keys(value).length === 0) return { kind: 'empty', bodyFrom: block.bodyFrom, replaced };
  return { kind: 'ok' };
}
