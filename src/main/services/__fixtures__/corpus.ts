import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const CORE_FIXTURES = join(__dirname, '..', '..', 'core', '__fixtures__');

export const BLOG = 'src/content/blog/2026';

const article = (fields: string, body: string): string => `---\n${fields.trim()}\n---\n${body}\n`;

/** A small newsroom folder: seed files, translations, broken files, and things a scan must skip. */
export async function corpusFiles(): Promise<Record<string, string | Uint8Array>> {
  return {
    [`${BLOG}/01/coreweave.uk.md`]: await readFile(join(CORE_FIXTURES, 'seed-uk.md'), 'utf8'),
    [`${BLOG}/01/coreweave.pt.md`]: await readFile(join(CORE_FIXTURES, 'seed-no-frontmatter.md'), 'utf8'),
    [`${BLOG}/01/coreweave.en.md`]: article(
      `
title: 'CoreWeave shows how crypto-era infrastructure quietly became the backbone of AI'
description: 'Former crypto miners now rent compute to AI labs.'
publishedAt: '2026-01-31T18:00:00.000Z'
lang: en
externalId: '57619983'
category: MINING
tags: [MINING, AI]
sentiment: POSITIVE
draft: false`,
      'Data centers from São Paulo to Texas are being repurposed for machine learning.',
    ),
    [`${BLOG}/02/etf.en.md`]: article(
      `
title: Bitcoin ETF outflows deepen
publishedAt: '2026-02-02T09:00:00.000Z'
lang: en
externalId: e2
category: BTC
tags: [ETF, BITCOIN]
sentiment: NEGATIVE
draft: true`,
      'Spot funds saw a third week of withdrawals.',
    ),
    [`${BLOG}/02/etf.de.md`]: article(
      `
title: Abflüsse aus Bitcoin-ETFs nehmen zu
publishedAt: '2026-02-02T10:00:00.000Z'
lang: de
externalId: e2
category: BTC
tags: [ETF]
sentiment: NEGATIVE
ai:
  translatedFrom: e2`,
      'Spot-Fonds verzeichneten die dritte Woche in Folge Abflüsse.',
    ),
    [`${BLOG}/02/orphan.fr.md`]: article(
      `
title: Une traduction sans original
publishedAt: '2026-02-03T10:00:00.000Z'
lang: fr
externalId: lost
ai:
  translatedFrom: lost`,
      'Le texte original a disparu.',
    ),
    [`${BLOG}/02/broken.en.md`]: '---\ntitle: [unclosed\nlang: en\n---\nBody of a broken file.\n',
    // "São" in Latin-1: not UTF-8.
    [`${BLOG}/02/latin1.en.md`]: Uint8Array.from([...Buffer.from('---\ntitle: S'), 0xe3, ...Buffer.from('o\n---\nx\n')]),
    'node_modules/some-pkg/readme.md': article('title: Dependency readme\nlang: en', 'not an article'),
    '.git/notes.md': article('title: Git internals\nlang: en', 'not an article'),
    [`${BLOG}/02/notes.txt`]: 'not markdown',
  };
}

/** Number of Markdown files in `corpusFiles()` that a scan must find. */
export const CORPUS_MARKDOWN_FILES = 8;

export interface TempCorpus {
  root: string;
  /** Folder for index files, outside `root`. */
  dataDir: string;
  write(rel: string, content: string | Uint8Array): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * The content model test corpora are judged by: one collection at the root
 * whose schema is the built-in news-article schema as JSON Schema, paired by
 * `externalId` (the same file is the mini-corpus's copydesk.config.json).
 */
export const NEWSROOM_CONFIG = readFileSync(join(__dirname, 'newsroom-config.json'), 'utf8');

/**
 * Writes the corpus into a fresh temporary folder, with NEWSROOM_CONFIG as
 * its copydesk.config.json unless `files` bring one (an empty string: none).
 */
export async function makeCorpus(files?: Record<string, string | Uint8Array>): Promise<TempCorpus> {
  const base = await mkdtemp(join(tmpdir(), 'copydesk-test-'));
  const root = join(base, 'site');
  const dataDir = join(base, 'data');
  await mkdir(dataDir, { recursive: true });
  const write = async (rel: string, content: string | Uint8Array): Promise<void> => {
    const abs = join(root, rel);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, content);
  };
  const all = { 'copydesk.config.json': NEWSROOM_CONFIG, ...(files ?? (await corpusFiles())) };
  for (const [rel, content] of Object.entries(all)) if (content !== '' || rel !== 'copydesk.config.json') await write(rel, content);
  return { root, dataDir, write, cleanup: () => rm(base, { recursive: true, force: true }) };
}
