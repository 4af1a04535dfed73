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
  if (/^\+\+\+[ \t]*\r?\n/.test(source)) return readToml(source);
  if (source.startsWith('{')) return readJson(source);
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

function readToml(source: string): AnyFrontmatter {
  const lines = source.split(/\r?\n/);
  const close = lines.findIndex((line, i) => i > 0 && /^\+\+\+[ \t]*$/.test(line));
  if (close < 0) return { format: 'toml', data: null, error: 'the +++ block is never closed' };
  try {
    return asMapping('toml', tomlToPlain(parseToml(lines.slice(1, close).join('\n'))));
  } catch (error) {
    return { format: 'toml', data: null, error: firstLine(error) };
  }
}

/** Hugo's JSON frontmatter: an object from the first character to a line holding only `}`. */
function readJson(source: string): AnyFrontmatter {
  let at = source.indexOf('\n}');
  while (at >= 0) {
    const end = at + 2;
    const rest = source.slice(end, source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end));
    if (rest.trim() === '') {
      try {
        return asMapping('json', JSON.parse(source.slice(0, end)));
      } catch {
        // A `}` line inside a nested object: try the next one.
      }
    }
    at = source.indexOf('\n}', end);
  }
  return { format: 'json', data: null, error: 'the JSON object that opens the file is not closed by a line holding only }' };
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
