import { parseDocument, visit, Scalar, type Document, type YAMLError } from 'yaml';
import { firstYamlError, PARSE_OPTIONS } from './duplicate-keys';
import { splitFrontmatter, type FrontmatterBlock } from './split-frontmatter';
import { lineAt, type FrontmatterError } from './frontmatter-error';
import { frontmatterTooLargeMessage, MAX_FRONTMATTER_LENGTH } from './frontmatter-limits';

/** A parsed frontmatter block; node ranges in `doc` are offsets into `yaml`, i.e. file offset − `block.yamlFrom`. */
export interface ParsedFrontmatter {
  text: string;
  block: FrontmatterBlock;
  doc: Document.Parsed;
}

export type ParseResult = { ok: true; parsed: ParsedFrontmatter } | { ok: false; error: FrontmatterError };

/**
 * Where to point the user for a parse error. The parser reports an unclosed
 * quote where it gave up (often past the last field), so point at the
 * opening quote instead; never point past the block's last line.
 */
function errorOffset(doc: Document.Parsed, error: YAMLError, yamlLength: number): number {
  let offset = error.pos[0];
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    visit(doc, {
      Scalar(_key, node) {
        const range = node.range;
        const quoted = node.type === Scalar.QUOTE_SINGLE || node.type === Scalar.QUOTE_DOUBLE;
        if (quoted && range && range[0] <= offset && offset <= range[2]) {
          offset = range[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
  }
  return Math.max(0, Math.min(offset, yamlLength - 1));
}

/** `TOML (between +++ lines)` or `JSON` when the text opens with that frontmatter, as Hugo allows; else null. */
function otherFormat(text: string): string | null {
  const source = text.replace(/^\uFEFF/, '');
  if (/^\+\+\+[ \t]*\r?\n/.test(source)) return 'TOML (between +++ lines)';
  if (source.startsWith('{')) return 'JSON';
  return null;
}

/**
 * Splits and parses the frontmatter once. The `yaml` package's core schema
 * keeps unquoted dates as strings, which is what an editor wants.
 */
export function parseFrontmatter(text: string): ParseResult {
  const other = otherFormat(text);
  if (other !== null) {
    return {
      ok: false,
      error: {
        code: 'other-format',
        message: `This file's frontmatter is ${other}, which the form cannot edit: change its fields in the text, where it is saved as typed.`,
      },
    };
  }
  const block = splitFrontmatter(text);
  if (!block) {
    const opened = text.replace(/^\uFEFF/, '').startsWith('---');
    return {
      ok: false,
      error: {
        code: 'no-frontmatter',
        message: opened
          ? 'The frontmatter block opened with --- is never closed: add a line containing only --- after the last field.'
          : 'The file has no frontmatter: it must start with a line containing only ---, the fields, and another --- line.',
        line: 1,
      },
    };
  }
  if (block.yamlTo - block.yamlFrom > MAX_FRONTMATTER_LENGTH) {
    return { ok: false, error: { code: 'yaml-syntax', message: frontmatterTooLargeMessage(block.yamlTo - block.yamlFrom), line: 2 } };
  }
  const doc = parseDocument(text.slice(block.yamlFrom, block.yamlTo), PARSE_OPTIONS);
  const first = firstYamlError(doc);
  if (first) {
    const offset = block.yamlFrom + errorOffset(doc, first, block.yamlTo - block.yamlFrom);
    const line = lineAt(text, offset);
    const reason = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'Invalid YAML';
    return {
      ok: false,
      error: { code: 'yaml-syntax', message: `Frontmatter YAML error on line ${line}: ${reason}`, line },
    };
  }
  return { ok: true, parsed: { text, block, doc } };
}
