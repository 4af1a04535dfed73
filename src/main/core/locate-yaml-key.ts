/**
 * Finds the 1-based line of a key path (`['coverImage', 'thumb']`, or
 * `['tags', 1]` for a list item) in block-style YAML text, by indentation
 * alone. It does not parse YAML: it is used after a real parser accepted the
 * text, only to point a person at the right line. When a part of the path
 * cannot be found (flow mappings, unusual layouts) it returns the line of the
 * deepest part that was found, or null if not even the first was.
 */
export function locateYamlKey(yaml: string, path: readonly (string | number)[]): number | null {
  const lines = yaml.split('\n');
  let from = 0;
  let to = lines.length;
  let parentIndent = -1;
  let found: number | null = null;

  for (const segment of path) {
    const hit =
      typeof segment === 'number'
        ? findItem(lines, from, to, parentIndent, segment)
        : findKey(lines, from, to, parentIndent, segment);
    if (hit === null) break;
    found = hit.line + 1;
    from = hit.line + 1;
    to = scopeEnd(lines, hit.line + 1, to, hit.indent);
    parentIndent = hit.indent;
  }
  return found;
}

interface Hit {
  line: number;
  indent: number;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s'"#-][^:#]*?|-[^\s:][^:#]*?)[ \t]*:(?:[ \t]|$)/;

function findKey(lines: string[], from: number, to: number, parentIndent: number, key: string): Hit | null {
  let childIndent = -1;
  for (let i = from; i < to; i++) {
    const info = significant(lines[i] ?? '');
    if (info === null || info.indent <= parentIndent) continue;
    if (childIndent === -1) childIndent = info.indent;
    if (info.indent !== childIndent) continue;
    const match = KEY.exec(info.content);
    if (match && unquote(match[1] ?? '') === key) return { line: i, indent: info.indent };
  }
  return null;
}

/** Block sequences may sit at their key's own indentation (`tags:\n- A`). */
function findItem(lines: string[], from: number, to: number, parentIndent: number, index: number): Hit | null {
  let dashIndent = -1;
  let count = 0;
  for (let i = from; i < to; i++) {
    const info = significant(lines[i] ?? '');
    if (info === null || info.indent < parentIndent) continue;
    const isItem = /^-(?:[ \t]|$)/.test(info.content);
    if (!isItem) continue;
    if (dashIndent === -1) dashIndent = info.indent;
    if (info.indent !== dashIndent) continue;
    if (count === index) return { line: i, indent: info.indent };
    count++;
  }
  return null;
}

/** First line after `start` that belongs to a sibling or an ancestor of a node indented by `indent`. */
function scopeEnd(lines: string[], start: number, to: number, indent: number): number {
  for (let i = start; i < to; i++) {
    const info = significant(lines[i] ?? '');
    if (info === null) continue;
    const isItem = /^-(?:[ \t]|$)/.test(info.content);
    if (info.indent < indent || (info.indent === indent && !isItem)) return i;
  }
  return to;
}

function significant(line: string): { indent: number; content: string } | null {
  const content = line.trimStart();
  if (content === '' || content.startsWith('#')) return null;
  return { indent: line.length - content.length, content: content.replace(/\r$/, '') };
}

function unquote(raw: string): string {
  if (raw.startsWith('"')) return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}
