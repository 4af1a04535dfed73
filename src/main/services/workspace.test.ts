import { readFile, rm, symlink, unlink, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CopydeskError } from '@shared/errors';
import { BLOG, CORPUS_MARKDOWN_FILES, makeCorpus, type TempCorpus } from './__fixtures__/corpus';

/** The collection the content model infers for the corpus (no config: one collection named `articles`). */
const COLLECTION = 'articles';
import { Workspace } from './workspace';

let corpus: TempCorpus;
let ws: Workspace;

const open = (): Workspace => Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db') });
const query = (q: string, sort: 'date-desc' | 'date-asc' | 'relevance' | 'title' = 'date-desc') =>
  ws.queryArticles({ query: q, sort, offset: 0, limit: 100 });
const paths = (q: string): string[] => query(q).rows.map((row) => row.path).sort();

beforeEach(async () => {
  corpus = await makeCorpus();
  ws = open();
});

afterEach(async () => {
  await ws.close();
  await corpus.cleanup();
});

describe('full index', () => {
  it('counts files, valid articles, languages, groups, orphans and tags', async () => {
    const summary = await ws.index();
    const { ms, changes, ...json } = summary;
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(changes).toMatchObject({ read: CORPUS_MARKDOWN_FILES, reparsed: CORPUS_MARKDOWN_FILES, removed: 0 });
    expect(json).toEqual({
      files: 8,
      articles: 5,
      invalid: 3,
      languages: { en: 2, uk: 1, de: 1, fr: 1 },
      groups: 3,
      orphans: [`${BLOG}/02/orphan.fr.md`],
      duplicates: [],
      tags: { MINING: 2, ETF: 2, AI: 1, BITCOIN: 1 },
    });
    expect(ws.indexSummary()).toEqual(json);
  });

  it('records broken files as invalid with their issue codes, and skips ignored folders', async () => {
    await ws.index();
    const report = ws.validationReport();
    expect(report.files).toBe(8);
    expect(report.invalid.map(({ path, issues }) => [path, issues.map((i) => i.code)])).toEqual([
      [`${BLOG}/01/coreweave.pt.md`, ['no-frontmatter']],
      [`${BLOG}/02/broken.en.md`, ['yaml-syntax']],
      [`${BLOG}/02/latin1.en.md`, ['encoding']],
    ]);
    expect(report.orphans).toEqual([`${BLOG}/02/orphan.fr.md`]);
    expect(paths('')).not.toContain('node_modules/some-pkg/readme.md');
    expect(paths('').some((p) => p.startsWith('.git/') || p.endsWith('.txt'))).toBe(false);
  });

  it('shows the file name as title when there is none, and the path language', async () => {
    await ws.index();
    const row = query('invalid:true').rows.find((r) => r.path.endsWith('coreweave.pt.md'));
    expect(row).toMatchObject({ title: 'coreweave.pt.md', lang: 'pt', valid: false });
  });

  it('reports progress phases and ends idle', async () => {
    const phases: string[] = [];
    ws.on('progress', (p) => phases.push(p.phase));
    await ws.index();
    expect(phases[0]).toBe('scanning');
    expect(phases).toContain('indexing');
    expect(phases).toContain('fulltext');
    expect(phases.at(-1)).toBe('idle');
    expect(ws.status()).toMatchObject({ files: 8, articles: 5, invalid: 3, progress: { phase: 'idle' } });
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await ws.index();
  });

  const cases = [
    {
      name: 'lang (invalid files take it from the path)',
      q: 'lang:en',
      expected: ['01/coreweave.en.md', '02/broken.en.md', '02/etf.en.md', '02/latin1.en.md'],
    },
    { name: 'lang, case-insensitive', q: 'lang:EN invalid:false', expected: ['01/coreweave.en.md', '02/etf.en.md'] },
    { name: 'tag', q: 'tag:etf', expected: ['02/etf.de.md', '02/etf.en.md'] },
    { name: 'two tags are alternatives', q: 'tag:AI tag:BITCOIN', expected: ['01/coreweave.en.md', '02/etf.en.md'] },
    { name: 'negated tag', q: 'tag:ETF -tag:BITCOIN', expected: ['02/etf.de.md'] },
    { name: 'category', q: 'category:btc', expected: ['02/etf.de.md', '02/etf.en.md'] },
    { name: 'collection, case-insensitive', q: 'collection:ARTICLES lang:de', expected: ['02/etf.de.md'] },
    { name: 'another collection', q: 'collection:docs', expected: [] },
    { name: 'negated collection', q: '-collection:articles', expected: [] },
    { name: 'draft', q: 'draft:true', expected: ['02/etf.en.md'] },
    {
      name: 'invalid',
      q: 'invalid:true',
      expected: ['01/coreweave.pt.md', '02/broken.en.md', '02/latin1.en.md'],
    },
    { name: 'missing de (by group)', q: 'missing:de lang:en invalid:false', expected: ['01/coreweave.en.md'] },
    { name: 'missing uk', q: 'missing:uk invalid:false', expected: ['02/etf.de.md', '02/etf.en.md', '02/orphan.fr.md'] },
    { name: 'not missing de', q: '-missing:de', expected: ['02/etf.de.md', '02/etf.en.md'] },
    { name: 'Cyrillic word', q: 'майнінгу', expected: ['01/coreweave.uk.md'] },
    { name: 'diacritics-insensitive', q: 'sao paulo', expected: ['01/coreweave.en.md'] },
    { name: 'prefix while typing', q: 'withdr', expected: ['02/etf.en.md'] },
    { name: 'words in a file without frontmatter', q: 'mineração', expected: ['01/coreweave.pt.md'] },
    { name: 'words and filters', q: 'Abflüsse lang:de', expected: ['02/etf.de.md'] },
    { name: 'tags are searchable text', q: 'bitcoin lang:en', expected: ['02/etf.en.md'] },
    { name: 'nothing', q: 'zzzunknownword', expected: [] },
    // Words with filters, ranked by relevance, are filtered in memory: the same answers as SQL.
    { name: 'words, a tag in another case', q: 'bitcoin tag:etf', expected: ['02/etf.de.md', '02/etf.en.md'] },
    { name: 'words, a tag and an excluded tag', q: 'bitcoin tag:etf -tag:BITCOIN', expected: ['02/etf.de.md'] },
    { name: 'words, a category, an excluded language', q: 'bitcoin category:btc -lang:en', expected: ['02/etf.de.md'] },
    { name: 'words, collection and draft', q: 'bitcoin collection:articles draft:true', expected: ['02/etf.en.md'] },
    { name: 'words, not a draft', q: 'bitcoin category:BTC draft:false', expected: ['02/etf.de.md'] },
    { name: 'words, a language in capitals', q: 'spot lang:DE', expected: ['02/etf.de.md'] },
    { name: 'words and validity', q: 'body invalid:true', expected: ['02/broken.en.md'] },
  ];
  it.each(cases)('$name: $q', ({ q, expected }) => {
    expect(paths(q)).toEqual(expected.map((p) => `${BLOG}/${p}`));
    expect(query(q).total).toBe(expected.length);
    // By relevance the same rows, whichever way the filters are applied.
    const ranked = query(q, 'relevance');
    expect(ranked.rows.map((row) => row.path).sort()).toEqual(expected.map((p) => `${BLOG}/${p}`));
    expect(ranked.total).toBe(expected.length);
  });

  it('pages a filtered ranking: the second page holds the rest, a page past the end still has the total', () => {
    const page = (offset: number) => ws.queryArticles({ query: 'bitcoin tag:etf', sort: 'relevance', offset, limit: 1 });
    const first = page(0);
    const second = page(1);
    expect([first.total, second.total, page(5).total]).toEqual([2, 2, 2]);
    expect([...first.rows, ...second.rows].map((row) => row.path).sort()).toEqual([`${BLOG}/02/etf.de.md`, `${BLOG}/02/etf.en.md`]);
    expect(page(5).rows).toEqual([]);
  });

  it('selects every matching path, optionally with whole translation groups', () => {
    expect(ws.matchingPaths('tag:ETF -tag:BITCOIN', { groups: false })).toEqual([`${BLOG}/02/etf.de.md`]);
    expect(ws.matchingPaths('tag:ETF -tag:BITCOIN', { groups: true })).toEqual([
      `${BLOG}/02/etf.de.md`,
      `${BLOG}/02/etf.en.md`,
    ]);
    expect(ws.withGroups([`${BLOG}/01/coreweave.uk.md`])).toEqual(
      expect.arrayContaining([`${BLOG}/01/coreweave.en.md`, `${BLOG}/01/coreweave.uk.md`]),
    );
    expect(ws.withGroups([`${BLOG}/02/orphan.fr.md`, 'not/indexed.md'])).toEqual(['not/indexed.md', `${BLOG}/02/orphan.fr.md`]);
  });

  it('sorts by date, title and relevance, and pages with a total', () => {
    const valid = 'invalid:false';
    expect(query(valid).rows.map((r) => r.publishedAt)).toEqual([
      '2026-02-03T10:00:00.000Z',
      '2026-02-02T10:00:00.000Z',
      '2026-02-02T09:00:00.000Z',
      '2026-01-31T18:04:41.000Z',
      '2026-01-31T18:00:00.000Z',
    ]);
    expect(query(valid, 'date-asc').rows[0]?.publishedAt).toBe('2026-01-31T18:00:00.000Z');
    expect(query(valid, 'title').rows.map((r) => r.title[0])).toEqual(['A', 'B', 'C', 'C', 'U']);
    const page = ws.queryArticles({ query: valid, sort: 'date-desc', offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.path)).toEqual([`${BLOG}/02/etf.de.md`, `${BLOG}/02/etf.en.md`]);
    // Title matches outweigh a body mention.
    expect(query('bitcoin', 'relevance').rows[0]?.path).toBe(`${BLOG}/02/etf.en.md`);
  });

  it('returns group languages, tags, originality and a marked snippet per row', () => {
    const rows = query('repurposed').rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      path: `${BLOG}/01/coreweave.en.md`,
      tags: ['AI', 'MINING'],
      groupKey: '57619983',
      isOriginal: true,
      groupLangs: ['en', 'uk'],
      originalPath: `${BLOG}/01/coreweave.en.md`,
      valid: true,
    });
    expect(rows[0]?.snippet).toContain('\uE000repurposed\uE001');
    const uk = query('lang:uk').rows[0];
    // A translation's row names its original, as group.read does, so both can be read at once.
    expect(uk).toMatchObject({ isOriginal: false, groupLangs: ['en', 'uk'], originalPath: ws.readGroup(uk?.collection ?? '', uk?.groupKey ?? '').original });
    expect(uk?.originalPath).toMatch(/\.en\.md$/);
    // An orphan translation has no original to read.
    expect(query('lang:fr').rows.find((row) => row.path === `${BLOG}/02/orphan.fr.md`)?.originalPath).toBeNull();
    expect(uk?.snippet).toBeUndefined();
  });

  it('warns about filters it does not understand', () => {
    expect(query('colour:red').warnings).toHaveLength(1);
  });

  it('counts facets for the current query', () => {
    expect(ws.facets({ query: 'lang:en' })).toEqual({
      lang: [{ value: 'en', count: 4 }],
      tag: [
        { value: 'AI', count: 1 },
        { value: 'BITCOIN', count: 1 },
        { value: 'ETF', count: 1 },
        { value: 'MINING', count: 1 },
      ],
      category: [
        { value: 'BTC', count: 1 },
        { value: 'MINING', count: 1 },
      ],
      collection: [{ value: COLLECTION, count: 4 }],
      validity: [
        { value: 'valid', count: 2 },
        { value: 'invalid', count: 2 },
      ],
    });
    expect(ws.facets({ query: 'etf' }).lang).toEqual([
      { value: 'de', count: 1 },
      { value: 'en', count: 1 },
    ]);
  });

  it('lists tags with per-language counts of valid articles', () => {
    expect(ws.tags().tags).toEqual([
      { tag: 'ETF', count: 2, byLang: { de: 1, en: 1 } },
      { tag: 'MINING', count: 2, byLang: { en: 1, uk: 1 } },
      { tag: 'AI', count: 1, byLang: { en: 1 } },
      { tag: 'BITCOIN', count: 1, byLang: { en: 1 } },
    ]);
  });

  it('reads a translation group with its original and missing languages', () => {
    expect(ws.readGroup(COLLECTION, 'e2')).toEqual({
      collection: COLLECTION,
      groupKey: 'e2',
      original: `${BLOG}/02/etf.en.md`,
      members: [
        { path: `${BLOG}/02/etf.de.md`, lang: 'de', title: 'Abflüsse aus Bitcoin-ETFs nehmen zu', valid: true, isOriginal: false },
        { path: `${BLOG}/02/etf.en.md`, lang: 'en', title: 'Bitcoin ETF outflows deepen', valid: true, isOriginal: true },
      ],
      missing: ['fr', 'uk'],
    });
    expect(() => ws.readGroup(COLLECTION, 'no-such-id')).toThrow(CopydeskError);
    expect(() => ws.readGroup('no-such-collection', 'e2')).toThrow(CopydeskError);
  });
});

