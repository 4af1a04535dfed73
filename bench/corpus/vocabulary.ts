import { de } from './lexicon/de';
import { en } from './lexicon/en';
import { es } from './lexicon/es';
import type { Lexicon } from './lexicon/lexicon';
import { pt } from './lexicon/pt';
import { uk } from './lexicon/uk';
import { createRandom, createZipfSampler, type Random } from './prng';

/** Languages of the corpus; the first is the language originals are written in. */
export const LANGUAGES = ['en', 'uk', 'pt', 'es', 'de'] as const;
export type Lang = (typeof LANGUAGES)[number];

const LEXICONS: Record<Lang, Lexicon> = { en, uk, pt, es, de };

/** Distinct words per language; the tail beyond the real words is pseudo-words. */
const VOCABULARY_SIZE = 20_000;

/** One language's ranked word list and a Zipf draw over it. */
export interface Vocabulary {
  lexicon: Lexicon;
  /** Most frequent first. */
  ranked: readonly string[];
  word(random: Random): string;
}

function buildRanked(lexicon: Lexicon, seed: number): string[] {
  const random = createRandom(seed);
  const seen = new Set<string>([...lexicon.functionWords, ...lexicon.contentWords]);
  const tail: string[] = [];
  // Bounded, because a tiny syllable set could in theory run out of combinations.
  for (let attempt = 0; seen.size < VOCABULARY_SIZE && attempt < VOCABULARY_SIZE * 20; attempt++) {
    const syllableCount = random.int(2, 4);
    let word = '';
    for (let i = 0; i < syllableCount; i++) word += random.pick(lexicon.syllables);
    if (word.length < 3 || seen.has(word)) continue;
    seen.add(word);
    tail.push(word);
  }
  return [...lexicon.functionWords, ...lexicon.contentWords, ...tail];
}

const cache = new Map<string, Vocabulary>();

/** The vocabulary of `lang` for a corpus seed (memoised: building the draw pool takes ~50 ms). */
export function vocabularyFor(lang: Lang, seed: number): Vocabulary {
  const key = `${lang}:${seed}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const lexicon = LEXICONS[lang];
  const ranked = buildRanked(lexicon, seed ^ (LANGUAGES.indexOf(lang) * 0x9e3779b1));
  const vocabulary: Vocabulary = { lexicon, ranked, word: createZipfSampler(ranked, 1.0) };
  cache.set(key, vocabulary);
  return vocabulary;
}
