/**
 * Last-resort reading of `key: value` lines at the top level of frontmatter
 * that YAML could not parse, so the library can still show a broken file's
 * title, language and id. Values are strings (quotes removed); nested keys,
 * lists and block scalars are ignored.
 */
export function scanTopLevelScalars(yaml: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of yaml.split('\n')) {
    const match = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]+(.+?)[ \t]*$/.exec(line);
    if (!match) continue;
    const [, key = '', raw = ''] = match;
    if (Object.hasOwn(out, key)) continue;
    const value = scalar(raw);
    if (value !== null) out[key] = value;
  }
  return out;
}

function scalar(raw: string): string | null {
  if (raw.startsWith("'")) return raw.endsWith("'") && raw.length > 1 ? raw.slice(1, -1).replace(/''/g, "'") : null;
  if (raw.startsWith('"')) return raw.endsWith('"') && raw.length > 1 ? raw.slice(1, -1).replace(/\\"/g, '"') : null;
  if (/^[[{>|&*!]/.test(raw)) return null;
  return raw.replace(/[ \t]+#.*$/, '');
}
