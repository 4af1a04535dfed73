/**
 * Text scanned by Unicode character class without a `\p{…}` regular
 * expression. The checks split every block of every translation into words;
 * `/[\p{L}\p{N}]+/gu` tests each character against the property tables,
 * and was the largest cost left after the language model. Here each UTF-16
 * code unit is classified once per process (lazily, by those same
 * expressions) and looked up afterwards, so the answers are the
 * expressions' own.
 */

const LETTER = 1;
const NUMBER = 2;
const SPACE = 4;
/** A Markdown marker `proseOf` blanks: one of `*_~[]|#>`. */
const MARKER = 8;
/** Set on the answer of `flagsAt` when the character is a surrogate pair (two code units). */
const PAIR = 64;
const KNOWN = 128;

/** The class of each code unit of the Basic Multilingual Plane; 0 until first met, and always for a high surrogate. */
const units = new Uint8Array(0x10000);
/** The class of each astral code point met so far. */
const astral = new Map<number, number>();

function classify(char: string): number {
  return KNOWN | (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{N}/u.test(char) ? NUMBER : 0) | (/\s/.test(char) ? SPACE : 0) | (/^[*_~[\]|#>]$/.test(char) ? MARKER : 0);
}

/**
 * The class of the character at `i`, with `PAIR` when it is a surrogate
 * pair. Kept small so that it is inlined into the loops below.
 */
function flagsAt(text: string, i: number): number {
  const flags = units[text.charCodeAt(i)] ?? 0;
  return flags !== 0 ? flags : firstMeeting(text, i);
}

/** `flagsAt` for a code unit not classified yet, or a high surrogate. A lone surrogate is no letter, number or space, as for the `u` flag. */
function firstMeeting(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (low < 0xdc00 || low > 0xdfff) return KNOWN;
    const point = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    let flags = astral.get(point);
    if (flags === undefined) {
      flags = classify(String.fromCodePoint(point));
      astral.set(point, flags);
    }
    return flags | PAIR;
  }
  const flags = unit >= 0xdc00 && unit <= 0xdfff ? KNOWN : classify(String.fromCharCode(unit));
  units[unit] = flags;
  return flags;
}

/** The maximal runs of characters whose class has one of `mask`'s bits. */
function runs(text: string, mask: number): string[] {
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const flags = flagsAt(text, i);
    if ((flags & mask) !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      found.push(text.slice(start, i));
      start = -1;
    }
    i += flags & PAIR ? 2 : 1;
  }
  if (start >= 0) found.push(text.slice(start));
  return found;
}

/** `text.match(/[\p{L}\p{N}]+/gu) ?? []`: its words, figures included. */
export function wordRuns(text: string): string[] {
  return runs(text, LETTER | NUMBER);
}

/**
 * `wordRuns(text).map((w) => w.toLowerCase())`. Lower-casing the whole text
 * once gives the same words faster: every character but İ lower-cases to
 * one character of its own length and class (letter, number, neither), so
 * the runs stay where they were. Not with İ (two characters) or Σ, whose
 * lower case depends on what follows it (ς at the end of a word).
 */
export function lowerWordRuns(text: string): string[] {
  return /[İΣ]/.test(text) ? wordRuns(text).map((w) => w.toLowerCase()) : wordRuns(text.toLowerCase());
}

/** `text.match(/\p{L}+/gu) ?? []`: its runs of letters. */
export function letterRuns(text: string): string[] {
  return runs(text, LETTER);
}

/**
 * `text` with every run of numbers (`\p{N}`), Markdown markers
 * (`*_~[]|#>`) and whitespace made one space, and none at either end: what
 * `.replace(/\p{N}+/gu, ' ').replace(/[*_~[\]|#>]+/g, ' ').replace(/\s+/g, ' ').trim()`
 * gives, in one pass.
 */
export function collapseNonWords(text: string): string {
  let out = '';
  let from = 0;
  let gap = false;
  for (let i = 0; i < text.length; ) {
    const flags = flagsAt(text, i);
    if ((flags & (NUMBER | SPACE | MARKER)) !== 0) {
      if (!gap) {
        out += text.slice(from, i);
        gap = true;
      }
    } else if (gap) {
      if (out !== '') out += ' ';
      from = i;
      gap = false;
    }
    i += flags & PAIR ? 2 : 1;
  }
  return gap ? out : out + text.slice(from);
}
