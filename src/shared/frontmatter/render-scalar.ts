import { isPlainSafe, isSimpleWord, NEEDS_ESCAPE } from './plain-scalar';

/** A scalar the editor can write. Dates arrive as ISO strings. */
export type ScalarValue = string | number | boolean | null;

export type QuoteStyle = 'single' | 'double';

/**
 * How to write a string:
 * - `plain`: the old value was unquoted — stay unquoted when safe, else quote;
 * - `single`/`double`: the old value's quotes;
 * - `new`: no old style — unquoted only for simple words, else the document's quotes.
 */
export type StringStyle = 'plain' | 'single' | 'double' | 'new';

export interface ScalarOptions {
  style: StringStyle;
  /** The document's dominant quote style, used when a plain value must be quoted. */
  quote: QuoteStyle;
  flow?: boolean;
  allowTimestamp?: boolean;
}

/** `'…'` with `'` doubled; only valid for single-line text without control characters. */
export function singleQuoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\0',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/** `"…"` with every line break and control character escaped, so it always fits on one line. */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const escape = ESCAPES[ch];
    if (escape !== undefined) out += escape;
    else if (NEEDS_ESCAPE.test(ch)) {
      // `for…of` walks code points, so only lone surrogates and BMP controls reach here.
      const code = ch.codePointAt(0) ?? 0;
      out += code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

function quoted(value: string, style: QuoteStyle): string {
  const canSingle = !/[\n\r]/.test(value) && !NEEDS_ESCAPE.test(value);
  return style === 'single' && canSingle ? singleQuoted(value) : doubleQuoted(value);
}

/** YAML text for a number: plain decimal, or `.inf`/`-.inf`/`.nan`. */
export function numberText(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  return String(value);
}

/** The YAML text of one scalar, without folding (no line width). Multi-line strings become double-quoted with escapes. */
export function scalarText(value: ScalarValue, options: ScalarOptions): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberText(value);
  if (/[\n\r]/.test(value)) return doubleQuoted(value);
  const plain = { flow: options.flow, allowTimestamp: options.allowTimestamp };
  switch (options.style) {
    case 'plain':
      return isPlainSafe(value, plain) ? value : quoted(value, options.quote);
    case 'new':
      return isSimpleWord(value, plain) ? value : quoted(value, options.quote);
    case 'single':
    case 'double':
      return quoted(value, options.style);
  }
}
