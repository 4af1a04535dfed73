/**
 * Articles made for ranking tests: words with shared prefixes (market,
 * markets, marketing…), accented and Cyrillic words, common words in
 * titles, descriptions, tags and bodies of very different lengths, so that
 * every part of bm25 (column weights, document length, idf, several words
 * per prefix) changes the order. Deterministic: a seeded generator.
 */
const WORDS = [
  'market', 'markets', 'marketing', 'marketplace', 'mark', 'regulation', 'regulators', 'regulatory', 'regulação',
  'regulación', 'bitcoin', 'bitcoins', 'miner', 'miners', 'mining', 'energy', 'price', 'informação', 'informacao',
  'ринок', 'ринку', 'біткоїн', 'the', 'a', 'of', 'and', 'grid', 'hashrate', 'halving', 'stablecoin', 'ETF', 'Über',
  'marginal', 'regulierung', 'ринкова', 'marzipan', 'regulierungsbehorden', 'ринковий',
];
const TAGS = ['BITCOIN', 'MINING', 'MARKETS', 'REGULATION', 'ETF'];
const LANGS = ['en', 'uk', 'pt', 'es'];

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `count` article files by relative path. Common words are drawn more often (a skewed pick). */
export function rankedCorpus(count: number, seed = 7): Record<string, string> {
  const random = generator(seed);
  const word = (): string => WORDS[Math.floor(random() ** 5 * WORDS.length)] as string;
  const words = (min: number, max: number): string =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word).join(' ');
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length] as string;
    const tags = TAGS.filter(() => random() < 0.3);
    files[`2026/0${1 + (i % 9)}/a${i}.${lang}.md`] = [
      '---',
      `title: 'T${i} ${words(1, 6)}'`,
      ...(random() < 0.8 ? [`description: 'D ${words(0, 12)}'`] : []),
      `publishedAt: '2026-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z'`,
      `lang: ${lang}`,
      `externalId: 'e${i}'`,
      `tags: [${tags.join(', ')}]`,
      '---',
      words(0, random() < 0.1 ? 600 : 80),
      '',
    ].join('\n');
  }
  return files;
}
