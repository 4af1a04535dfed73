import type { ArticlePlan } from './plan';
import { ENTITIES } from './pools';
import { createRandom, type Random } from './prng';
import { vocabularyFor, type Vocabulary } from './vocabulary';

/** YAML single-quoted scalar, as the seed writes titles and dates. */
const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`;

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Mixes two 32-bit values into a seed, so each file gets an independent stream. */
const mixSeed = (a: number, b: number): number => Math.imul(a ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b), 0xc2b2ae35) >>> 0;

function phrase(vocabulary: Vocabulary, random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    let word: string;
    if (roll < 0.02) word = random.pick(ENTITIES);
    else if (roll < 0.028) word = random.chance(0.5) ? `$${random.int(1, 900)} ${random.chance(0.5) ? 'million' : 'billion'}` : `${random.int(1, 99)}%`;
    else word = vocabulary.word(random);
    text += i === 0 ? word : (random.chance(0.07) ? ', ' : ' ') + word;
  }
  return text;
}

/** Sentences of 8–24 words, capitalised, ending with a full stop; `budget` words in total. */
function paragraph(vocabulary: Vocabulary, random: Random, budget: number): string {
  const sentences: string[] = [];
  for (let left = budget; left > 0; ) {
    const length = Math.min(left, random.int(8, 24));
    sentences.push(capitalize(phrase(vocabulary, random, length)) + '.');
    left -= length;
  }
  return sentences.join(' ');
}

/** The seed's body shape: `##` sections of paragraphs, an author's note, a bullet list. */
function renderBody(vocabulary: Vocabulary, random: Random, totalWords: number): string {
  const { headings } = vocabulary.lexicon;
  const out: string[] = [];
  const section = (title: string, budget: number): void => {
    out.push(`## ${title}`, '');
    for (let left = budget; left > 0; ) {
      const size = Math.min(left, random.int(40, 130));
      out.push(paragraph(vocabulary, random, size), '');
      left -= size;
    }
  };
  const bullets = random.int(3, 5) * random.int(12, 24);
  const author = random.int(60, 140);
  const overview = random.int(40, 90);
  section(headings.overview, overview);
  for (let left = Math.max(0, totalWords - overview - author - bullets); left > 0; ) {
    const size = Math.min(left, random.int(150, 320));
    section(capitalize(phrase(vocabulary, random, random.int(3, 7))), size);
    left -= size;
  }
  section(headings.author, author);
  out.push(`## ${headings.impact}`, '');
  for (let left = bullets; left > 0; ) {
    const size = Math.min(left, random.int(12, 24));
    out.push(`- ${capitalize(phrase(vocabulary, random, size))}.`);
    left -= size;
  }
  return out.join('\n') + '\n';
}

function coverImage(groupSeed: number): string[] {
  const random = createRandom(groupSeed);
  const digits = (n: number): string => Array.from({ length: n }, () => random.int(0, 9)).join('');
  const hex = (n: number): string => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('');
  const photo = `photo-${digits(13)}-${hex(12)}`;
  const ixid = `M3w4MjQzNjB8MHwxfHJhbmRvbXx8fHx8fHx8fD${digits(14)}`;
  const base = `https://images.unsplash.com/${photo}?`;
  const sized = (extra: string): string =>
    `${base}crop=entropy&cs=tinysrgb&fit=max&fm=jpg&ixid=${ixid}&ixlib=rb-4.1.0&q=80${extra}`;
  return [
    `  raw: ${quote(`${base}ixid=${ixid}&ixlib=rb-4.1.0`)}`,
    `  full: ${quote(`${base}crop=entropy&cs=srgb&fm=jpg&ixid=${ixid}&ixlib=rb-4.1.0&q=85`)}`,
    `  regular: ${quote(sized('&w=1080'))}`,
    `  small: ${quote(sized('&w=400'))}`,
    `  thumb: ${quote(sized('&w=200'))}`,
    `  small_s3: ${quote(`https://s3.us-west-2.amazonaws.com/images.unsplash.com/small/${photo}`)}`,
  ];
}

function renderFrontmatter(plan: ArticlePlan, title: string, description: string, seed: number): string[] {
  const titleLine = plan.invalid === 'unterminated-quote'
    ? `title: '${title.replace(/ /, "'s ")}'` // a bare quote inside a single-quoted scalar ends it early
    : `title: ${quote(title)}`;
  const sourceLines = plan.invalid === 'bad-indent'
    ? [`  name: ${plan.source.name}`, ` key: ${plan.source.key}`, `  type: ${plan.source.type}`]
    : [`  name: ${plan.source.name}`, `  key: ${plan.source.key}`, `  type: ${plan.source.type}`];
  return [
    '---',
    titleLine,
    `description: ${quote(description)}`,
    `publishedAt: ${quote(plan.publishedAt)}`,
    `updatedAt: ${quote(plan.updatedAt)}`,
    `lang: ${plan.lang}`,
    `externalId: ${quote(plan.externalId)}`,
    'source:',
    ...sourceLines,
    `category: ${plan.category}`,
    'tags:',
    ...plan.tags.map((tag) => `  - ${tag}`),
    `stickyWeight: ${plan.stickyWeight}`,
    `sentiment: ${plan.sentiment}`,
    `score: ${plan.score}`,
    `draft: ${plan.draft}`,
    'coverImage:',
    ...coverImage(mixSeed(seed, plan.groupIndex + 0x40000000)),
    ...(plan.translatedFrom === undefined ? [] : ['ai:', `  translatedFrom: ${quote(plan.translatedFrom)}`, '  version: 1']),
    '---',
  ];
}

/** The full text of one planned file, deterministic in (plan, seed). */
export function renderArticle(plan: ArticlePlan, seed: number): string {
  const random = createRandom(mixSeed(seed, plan.index));
  const vocabulary = vocabularyFor(plan.lang, seed);
  const title = plan.lang === 'en'
    ? plan.englishTitle
    : capitalize(phrase(vocabulary, random, random.int(6, 12))) + (random.chance(0.5) ? '.' : '');
  const description = capitalize(phrase(vocabulary, random, random.int(18, 32))) + '…';
  const body = renderBody(vocabulary, random, plan.words);
  if (plan.invalid === 'no-frontmatter') {
    // Like seed 002: bare paragraphs, no frontmatter, no headings.
    return body.split('\n').filter((line) => line !== '' && !line.startsWith('## ')).join('\n') + '\n';
  }
  return renderFrontmatter(plan, title, description, seed).join('\n') + '\n' + body;
}
