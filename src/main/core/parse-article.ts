import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { ZodObject, type z } from 'zod';
import type { ArticleIssue } from '@shared/errors';
import { extractMeta, isRecord, NO_COLLECTION, type ArticleMeta, type MetaContext } from './article-meta';
import { readOtherFrontmatter, type OtherFrontmatter } from './model/read-frontmatter-any';
import { schemaIssues } from './schema-issues';
import { scanTopLevelScalars } from './scan-scalars';
import { splitFrontmatter } from './split-frontmatter';
import { firstYamlError, PARSE_OPTIONS } from '@shared/frontmatter/duplicate-keys';
import { frontmatterTooLargeMessage, MAX_FRONTMATTER_LENGTH } from '@shared/frontmatter/frontmatter-limits';

export type { ArticleMeta, MetaContext } from './article-meta';

/** One article file, split and checked. Never throws on user input. */
export interface ParsedArticle {
  /** Parsed YAML mapping (unknown keys kept), or null when missing or unparseable. */
  frontmatter: Record<string, unknown> | null;
  /** Text after the closing `---` (LF line endings); the whole text when there is no usable delimiter, so it can still be searched. */
  body: string;
  /** 1-based file line where `body` starts. */
  bodyLine: number;
  /** Empty when the file is valid. */
  issues: ArticleIssue[];
  meta: ArticleMeta;
}

const BOM = '\uFEFF';

/**
 * Splits and validates one article against `schema`: its collection's
 * validator (`validatorFor`), or null — a file in no collection, or a
 * caller that wants the values only — to parse the frontmatter without
 * judging it. There is no built-in schema: what is valid is the site's call. Line numbers in issues are 1-based file
 * lines (a BOM or CRLF endings do not shift them). `where` (the file's
 * collection and path) is how `meta` is read: see `extractMeta`.
 */
export function parseArticle(text: string, schema: z.ZodType | null = null, where: MetaContext = NO_COLLECTION): ParsedArticle {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const other = readOtherFrontmatter(source);
  if (other !== null) return parseOther(other, source, schema, where);
  const split = splitFrontmatter(source);

  if (split.kind === 'none') {
    const empty = source.trim() === '';
    const required = schema === null ? [] : requiredFields(schema);
    return failed(source, 1, where, {
      code: 'no-frontmatter',
      message: `${empty ? 'The file is empty' : 'The file has no frontmatter'}. Add a YAML frontmatter block starting with --- on the first line${required.length > 0 ? ` (${required.join(', ')})` : ''} and closed by another --- line.`,
      line: 1,
    });
  }
  if (split.kind === 'unclosed') {
    return failed(source, 1, where, {
      code: 'yaml-syntax',
      message: 'The frontmatter that opens with --- on line 1 is never closed. Add a line containing only --- after the last frontmatter field.',
      line: 1,
    });
  }

  const { yaml, body, bodyLine } = split;
  const loaded = loadYaml(yaml);
  if (!loaded.ok) {
    // Over the size limit, only its first part is scanned for the title, lang and id.
    const scanned = yaml.length > MAX_FRONTMATTER_LENGTH ? yaml.slice(0, MAX_FRONTMATTER_LENGTH) : yaml;
    return { ...failed(body, bodyLine, where, loaded.issue), meta: extractMeta(scanTopLevelScalars(scanned), where) };
  }

  const frontmatter = loaded.data;
  const failure = schema === null ? null : schema.safeParse(frontmatter).error;
  return {
    frontmatter,
    body,
    bodyLine,
    issues: schema === null || !failure ? [] : schemaIssues(failure.issues, frontmatter, yaml, schema),
    meta: extractMeta(frontmatter, where),
  };
}

/**
 * TOML (`+++`) and JSON frontmatter (Hugo sites): read, indexed and
 * validated like YAML. A broken block keeps the `yaml-syntax` code (the
 * code means "the frontmatter cannot be read") with a message naming the
 * format; schema problems point at the line of their top-level key.
 */
function parseOther(other: OtherFrontmatter, source: string, schema: z.ZodType | null, where: MetaContext): ParsedArticle {
  const body = source.slice(other.bodyFrom).replace(/\r\n/g, '\n');
  const name = other.format === 'toml' ? 'TOML' : 'JSON';
  if (other.data === null) {
    return failed(body, other.bodyLine, where, { code: 'yaml-syntax', message: `${name} syntax error in the frontmatter: ${other.error}. Fix it in the source editor.`, line: 1 });
  }
  const frontmatter = other.data;
  const failure = schema === null ? null : schema.safeParse(frontmatter).error;
  const issues = schema === null || !failure ? [] : schemaIssues(failure.issues, frontmatter, '', schema).map((issue) => ({ ...issue, line: topLevelKeyLine(other, issue.field) }));
  return { frontmatter, body, bodyLine: other.bodyLine, issues, meta: extractMeta(frontmatter, where) };
}