describe('incremental index', () => {
  const en = `${BLOG}/01/coreweave.en.md`;

  beforeEach(async () => {
    await ws.index();
  });

  it('reads nothing when nothing changed', async () => {
    const summary = await ws.index();
    expect(summary.changes).toMatchObject({ read: 0, reparsed: 0, touched: 0, removed: 0 });
    expect(summary.files).toBe(8);
  });

  it('re-reads only a modified file', async () => {
    const text = await readFile(join(corpus.root, en), 'utf8');
    await writeFile(join(corpus.root, en), text.replace('repurposed', 'rebuilt'));
    const summary = await ws.index();
    expect(summary.changes).toMatchObject({ read: 1, reparsed: 1, touched: 0, removed: 0 });
    expect(paths('repurposed')).toEqual([]);
    expect(paths('rebuilt')).toEqual([en]);
  });

  it('compares the hash of a touched but identical file and only updates its mtime', async () => {
    const later = new Date(Date.now() + 60_000);
    await utimes(join(corpus.root, en), later, later);
    const first = await ws.index();
    expect(first.changes).toMatchObject({ read: 1, reparsed: 0, touched: 1 });
    const second = await ws.index();
    expect(second.changes).toMatchObject({ read: 0, reparsed: 0, touched: 0 });
    expect(paths('repurposed')).toEqual([en]);
  });

  it('drops a deleted file from rows, tags and full text', async () => {
    await unlink(join(corpus.root, en));
    const summary = await ws.index();
    expect(summary.changes.removed).toBe(1);
    expect(summary.tags).toEqual({ MINING: 1, ETF: 2, BITCOIN: 1 });
    expect(paths('repurposed')).toEqual([]);
    expect(paths('tag:AI')).toEqual([]);
    expect(summary.files).toBe(7);
  });

  it('treats a rename as delete + add', async () => {
    const renamed = `${BLOG}/01/coreweave-ai.en.md`;
    await rename(join(corpus.root, en), join(corpus.root, renamed));
    const summary = await ws.index();
    expect(summary.changes).toMatchObject({ read: 1, reparsed: 1, removed: 1 });
    expect(paths('repurposed')).toEqual([renamed]);
    expect(paths('tag:AI')).toEqual([renamed]);
  });

  it('rebuilds everything when asked for a full index', async () => {
    const summary = await ws.index({ full: true });
    expect(summary.changes).toMatchObject({ read: 8, reparsed: 8 });
    expect(paths('repurposed')).toEqual([en]);
  });

  it('loses nothing when the index file is deleted', async () => {
    const before = ws.indexSummary();
    const hits = paths('майнінгу');
    await ws.close();
    for (const suffix of ['', '-wal', '-shm']) await rm(join(corpus.dataDir, `index.db${suffix}`), { force: true });
    ws = open();
    expect(ws.status().files).toBe(0);
    await ws.index();
    expect(ws.indexSummary()).toEqual(before);
    expect(paths('майнінгу')).toEqual(hits);
  });
});

