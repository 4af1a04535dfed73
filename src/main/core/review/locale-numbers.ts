/**
 * Figures in prose, read as values whatever the locale wrote: `40,000`,
 * `40 000`, `40.000` and `40 000` are all 40000; `1.6` and `1,6` are 1.6;
 * `$1.6 billion` and `1,6 мільярда` are both 1.6e9.
 */

/** One figure found in a text: where its digits are, what it may mean. */
export interface FoundNumber {
  /** The digits (and separators) as written, without the scale word. */
  digits: string;
  /** Offsets of `digits` in the text searched. */
  from: number;
  to: number;
  /** The scale word as written (`billion`, `млрд`), or ''. */
  scaleText: string;
  /** Its multiplier (1 without one). */
  scale: number;
  /**
   * Every value the digits can mean (an English or a continental reading:
   * `1,600` is 1600 or 1.6), times the scale. Two figures agree when they
   * share one.
   */
  values: number[];
}

/**
 * Scale words as one expression, an alternative (a capture group) per
 * word in order of preference: the first alternative that matches wins,
 * as when each word's expression was tried in turn, for one match per
 * figure instead of one per word.
 */
interface Scales {
  pattern: RegExp;
  /** The multiplier of each alternative. */
  values: number[];
}

const K = 1e3;
const M = 1e6;
const B = 1e9;
const T = 1e12;

/**
 * Scale words per language, longest first where one is a prefix of another.
 * `mil millones`, `mil milhões` are a thousand million; in es, pt-PT and de a
 * `billón`/`bilião`/`Billion` is 1e12 (pt-BR `bilhão` is 1e9).
 */
const SCALE_WORDS: Readonly<Record<string, readonly [string, number][]>> = {
  en: [['trillion', T], ['billion', B], ['million', M], ['thousand', K], ['tn', T], ['bn', B], ['mln', M], ['mn', M]],
  uk: [['трильйон', T], ['трлн', T], ['мільярд', B], ['млрд', B], ['мільйон', M], ['млн', M], ['тисяч', K], ['тис', K]],
  ru: [['триллион', T], ['трлн', T], ['миллиард', B], ['млрд', B], ['миллион', M], ['млн', M], ['тысяч', K], ['тыс', K]],
  pt: [['mil milhões', B], ['mil milhoes', B], ['trilhão', T], ['trilhões', T], ['bilhão', B], ['bilhões', B], ['bilião', T], ['biliões', T], ['milhão', M], ['milhões', M], ['tri', T], ['bi', B], ['mi', M], ['mil', K]],
  es: [['mil millones', B], ['billón', T], ['billones', T], ['millón', M], ['millones', M], ['mil', K]],
  de: [['Billion', T], ['Billionen', T], ['Milliarde', B], ['Milliarden', B], ['Mrd', B], ['Million', M], ['Millionen', M], ['Mio', M], ['Tausend', K], ['Tsd', K]],
  fr: [['billion', T], ['milliard', B], ['Mrd', B], ['million', M], ['mille', K]],
};

/** Single letters glued to the digits (`$10k`, `$5m`, `$2bn`): only attached, or `5 m` would be metres. */
const ATTACHED: Scales = oneOf(['bn', 'k', 'm', 'b'].map((word) => `(${word})(?![\\p{L}])`), '', '', [B, K, M, B]);

const scaleCache = new Map<string, Scales>();

function scalesFor(lang: string): Scales {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const known = scaleCache.get(primary);
  if (known) return known;
  // A translation sometimes keeps the English word; the language's own words win where they differ (de Billion).
  const words = [...(SCALE_WORDS[primary] ?? []), ...(primary === 'en' ? [] : (SCALE_WORDS.en ?? []))];
  words.sort((a, b) => b[0].length - a[0].length);
  // Words of five letters or more are stems (мільярда, Millionen); shorter ones are whole words, or `mi` would read `minas`.
  const scales = oneOf(
    words.map(([word]) => `(${escape(word)}${word.length >= 5 ? '\\p{L}*' : '(?![\\p{L}])'})`),
    '[ \\u00A0\\u202F]?',
    '\\.?',
    words.map(([, value]) => value),
  );
  scaleCache.set(primary, scales);
  return scales;
}