/** 1-based file line of a field's top-level key in a TOML or JSON block (`key =`, `"key":`), else 1. */
function topLevelKeyLine(other: OtherFrontmatter, field: string | undefined): number {
  const key = field?.split('.')[0];
  if (key === undefined || key === '') return 1;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = other.format === 'toml' ? new RegExp(`^\\s*(?:${escaped}|"${escaped}"|'${escaped}')\\s*=`) : new RegExp(`^\\s*"${escaped}"\\s*:`);
  const index = other.block.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? 1 : index + 1;
}

/** The top-level fields an object schema requires, in its order: what a new frontmatter block needs. */
function requiredFields(schema: z.ZodType): string[] {
  if (!(schema instanceof ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => (field.safeParse(undefined).success ? [] : [key]));
}

function failed(body: string, bodyLine: number, where: MetaContext, issue: ArticleIssue): ParsedArticle {
  return { frontmatter: null, body: body.replace(/\r\n/g, '\n'), bodyLine, issues: [issue], meta: extractMeta(null, where) };
}

/** Shape of js-yaml's YAMLException, as far as we use it. */
interface YamlException {
  reason?: string;
  mark?: { line: number; column: number };
}

type Loaded = { ok: true; data: Record<string, unknown> } | { ok: false; issue: ArticleIssue };

/**
 * Parses the frontmatter with gray-matter (js-yaml). It is handed a rebuilt,
 * canonical block so its own delimiter and language rules cannot disagree
 * with `splitFrontmatter`. The options object is required: without one
 * gray-matter caches every text it has seen.
 */
function loadYaml(yaml: string): Loaded {
  if (yaml.length > MAX_FRONTMATTER_LENGTH) return yamlError(frontmatterTooLargeMessage(yaml.length), 2);
  const delimiterInside = /^---/m.exec(yaml);
  if (delimiterInside) {
    // gray-matter would close the block at this line; js-yaml would see a second document.
    const line = yaml.slice(0, delimiterInside.index).split('\n').length + 1;
    return yamlError(`Line ${line} starts with --- inside the frontmatter. Quote the value or remove the line.`, line);
  }
  let data: unknown;
  try {
    data = matter(`---\n${yaml}\n---\n`, { language: 'yaml' }).data;
  } catch (error) {
    return precisePosition(yaml) ?? jsYamlPosition(yaml, error as YamlException);
  }
  if (!isRecord(data)) {
    const what = Array.isArray(data) ? 'a list' : data === null ? 'empty' : `a single value (${typeof data})`;
    return yamlError(`The frontmatter must be a mapping of \`key: value\` lines, but it is ${what}.`, 2);
  }
  return { ok: true, data };
}

/**
 * js-yaml reports where it gave up, which is often a line after the mistake
 * (an unclosed quote is reported on the next key). The `yaml` package points at
 * the mistake itself, so on the error path only we ask it where and why. For
 * indentation mistakes js-yaml's line is the better one, so those keep it.
 */
const PRECISE_CODES = new Set(['UNEXPECTED_TOKEN', 'MISSING_CHAR', 'BAD_SCALAR_START', 'BAD_DQ_ESCAPE', 'TAB_AS_INDENT']);

function precisePosition(yaml: string): Loaded | null {
  const doc = parseDocument(yaml, PARSE_OPTIONS);
  const first = firstYamlError(doc);
  if (!first || !PRECISE_CODES.has(first.code)) return null;
  const pos = linePosition(yaml, first.pos[0]);
  const line = pos.line + 1;
  const reason = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? first.message;
  return yamlError(
    `YAML syntax error in the frontmatter at line ${line}, column ${pos.col}: ${reason}. Check the quoting and indentation of that line (inside '…' write an apostrophe as '').`,
    line,
    pos.col,
  );
}

/** 1-based line and column of `offset` in `yaml` (what the parser's `prettyErrors` would add). */
function linePosition(yaml: string, offset: number): { line: number; col: number } {
  const before = yaml.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return { line, col: offset - lineStart + 1 };
}

function jsYamlPosition(yaml: string, { reason, mark }: YamlException): Loaded {
  // The rebuilt text starts with an empty line before the YAML, so js-yaml's 0-based
  // line N is YAML line N, which is file line N + 1. "Unexpected end of stream" marks
  // point past the last YAML line; the person needs the last line instead.
  const lastLine = yaml.split('\n').length + 1;
  const pastEnd = mark !== undefined && mark.line + 1 > lastLine;
  const line = mark ? Math.min(mark.line + 1, lastLine) : 1;
  const column = mark && !pastEnd ? mark.column + 1 : undefined;
  return yamlError(
    `YAML syntax error in the frontmatter at line ${line}${column ? `, column ${column}` : ''}: ${reason ?? 'unreadable YAML'}. Check the indentation and quoting of that line.`,
    line,
    column,
  );
}

function yamlError(message: string, line: number, column?: number): Loaded {
  return { ok: false, issue: { code: 'yaml-syntax', message, line, ...(column !== undefined && { column }) } };
}
