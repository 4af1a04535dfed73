/**
 * The raw material for one language's generated text. Real words give the
 * full-text index realistic heads (stop words, news vocabulary, scripts and
 * diacritics); syllables grow a long tail of plausible pseudo-words.
 */
export interface Lexicon {
  lang: string;
  /** Most frequent words, roughly in frequency order. */
  functionWords: readonly string[];
  /** News and tech vocabulary, less frequent than function words. */
  contentWords: readonly string[];
  /** Joined two to four at a time into tail words. */
  syllables: readonly string[];
  /** Fixed section titles like the seed's "Огляд" / "Від автора" / "Вплив на крипторинок". */
  headings: { overview: string; author: string; impact: string };
}

/** Split a whitespace-separated word list (keeps the lexicon files readable). */
export const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);
