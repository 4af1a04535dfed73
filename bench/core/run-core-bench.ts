import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/main/core/parse-article';
import { analyzeGroups, type GroupInput } from '../../src/main/core/translation-groups';
import { editFields, setField } from '../../src/shared/frontmatter/edit-frontmatter';
import { lineDiff } from '../../src/shared/text/line-diff';
import { percentile } from '../measure/stats';

/**
 * `npm run bench:core` — the pure functions the editor and the indexer lean on,
 * timed over repeated runs and printed next to the budget each one is meant to
 * stay within. These figures used to be `expect(elapsed).toBeLessThan(…)` in
 * unit tests, where a busy CI core made them flaky and a fast one made them
 * prove nothing; here they are measured and reported, never asserted.
 *   tsx --tsconfig tsconfig.node.json bench/core/run-core-bench.ts [--rounds 7]
 */

interface Case {
  name: string;
  budgetMs: number;
  /** Work for one sample; returns how many calls it made (the figure is per call). */
  run: () => number;
}

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;

function groupInputs(): GroupInput[] {
  const langs = ['en', 'uk', 'de', 'pt', 'es'];
  const items: GroupInput[] = [];
  for (let i = 0; i < 20_000; i++) {
    const id = String(100_000 + i);
    for (const lang of langs) {
      const path = `src/content/blog/2026/${String(i % 12).padStart(2, '0')}/article-${i}.${lang}.md`;
      items.push({ path, collection: 'blog', lang, pathLang: lang, groupKey: id, translatedFrom: lang === 'en' ? null : id, valid: true });
    }
  }
  return items.reverse();
}

function hugeArticle(): string {
  const paragraph = 'Ландшафт дата-центрів зазнає значних змін. Proof of work.\n\n';
  const head = ['---', "title: 'Hello'", 'publishedAt: 2026-01-31T18:04:41.000Z', 'lang: en', "externalId: '1'", '---', ''].join('\n');
  return head + paragraph.repeat(Math.ceil(1_500_000 / paragraph.length));
}

// The Ukrainian seed the unit tests use (read from disk: the test fixture module imports it with Vite's `?raw`).
const ukSeed = readFileSync(join(__dirname, '../../src/shared/frontmatter/__fixtures__/uk-seed.md'), 'utf8');
const rows = Array.from({ length: 20_000 }, (_, i) => `row ${i}`);
const diffBefore = `${rows.join('\n')}\n`;
const diffAfter = `${rows.map((r, i) => (i === 10_000 ? 'changed' : r)).join('\n')}\n`;
const groups = groupInputs();
const huge = hugeArticle();
const thumbs = ['https://cdn.example.com/a.jpg', 'https://cdn.example.com/b.jpg'];

const cases: Case[] = [
  {
    name: 'setField on the seed (one nested scalar)',
    budgetMs: 5,
    run: () => {
      for (let i = 0; i < 200; i++) setField(ukSeed, ['coverImage', 'thumb'], thumbs[i % 2]);
      return 200;
    },
  },
  {
    name: 'editFields on the seed (3 edits incl. a new group)',
    budgetMs: 5,
    run: () => {
      for (let i = 0; i < 200; i++) {
        editFields(ukSeed, [
          { path: ['tags'], value: ['MINING', `T${i}`] },
          { path: ['seo', 'title'], value: `t ${i}` },
          { path: ['title'], value: `Title ${i}` },
        ]);
      }
      return 200;
    },
  },
  { name: 'lineDiff, one change in 20,000 lines', budgetMs: 500, run: () => (lineDiff(diffBefore, diffAfter), 1) },
  { name: 'parseArticle, 1.5 MB body', budgetMs: 500, run: () => (parseArticle(huge), 1) },
  { name: 'analyzeGroups, 100k files', budgetMs: 1500, run: () => (analyzeGroups(groups), 1) },
];

const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

for (const c of cases) {
  c.run(); // warm-up: compile before timing
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    const calls = c.run();
    samples.push((performance.now() - started) / calls);
  }
  const p50 = percentile(samples, 50);
  const max = Math.max(...samples);
  const verdict = max <= c.budgetMs ? '✔' : '✘';
  process.stdout.write(`${c.name.padEnd(52)} p50 ${fmt(p50).padStart(9)}  max ${fmt(max).padStart(9)}  budget ${fmt(c.budgetMs).padStart(8)} ${verdict}\n`);
}
