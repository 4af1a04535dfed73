import type { Check } from '@shared/review';

/** What the translations of one language usually measure against their originals. */
export interface LengthBand {
  /** Median of translation body length / original body length. */
  median: number;
  /** Ratios outside [low, high] fire `length`. */
  low: number;
  high: number;
  /** How many pairs the band was measured on; 0 for the default band. */
  pairs: number;
}

/** Fewer pairs than this and the folder's own figures are not trusted: the default band applies. */
export const MIN_PAIRS = 8;
/** With too few pairs: anything from a third to three times the original passes. */
export const DEFAULT_BAND: LengthBand = { median: 1, low: 1 / 3, high: 3, pairs: 0 };
/** However tight a language's pairs are, a translation may be this factor off its median. */
const MIN_FACTOR = 1.8;
/** Bodies shorter than this (characters) are too short for a ratio to mean anything. */
const MIN_LENGTH = 200;

/**
 * The band per language from the folder's own pairs (translation body
 * length / original body length, one ratio per pair): the median, and
 * around it four scaled median absolute deviations in log space, at least a
 * factor of 1.8 either way. A language with fewer than 8 pairs gets the
 * generous default band.
 */
export function lengthBands(ratios: ReadonlyMap<string, readonly number[]>): Map<string, LengthBand> {
  const bands = new Map<string, LengthBand>();
  for (const [lang, list] of ratios) {
    const logs = list.filter((r) => Number.isFinite(r) && r > 0).map(Math.log);
    if (logs.length < MIN_PAIRS) {
      bands.set(lang, DEFAULT_BAND);
      continue;
    }
    const centre = median(logs);
    const mad = median(logs.map((x) => Math.abs(x - centre))) * 1.4826;
    const spread = Math.max(4 * mad, Math.log(MIN_FACTOR));
    bands.set(lang, { median: round(Math.exp(centre)), low: round(Math.exp(centre - spread)), high: round(Math.exp(centre + spread)), pairs: logs.length });
  }
  return bands;
}

/** A pair's ratio for `lengthBands`, or null when either body is too short to count. */
export function lengthRatio(sourceLength: number, targetLength: number): number | null {
  return sourceLength >= MIN_LENGTH && targetLength > 0 ? targetLength / sourceLength : null;
}

/**
 * `length`: the translation's body is far longer or shorter than its
 * original's, judged against `band` (its language's usual ratio). Lengths
 * are of the normalised bodies, in characters.
 */
export function lengthCheck(sourceLength: number, targetLength: number, band: LengthBand, lang: string): Check | null {
  if (sourceLength < MIN_LENGTH) return null;
  const ratio = targetLength / sourceLength;
  if (ratio >= band.low && ratio <= band.high) return null;
  const usual =
    band.pairs > 0
      ? `${lang} translations in this folder run ${fmt(band.low)}–${fmt(band.high)}× their original (median ${fmt(band.median)}×, ${band.pairs} pairs)`
      : `a translation is expected within ${fmt(band.low)}–${fmt(band.high)}× its original`;
  const what = ratio > band.high ? 'Look for repeated or invented text' : 'Look for dropped paragraphs or a cut-off ending';
  return {
    id: 'length',
    message: `The body is ${fmt(ratio)}× the original's length (${targetLength.toLocaleString('en')} vs ${sourceLength.toLocaleString('en')} characters); ${usual}. ${what}.`,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (x: number): number => Math.round(x * 100) / 100;
const fmt = (x: number): string => (x >= 10 ? Math.round(x).toString() : x.toFixed(2).replace(/\.?0+$/, ''));
