import ukSeed from '../__fixtures__/uk-seed.md?raw';
import ptNoFrontmatter from '../__fixtures__/pt-no-frontmatter.md?raw';

export { ukSeed, ptNoFrontmatter };

/** The same text with CRLF line endings everywhere (frontmatter and body). */
export const crlf = (text: string): string => text.replaceAll('\n', '\r\n');

/** The same text preceded by a UTF-8 byte-order mark. */
export const bom = (text: string): string => `\uFEFF${text}`;

/** Joins lines with `\n` and ends with one, so fixtures read as the files they stand for. */
export const file = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** Reads a nested value out of plain data, e.g. `valueAt(data, ['coverImage', 'thumb'])`. */
export function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}
