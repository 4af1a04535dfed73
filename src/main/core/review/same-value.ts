const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Epoch milliseconds of a `Date` or an ISO 8601 string, else null. */
function instant(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'string' && ISO_DATE.test(value.trim())) {
    const ms = Date.parse(value.trim());
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Structural equality of two frontmatter values as different YAML parsers
 * produce them: a js-yaml `Date` equals an ISO string of the same instant
 * (and two ISO strings of one instant are equal); arrays by order; mappings
 * by keys, a key holding `undefined` counting as absent.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = instant(a);
  if (ta !== null && ta === instant(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** Ids as written: `57619983` (a YAML number) and `'57619983'` name the same article. */
export function sameId(a: unknown, b: unknown): boolean {
  const text = (v: unknown): string | null =>
    typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
  const ta = text(a);
  return ta !== null && ta !== '' && ta === text(b);
}

export { isRecord };
