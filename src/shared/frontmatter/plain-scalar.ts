/**
 * When a string may be written without quotes. The rules are deliberately
 * stricter than YAML 1.2 because the index reads files with js-yaml (YAML 1.1
 * flavoured): `yes`, `0o12`, `1:30` or an unquoted date mean something else
 * there, so anything that could be read as another type gets quoted.
 */

/** Numbers in any base or notation, `.inf`/`.nan`, booleans and nulls of YAML 1.1 and 1.2, merge keys. */
const TYPE_LIKE = /^(?:[-+]?\.?\d[\w.:+-]*|[-+]?\.(?:inf|nan)|~|null|true|false|yes|no|on|off|y|n|<<|=)$/i;

/** YAML 1.1 timestamps (`2026-01-31`, `2026-01-31T18:04:41.000Z`, `2026-01-31 18:04:41 +02:00`). */
export const TIMESTAMP =
  /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::?\d\d)?))?)?$/;

/** Characters that must not start a plain scalar. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Characters a double-quoted string must escape: C0/C1 controls, DEL, BOM, non-characters, lone surrogates, and the YAML 1.1 line breaks. */
export const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface PlainOptions {
  /** Inside `[…]`/`{…}`: commas and brackets end a plain scalar there. */
  flow?: boolean;
  /** Accept a timestamp unquoted (the old value was an unquoted date, so the file's readers expect that). */
  allowTimestamp?: boolean;
}

/** True when `value` reads back as the same string if written without quotes, in every YAML reader we care about. */
export function isPlainSafe(value: string, options: PlainOptions = {}): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (/[\n\r\t]/.test(value) || NEEDS_ESCAPE.test(value)) return false;
  if (INDICATOR_START.test(value) || value.startsWith('...')) return false;
  if (value.includes('#') || value.endsWith(':') || /:[ \t]/.test(value)) return false;
  if (options.flow && /[,[\]{}:]/.test(value)) return false;
  if (TIMESTAMP.test(value)) return options.allowTimestamp === true && !options.flow;
  return !TYPE_LIKE.test(value);
}

/**
 * A plain-safe identifier-like word (`MINING`, `pt-BR`, `cointelegraph`).
 * New values take no quotes only when they are this simple, matching how the
 * seed files are written (titles, URLs, ids and dates quoted; codes plain).
 */
export function isSimpleWord(value: string, options: PlainOptions = {}): boolean {
  return /^[A-Za-z_][\w.\-/]*$/.test(value) && isPlainSafe(value, options);
}
