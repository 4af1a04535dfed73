import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { ReviewFactsTable, type IndexedFacts } from '../../db/review-facts';
import { Workspace } from '../workspace';
import { bodyOf, copyReviewCorpus, expectedContentHash, type ReviewCorpus } from './__fixtures__/review-corpus';
import { ReviewCache, reviewFolder } from './review-folder';

let corpus: ReviewCorpus;
beforeEach(async () => {
  corpus = await copyReviewCorpus();
  await mkdir(corpus.scratch, { recursive: true });
  // The corpus's pairing stated, so the broken files below cannot tip what inference detects.
  const config = { collections: [{ name: 'content', root: '.', pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom' }, languageField: 'lang' }] };
  await writeFile(join(corpus.root, 'copydesk.config.json'), JSON.stringify(config));
  // Beside the corpus's statuses: a translation that lost its frontmatter, one whose YAML is broken, one that is not UTF-8.
  await writeFile(join(corpus.root, '2026/02/gamma.uk.md'), 'Гамма без frontmatter.\n');
  await writeFile(join(corpus.root, '2026/02/gamma.de.md'), '---\ntitle: [Gamma\n---\nKaputt.\n');
  await writeFile(join(corpus.root, '2026/02/epsilon.de.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
});
afterEach(async () => {
  await corpus.dispose();
});

/** Indexes the corpus with a workspace and reads back what the index holds for review. */
async function indexedFacts(): Promise<{ facts: IndexedFacts[]; ws: Workspace }> {
  const dbPath = join(corpus.scratch, 'index.db');
  const ws = Workspace.open({ root: corpus.root, dbPath, modelCacheDir: null });
  await ws.index();
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return { facts: new ReviewFactsTable(db).all(), ws };
  } finally {
    db.close();
  }
}

describe('review facts in the index', () => {
  it('are what review reads from the files, computed by the index run', async () => {
    const { facts, ws } = await indexedFacts();
    try {
      const byPath = new Map(facts.map((f) => [f.path, f]));
      const alphaEn = await readFile(join(corpus.root, '2026/01/alpha.en.md'), 'utf8');
      expect(byPath.get('2026/01/alpha.en.md')).toMatchObject({
        collection: expect.any(String),
        lang: 'en',
        groupKey: '100',
        translatedFrom: null,
        title: 'Alpha rises',
        contentHash: expectedContentHash('Alpha rises', 'Alpha goes up.', bodyOf(alphaEn)),
        broken: null,
      });
      expect(byPath.get('2026/01/alpha.uk.md')).toMatchObject({ lang: 'uk', groupKey: '100', translatedFrom: '100', contentHash: null, review: { status: 'approved' } });
      expect(byPath.get('2026/02/delta.uk.md')?.review?.status).toBe('needs-work');
      expect(byPath.get('2026/02/gamma.uk.md')).toMatchObject({ lang: 'uk', noFrontmatter: true, broken: expect.stringMatching(/no frontmatter/) });
      expect(byPath.get('2026/02/gamma.de.md')).toMatchObject({ lang: 'de', broken: expect.any(String), bodyLength: 'Kaputt.'.length });
      expect(byPath.get('2026/02/gamma.de.md')?.noFrontmatter).toBe(false);
      expect(byPath.get('2026/02/epsilon.de.md')).toMatchObject({ broken: 'The file cannot be read as UTF-8 text.', bodyLength: null });

      // Field by field the same as review's own reading of each file.
      const cache = new ReviewCache();
      await reviewFolder(corpus.root, { model: await ws.contentModel() }, cache);
      const fromFiles = [...cache.facts.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
      expect(facts.map(withIsoTimes)).toEqual(fromFiles.map(withIsoTimes));
      expect(facts).toHaveLength(13);
    } finally {
      await ws.close();
    }
  });

  it('follow a file that changes or goes', async () => {
    const { ws } = await indexedFacts();
    await ws.close();
    const path = join(corpus.root, '2026/01/beta.uk.md');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('---\n', '---\nreview:\n  status: needs-work\n  note: Fix the lede\n'));
    await writeFile(join(corpus.root, '2026/02/gamma.uk.md'), '');
    const { rm } = await import('node:fs/promises');
    await rm(join(corpus.root, '2026/02/gamma.uk.md'));
    const { facts, ws: again } = await indexedFacts();
    await again.close();
    const byPath = new Map(facts.map((f) => [f.path, f]));
    expect(byPath.get('2026/01/beta.uk.md')).toMatchObject({ review: { status: 'needs-work' }, note: 'Fix the lede' });
    expect(byPath.has('2026/02/gamma.uk.md')).toBe(false);
    expect(facts).toHaveLength(12);
  });
});

/** A review time read as a `Date` is stored as its ISO text: either is a valid review time. Hashes are compared by the checks' tests. */
function withIsoTimes({ hash: _hash, ...f }: IndexedFacts): IndexedFacts {
  const at: unknown = f.review?.at;
  return f.review && at instanceof Date ? { ...f, review: { ...f.review, at: at.toISOString() } } : f;
}