/** `^prefix(?:a|b|…)suffix`, case-insensitive: each alternative is one capture group, none holds another. */
function oneOf(alternatives: string[], prefix: string, suffix: string, values: number[]): Scales {
  return { pattern: new RegExp(`^${prefix}(?:${alternatives.join('|')})${suffix}`, 'iu'), values };
}

/** The scale the first matching alternative of `scales` gives at the start of `text`, or null. */
function scaleAt(text: string, scales: Scales): { scaleText: string; scale: number } | null {
  const match = scales.pattern.exec(text);
  if (!match) return null;
  const group = match.findIndex((g, i) => i > 0 && g !== undefined);
  return { scaleText: match[0], scale: scales.values[group - 1] ?? 1 };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A figure: digits with `.`/`,` separators, or groups of three after a
 * space. Not one glued to a letter before it (`H100`, `Web3`: names, not
 * figures), not part of an ISO date or a time.
 */
const FIGURE = /(?<![\p{L}\p{N}_.,])(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)(?![\p{N}])/gu;
const DATE_OR_TIME = /\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/g;

/** Every figure of `text` written in `lang` (a BCP-47 tag), in order. */
export function findNumbers(text: string, lang: string): FoundNumber[] {
  if (!/\d/.test(text)) return [];
  const skip: [number, number][] = [];
  for (const match of text.matchAll(DATE_OR_TIME)) skip.push([match.index, match.index + match[0].length]);
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const from = match.index;
    const to = from + match[0].length;
    if (skip.some(([a, b]) => from < b && to > a)) continue;
    const readings = readDigits(match[0]);
    if (readings.length === 0) continue;
    const { scaleText, scale } = scaleAfter(text.slice(to, to + 24), lang);
    found.push({ digits: match[0], from, to, scaleText, scale, values: readings.map((v) => round(v * scale)) });
  }
  return found;
}

/** The values a run of digits and separators can mean. */
export function readDigits(digits: string): number[] {
  const spaced = /[ \u00A0\u202F]/.test(digits);
  const plain = digits.replace(/[ \u00A0\u202F]/g, '');
  const values = new Set<number>();
  if (spaced) {
    // Space-grouped: what follows the groups, if anything, is a decimal part.
    const value = Number(plain.replace(',', '.'));
    if (Number.isFinite(value)) values.add(value);
    return [...values];
  }
  for (const [group, decimal] of [[',', '.'], ['.', ',']] as const) {
    const value = reading(plain, group, decimal);
    if (value !== null) values.add(value);
  }
  return [...values];
}

/** `text` read with these separators, or null when it does not fit them. */
function reading(text: string, group: string, decimal: string): number | null {
  const parts = text.split(decimal);
  if (parts.length > 2) return null;
  const [whole = '', fraction] = parts;
  const groups = whole.split(group);
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) return null;
  if (!/^\d+$/.test(groups.join(''))) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const value = Number(`${groups.join('')}${fraction !== undefined ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

function scaleAfter(after: string, lang: string): { scaleText: string; scale: number } {
  return scaleAt(after, ATTACHED) ?? scaleAt(after, scalesFor(lang)) ?? { scaleText: '', scale: 1 };
}

/** Floating error aside (1.6 × 1e9), values compare exactly. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/** Whether two figures can be the same value. */
export function sameFigure(a: FoundNumber, b: FoundNumber): boolean {
  return a.values.some((v) => b.values.includes(v));
}

/**
 * `digits` of a source figure as `lang` writes them: its decimal separator,
 * and its group separator when the source grouped (`40,000` → uk `40 000`,
 * de `40.000`). Null when the source's reading is ambiguous.
 */
export function formatFigure(sourceDigits: string, lang: string): string | null {
  const readings = readDigits(sourceDigits);
  const value = readings.length === 1 ? readings[0] : englishReading(sourceDigits);
  if (value === undefined || value === null) return null;
  const plain = sourceDigits.replace(/[ \u00A0\u202F]/g, '');
  const decimals = /[.,](\d{1,2})$/.exec(plain)?.[1]?.length ?? 0;
  const grouped = /\d[ \u00A0\u202F.,]\d{3}(?:\D|$)/.test(sourceDigits) && value >= 1000;
  try {
    return new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped }).format(value);
  } catch {
    return null;
  }
}

/** An English source's `1,600` is 1600 and `1.600` is 1.6. */
function englishReading(digits: string): number | null {
  return reading(digits.replace(/[ \u00A0\u202F]/g, ''), ',', '.');
}
