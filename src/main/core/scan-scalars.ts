/**
 * Last-resort reading of `key: value` lines at the top level of frontmatter
 * that YAML could not parse, so the library can still show a broken file's
 * title, language and id. Values are strings (quotes removed); nested keys,
 * lists and block scalars are ignored.
 */
export function scanTopLevelScalars(yaml: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of yaml.split('\n')) {
    // Key and separator by expression, the value by hand: `(.+?)[ \t]*$` retried the
    // trailing-space test from every character, quadratic on a long line of spaces.
    const match = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]+/.exec(line);
    if (!match) continue;
    const key = match[1] ?? '';
    const raw = trimSpacesAtEnd(line.slice(match[0].length));
    if (raw === '' || /[\r\u2028\u2029]/.test(raw) || Object.hasOwn(out, key)) continue;
    const value = scalar(raw);
    if (value !== null) out[key] = value;
  }
  return out;
}

function scalar(raw: string): string | null {
  if (raw.startsWith("'")) return raw.endsWith("'") && raw.length > 1 ? raw.slice(1, -1).replace(/''/g, "'") : null;
  if (raw.startsWith('"')) return raw.endsWith('"') && raw.length > 1 ? raw.slice(1, -1).replace(/\\"/g, '"') : null;
  if (/^[[{>|&*!]/.test(raw)) return null;
  // A comment starts at the first ` #`; the spaces before it go too.
  const comment = raw.search(/[ \t]#/);
  return comment < 0 ? raw : trimSpacesAtEnd(raw.slice(0, comment + 1));
}

function trimSpacesAtEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return text.slice(0, end);
}
