import { splitFrontmatter as findFrontmatter, opensFrontmatter } from '@shared/frontmatter';

/**
 * An article's text as YAML frontmatter and body, in the shape parsing and
 * error messages want: LF text and file line numbers. Where the block is
 * comes from the editor's own splitter (@shared/frontmatter), so the index
 * and the editor always agree on what the frontmatter is. A delimiter is a
 * line holding only `---` (trailing spaces allowed); `---js` and friends are
 * not delimiters, which also keeps gray-matter's eval-based engines out of reach.
 */
export type FrontmatterSplit =
  | { kind: 'none' }
  | { kind: 'unclosed' }
  | {
      kind: 'ok';
      /** Text between the delimiters, LF line endings, no trailing newline. Its line 1 is file line 2. */
      yaml: string;
      /** Everything after the closing delimiter line, LF line endings. */
      body: string;
      /** 1-based file line where the body starts. */
      bodyLine: number;
    };

/** `text` must already be without a BOM. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const block = findFrontmatter(text);
  if (block === null) return opensFrontmatter(text) ? { kind: 'unclosed' } : { kind: 'none' };
  const { yamlFrom, yamlTo, bodyFrom } = block;
  // Line 1 is the opening `---`; the closing one follows the YAML's lines.
  const closingLine = 2 + countNewlines(text, yamlFrom, yamlTo);
  return {
    kind: 'ok',
    yaml: toLf(text.slice(yamlFrom, yamlTo)).replace(/\n$/, ''),
    body: toLf(text.slice(bodyFrom)),
    bodyLine: closingLine + 1,
  };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function toLf(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n/g, '\n') : s;
}
