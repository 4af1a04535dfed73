import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCorpus, type TempCorpus } from './__fixtures__/corpus';
import { scoreWord } from './fuzzy-match';
import { Workspace } from './workspace';

const article = (title: string, date: string, lang = 'en'): string =>
  `---\ntitle: '${title}'\npublishedAt: '${date}'\nlang: ${lang}\nexternalId: '${date}'\n---\nbody\n`;

let corpus: TempCorpus;
let ws: Workspace;

beforeEach(async () => {
  corpus = await makeCorpus({
    'blog/2026/01/bitcoin-etf-outflows.en.md': article('Bitcoin ETF outflows deepen', '2026-01-05'),
    'blog/2026/01/bitcoin-etf-outflows.de.md': article('Abflüsse aus Bitcoin-ETFs nehmen zu', '2026-01-06', 'de'),
    'blog/2026/02/coreweave-ai.en.md': article('CoreWeave shows how crypto-era infrastructure became the backbone of AI', '2026-02-01'),
    'blog/2026/02/ethereum-staking.en.md': article('Ethereum staking yields fall', '2026-02-03'),
    'blog/2025/12/miners-brace.en.md': article('Miners brace for the halving', '2025-12-30'),
    'blog/2025/12/no-title.en.md': '---\nlang: en\n---\nno title here\n',
  });
  ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db') });
  await ws.index();
});

afterEach(async () => {
  await ws.close();
  await corpus.cleanup();
});

const find = (text: string, limit = 10): string[] => ws.findArticles(text, limit).map((hit) => hit.path);

describe('quick open', () => {
  const cases = [
    { name: 'a title word', text: 'staking', expected: ['blog/2026/02/ethereum-staking.en.md'] },
    { name: 'letters in order across words (subsequence)', text: 'ethstk', expected: ['blog/2026/02/ethereum-staking.en.md'] },
    { name: 'accents folded both ways', text: 'abflusse', expected: ['blog/2026/01/bitcoin-etf-outflows.de.md'] },
    { name: 'path, when the title has no match', text: 'no-title', expected: ['blog/2025/12/no-title.en.md'] },
    { name: 'every word must match', text: 'bitcoin halving', expected: [] },
    { name: 'nothing in order', text: 'zzq', expected: [] },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(find(text)).toEqual(expected);
  });

  it('puts a contiguous title match before scattered letters and path-only matches', () => {
    // "etf" is contiguous in both Bitcoin titles; "coreweave…" has e-t-f only scattered.
    const hits = find('etf');
    expect(hits.slice(0, 2).sort()).toEqual(['blog/2026/01/bitcoin-etf-outflows.de.md', 'blog/2026/01/bitcoin-etf-outflows.en.md']);
    expect(hits.indexOf('blog/2026/02/ethereum-staking.en.md')).toBeGreaterThan(1);
  });

  it('lists the newest files for an empty query, up to the limit, with title, language and validity', () => {
    expect(ws.findArticles('  ', 2)).toEqual([
      { path: 'blog/2026/02/ethereum-staking.en.md', title: 'Ethereum staking yields fall', lang: 'en', valid: true },
      { path: 'blog/2026/02/coreweave-ai.en.md', title: 'CoreWeave shows how crypto-era infrastructure became the backbone of AI', lang: 'en', valid: true },
    ]);
    expect(find('e', 3)).toHaveLength(3);
    expect(ws.findArticles('no-title', 1)).toEqual([{ path: 'blog/2025/12/no-title.en.md', title: 'no-title.en.md', lang: 'en', valid: false }]);
  });

  it('sees files indexed after the first query', async () => {
    expect(find('solana')).toEqual([]);
    await writeFile(join(corpus.root, 'blog/2026/02/solana.en.md'), article('Solana outage', '2026-02-10'));
    await ws.reindexPaths(['blog/2026/02/solana.en.md']);
    expect(find('solana')).toEqual(['blog/2026/02/solana.en.md']);
  });
});

describe('scoreWord', () => {
  const cases = [
    { name: 'at the start beats a later word start', better: ['etf flows', 'etf'], worse: ['spot etf', 'etf'] },
    { name: 'a word start beats mid-word', better: ['spot etf', 'etf'], worse: ['petfood', 'etf'] },
    { name: 'contiguous beats scattered', better: ['petfood', 'etf'], worse: ['e t f', 'etf'] },
    { name: 'scattered letters at word starts beat letters inside words', better: ['bitcoin etf', 'betf'], worse: ['abcdef timeframe', 'betf'] },
  ];
  it.each(cases)('$name', ({ better, worse }) => {
    const [a, wa] = better as [string, string];
    const [b, wb] = worse as [string, string];
    expect(scoreWord(a, wa)).toBeGreaterThan(scoreWord(b, wb));
  });

  it('is -1 when the letters are not all there in order', () => {
    expect(scoreWord('bitcoin', 'nib')).toBe(-1);
  });
});