describe('reading files', () => {
  it('reads an article with the hash of its bytes and its issues', async () => {
    const { createHash } = await import('node:crypto');
    const rel = `${BLOG}/01/coreweave.uk.md`;
    const bytes = await readFile(join(corpus.root, rel));
    const article = await ws.readArticle(rel);
    expect(article).toMatchObject({ path: rel, lang: 'uk', collection: COLLECTION, groupKey: '57619983', valid: true, issues: [] });
    expect(article.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(article.text).toBe(bytes.toString('utf8'));
    const latin1 = await ws.readArticle(`${BLOG}/02/latin1.en.md`);
    expect(latin1.issues.map((i) => i.code)).toEqual(['encoding']);
    await expect(ws.readArticle(`${BLOG}/nope.md`)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses paths outside the workspace', async () => {
    await symlink('/etc', join(corpus.root, 'escape'));
    await symlink('/nonexistent-target', join(corpus.root, 'dangling.md'));
    const cases = ['../etc/passwd', '../../etc/passwd', '/etc/passwd', 'src/../../x', 'escape/passwd', 'dangling.md'];
    for (const rel of cases) {
      await expect(ws.resolveInside(rel), rel).rejects.toMatchObject({ code: 'outside-workspace' });
    }
    expect(await ws.resolveInside(`${BLOG}/01/coreweave.uk.md`)).toBe(join(ws.root, BLOG, '01', 'coreweave.uk.md'));
    expect(await ws.resolveInside('src/new-folder/new.md')).toBe(join(ws.root, 'src', 'new-folder', 'new.md'));
  });

  it('refuses to open a folder that does not exist', () => {
    expect(() => Workspace.open({ root: join(corpus.root, 'missing'), dbPath: join(corpus.dataDir, 'x.db') })).toThrow(
      expect.objectContaining({ code: 'not-found' }) as unknown as Error,
    );
  });
});

describe('aborting', () => {
  it('stops an index run and finishes it on the next one', async () => {
    const controller = new AbortController();
    const off = ws.on('progress', (p) => {
      if (p.phase === 'indexing') controller.abort();
    });
    await expect(ws.index({ signal: controller.signal })).rejects.toThrow();
    off();
    expect(ws.status().progress.phase).toBe('idle');
    const summary = await ws.index();
    expect(summary.files).toBe(CORPUS_MARKDOWN_FILES);
    expect(query('repurposed').rows.map((r) => r.path)).toEqual([`${BLOG}/01/coreweave.en.md`]);
  });
});
