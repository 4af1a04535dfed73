import { CATEGORIES, SOURCES, TAGS, type Source } from './pools';
import { createRandom, createZipfSampler } from './prng';
import { LANGUAGES, vocabularyFor, type Lang } from './vocabulary';

/** How a deliberately broken file is broken (the index must report these, not choke). */
export type InvalidKind = 'no-frontmatter' | 'unterminated-quote' | 'bad-indent';
export const INVALID_KINDS: readonly InvalidKind[] = ['no-frontmatter', 'unterminated-quote', 'bad-indent'];

/** Everything about one file except its text, which `renderArticle` derives from this. */
export interface ArticlePlan {
  /** Position in the corpus; seeds the file's own random stream. */
  index: number;
  /** Path in the blog collection's folder: `YYYY/MM/<slug>.<lang>.md`. */
  path: string;
  lang: Lang;
  externalId: string;
  /** Set on translations: the original's externalId. */
  translatedFrom?: string;
  /** Seeds the text shared by a group (cover image) so translations stay alike. */
  groupIndex: number;
  englishTitle: string;
  publishedAt: string;
  updatedAt: string;
  source: Source;
  category: string;
  tags: string[];
  sentiment: 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL';
  draft: boolean;
  stickyWeight: number;
  score: number;
  /** Body length in words. */
  words: number;
  invalid?: InvalidKind;
}

const TRANSLATION_LANGS = LANGUAGES.slice(1);
/** With four target languages this makes originals ~40% of files (1 / (1 + 4 × 0.375)). */
const TRANSLATION_PROBABILITY = 0.375;
const INVALID_PROBABILITY = 0.005;
const FIRST_DATE = Date.UTC(2024, 0, 1);
const LAST_DATE = Date.UTC(2026, 0, 31, 23, 59, 59);

const slugify = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter((part) => part.length > 0)
    .slice(0, 9)
    .join('-');

/**
 * Plans `count` files: groups of an English original plus translations into a
 * random subset of the other languages, all sharing externalId, tags, dates and
 * slug (so a group sits side by side in one month folder, as on a real site).
 */
export function planCorpus(count: number, seed: number): ArticlePlan[] {
  const random = createRandom(seed);
  const english = vocabularyFor('en', seed);
  const drawTag = createZipfSampler(TAGS, 1.1);
  const usedPaths = new Set<string>();
  const plans: ArticlePlan[] = [];
  let externalId = 57_000_000;

  for (let groupIndex = 0; plans.length < count; groupIndex++) {
    externalId += random.int(1, 40);
    const id = String(externalId);
    const published = FIRST_DATE + Math.floor(random.next() * (LAST_DATE - FIRST_DATE) / 1000) * 1000;
    const publishedAt = new Date(published).toISOString();
    const month = publishedAt.slice(0, 4) + '/' + publishedAt.slice(5, 7);

    const titleWords = [random.pick(['Bitcoin', 'Nvidia', 'CoreWeave', 'Ethereum', 'BlackRock', 'Solana', 'SEC', 'Coinbase'])];
    for (let i = random.int(5, 11); i > 0; i--) titleWords.push(english.word(random));
    const englishTitle = titleWords.join(' ');
    let slug = slugify(englishTitle);
    for (let n = 2; usedPaths.has(`${month}/${slug}`); n++) slug = `${slugify(englishTitle)}-${n}`;
    usedPaths.add(`${month}/${slug}`);

    const category = random.pick(CATEGORIES);
    const tags = new Set<string>(random.chance(0.7) ? [category] : []);
    for (let i = random.int(1, 4); i > 0; i--) tags.add(drawTag(random));
    const shared = {
      externalId: id,
      groupIndex,
      englishTitle,
      publishedAt,
      source: random.pick(SOURCES),
      category,
      tags: [...tags],
      sentiment: random.pick(['POSITIVE', 'NEGATIVE', 'NEUTRAL'] as const),
      draft: random.chance(0.03),
      stickyWeight: random.chance(0.02) ? random.int(1, 10) : 0,
      score: random.chance(0.1) ? random.int(1, 100) : 0,
    };
    const baseWords = 300 + Math.floor(Math.pow(random.next(), 1.5) * 1200);
    const langs: Lang[] = ['en', ...TRANSLATION_LANGS.filter(() => random.chance(TRANSLATION_PROBABILITY))];

    for (const lang of langs) {
      if (plans.length >= count) break;
      const isOriginal = lang === 'en';
      const updated = published + (isOriginal ? random.int(0, 1_800_000) : random.int(300_000, 3_600_000));
      plans.push({
        ...shared,
        index: plans.length,
        path: `${month}/${slug}.${lang}.md`,
        lang,
        ...(!isOriginal && { translatedFrom: id }),
        updatedAt: new Date(updated).toISOString(),
        // Translations run a little longer or shorter than their original, never outside 300–1,500.
        words: isOriginal ? baseWords : Math.min(1500, Math.max(300, Math.round(baseWords * (0.9 + random.next() * 0.25)))),
        ...(random.chance(INVALID_PROBABILITY) && { invalid: random.pick(INVALID_KINDS) }),
      });
    }
  }
  return plans;
}
