/**
 * Splits an article's text into its YAML frontmatter and body by lines, so
 * every position is known in file lines. A delimiter is a line holding only
 * `---` (trailing spaces allowed); `---js` and friends are not delimiters,
 * which also keeps gray-matter's eval-based engines out of reach.
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

const DELIMITER = /^---[ \t]*\r?$/;

/** `text` must already be without a BOM. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  let lineEnd = text.indexOf('\n');
  const firstLine = lineEnd === -1 ? text : text.slice(0, lineEnd);
  if (!DELIMITER.test(firstLine)) return { kind: 'none' };
  if (lineEnd === -1) return { kind: 'unclosed' };

  const yamlStart = lineEnd + 1;
  let lineStart = yamlStart;
  let lineNo = 2;
  while (lineStart <= text.length) {
    lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (DELIMITER.test(text.slice(lineStart, end))) {
      const yaml = toLf(text.slice(yamlStart, lineStart)).replace(/\n$/, '');
      const body = lineEnd === -1 ? '' : toLf(text.slice(lineEnd + 1));
      return { kind: 'ok', yaml, body, bodyLine: lineNo + 1 };
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
    lineNo++;
  }
  return { kind: 'unclosed' };
}

function toLf(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n/g, '\n') : s;
}
