/**
 * A 1.5 MB article in the seed's shape: full frontmatter (comment, quoted
 * and plain values, nested groups, a tag list) and a long Markdown body of
 * headings, paragraphs, lists and links. Deterministic, so runs compare.
 */

const WORDS = {
  en: 'miners power grid capacity hashprice datacenter operators contract energy cooling hardware network difficulty revenue quarter market demand supply regulators stablecoin settlement validators upgrade liquidity'.split(' '),
  uk: 'майнери потужність мережа електроенергія контракт охолодження обладнання складність виручка квартал ринок попит пропозиція регулятори розрахунки валідатори оновлення ліквідність'.split(' '),
};

function paragraph(lang: keyof typeof WORDS, seed: number, words: number): string {
  const pool = WORDS[lang];
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(pool[x % pool.length] ?? 'word');
  }
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The article text: frontmatter + a body grown to at least `bytes` UTF-8 bytes. */
export function hugeArticle(lang: 'en' | 'uk', externalId: string, bytes = 1_500_000): string {
  const front = [
    '---',
    `title: '${lang === 'en' ? 'A very long report on mining, power and the grid' : 'Дуже довгий звіт про майнінг, енергію та мережу'}'`,
    `description: '${lang === 'en' ? 'Everything, at length.' : 'Усе, докладно.'}'`,
    "publishedAt: '2026-03-01T09:00:00.000Z'",
    "updatedAt: '2026-03-01T10:00:00.000Z'",
    `lang: ${lang}`,
    `externalId: '${externalId}'`,
    '# source of the feed',
    'source:',
    '  name: Copydesk Newsroom',
    '  key: copydesk',
    '  type: MANUAL',
    'category: MINING',
    'tags:',
    '  - MINING',
    '  - ENERGY',
    'stickyWeight: 0',
    'sentiment: NEUTRAL',
    'score: 50',
    'draft: false',
    'coverImage:',
    "  thumb: 'https://images.example.com/photo?w=200'",
    ...(lang === 'en' ? [] : ['ai:', `  translatedFrom: '${externalId}'`, '  version: 1']),
    '---',
    '',
  ].join('\n');
  const parts = [front];
  let size = Buffer.byteLength(front);
  for (let section = 1; size < bytes; section++) {
    const block = [
      `## ${lang === 'en' ? 'Section' : 'Розділ'} ${section}`,
      '',
      paragraph(lang, section, 120),
      '',
      `- ${paragraph(lang, section + 7, 12)}`,
      `- ${paragraph(lang, section + 13, 12)} [link](https://example.com/${section})`,
      '',
      paragraph(lang, section + 29, 90),
      '',
    ].join('\n');
    parts.push(block);
    size += Buffer.byteLength(block);
  }
  return parts.join('');
}
