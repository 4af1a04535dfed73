import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import { isRecord } from '../article-meta';
import { splitFrontmatter } from '../split-frontmatter';

export type FrontmatterFormat = 'yaml' | 'toml' | 'json';

/** What `readFrontmatterAny` found at the top of a file. */
export type AnyFrontmatter =
  | { format: FrontmatterFormat; data: Record<string, unknown> }
  | { format: FrontmatterFormat; data: null; error: string }
  | { format: 'none'; data: null };

const BOM = '\uFEFF';

/**
 * Reads the frontmatter of any format Hugo and Astro sites use: YAML
 * between `---` lines, TOML between `+++` lines, or a JSON object opening
 * the file. YAML is parsed the way the indexer parses it (gray-matter's
 * js-yaml, so an unquoted date is a `Date`); TOML dates become `Date` too.
 * Never throws: a broken block is `data: null` with the parser's reason.
 */
export function readFrontmatterAny(text: string): AnyFrontmatter {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const other = readOtherFrontmatter(source);
  if (other !== null) return other.data !== null ? { format: other.format, data: other.data } : { format: other.format, data: null, error: other.error };
  const split = splitFrontmatter(source);
  if (split.kind === 'none') return { format: 'none', data: null };
  if (split.kind === 'unclosed') return { format: 'yaml', data: null, error: 'the --- block is never closed' };
  try {
    // The options object matters: without one gray-matter caches every text it sees.
    const data: unknown = matter(`---\n${split.yaml}\n---\n`, { language: 'yaml' }).data;
    return asMapping('yaml', data);
  } catch (error) {
    return { format: 'yaml', data: null, error: firstLine(error) };
  }
}

/** A TOML or JSON frontmatter block and where the body after it starts. */
export type OtherFrontmatter = {
  format: 'toml' | 'json';
  /** The block as written, delimiters included (LF or CRLF as in the file). */
  block: string;
  /** Offset in the text (without BOM) where the body starts; the text's length when the block is not closed. */
  bodyFrom: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
} & ({ data: Record<string, unknown> } | { data: null; error: string });

/**
 * The TOML (`+++`) or JSON frontmatter opening `source` (a text without
 * BOM), or null when it opens with neither (YAML, or no frontmatter).
 */
export function readOtherFrontmatter(source: string): OtherFrontmatter | null {
  if (/^\+\+\+[ \t]*\r?\n/.test(source)) return readToml(source);
  if (source.startsWith('{')) return readJson(source);
  return null;
}

function readToml(source: string): OtherFrontmatter {
  const lines = source.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && /^\+\+\+[ \t]*\r?$/.test(line));
  if (close < 0) return { format: 'toml', block: source, bodyFrom: source.length, bodyLine: lines.length + 1, data: null, error: 'the +++ block is never closed' };
  const bodyFrom = Math.min(source.length, lines.slice(0, close + 1).reduce((sum, line) => sum + line.length + 1, 0));
  const where = { format: 'toml' as const, block: source.slice(0, bodyFrom), bodyFrom, bodyLine: close + 2 };
  try {
    const inner = lines.slice(1, close).map((line) => line.replace(/\r$/, '')).join('\n');
    return withMapping(where, tomlToPlain(parseToml(inner)));
  } catch (error) {
    return { ...where, data: null, error: firstLine(error) };
  }
}

/** Hugo's JSON frontmatter: an object from the first character to a line holding only `}`. */
function readJson(source: string): OtherFrontmatter {
  let at = source.indexOf('\n}');
  while (at >= 0) {
    const end = at + 2;
    const lineEnd = source.indexOf('\n', end);
    const rest = source.slice(end, lineEnd < 0 ? source.length : lineEnd);
    if (rest.trim() === '') {
      try {
        const data: unknown = JSON.parse(source.slice(0, end));
        const bodyFrom = lineEnd < 0 ? source.length : lineEnd + 1;
        return withMapping({ format: 'json', block: source.slice(0, bodyFrom), bodyFrom, bodyLine: countLines(source, bodyFrom) }, data);
      } catch {
        // A `}` line inside a nested object: try the next one.
      }
    }
    at = source.indexOf('\n}', end);
  }
  return {
    format: 'json',
    block: source,
    bodyFrom: source.length,
    bodyLine: countLines(source, source.length),
    data: null,
    error: 'the JSON object that opens the file is not closed by a line holding only }',
  };
}

/** 1-based line of offset `at`. */
function countLines(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function withMapping(where: Omit<OtherFrontmatter, 'data' | 'error'>, data: unknown): OtherFrontmatter {
  if (isRecord(data)) return { ...where, data };
  return { ...where, data: null, error: 'the frontmatter is not a mapping of keys to values' };
}

/** smol-toml returns its own date class for TOML dates; the rest of Copydesk expects `Date`. */
function tomlToPlain(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(tomlToPlain);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, tomlToPlain(inner)]));
  return value;
}

function asMapping(format: FrontmatterFormat, data: unknown): AnyFrontmatter {
  if (isRecord(data)) return { format, data };
  return { format, data: null, error: 'the frontmatter is not a mapping of keys to values' };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unreadable';
}
