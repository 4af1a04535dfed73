import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from './article-record';
import { ArticleWriter } from './article-writer';
import { openDatabase, type IndexDatabase } from './open-database';

let dir: string;
let db: IndexDatabase;
let writer: ArticleWriter;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-writer-'));
  db = openDatabase(join(dir, 'index.db'));
  writer = new ArticleWriter(db);
});

afterEach(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

const record = (path: string, size: number, tags: string[] = []): ArticleRecord => ({
  path, size, mtimeMs: size * 10, hash: `h${size}`, lang: 'en', pathLang: null, collection: 'blog', groupKey: null, translatedFrom: null,
  title: `T${size}`, description: size % 2 ? `D${size}` : null, publishedAt: null, updatedAt: null, category: null, tags, draft: false,
  valid: true, issues: [],
});

describe('ArticleWriter', () => {
  it('pages through every stored stat in id order', () => {
    writer.transaction(() => {
      for (let i = 1; i <= 5; i++) writer.upsert(record(`p${i}.md`, i), false);
    });
    const pages = [...writer.statPages(2)];
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map(([path, id, size, mtimeMs]) => [path, size, mtimeMs, writer.hashOf(id)])).toEqual(
      [1, 2, 3, 4, 5].map((i) => [`p${i}.md`, i, i * 10, `h${i}`]),
    );
    expect(writer.isEmpty()).toBe(false);
  });

  it('reads back what full text needs, in the order asked, and keeps each text in one shard', () => {
    const ids = writer.transaction(() => [writer.upsert(record('a.md', 1, ['X', 'Y']), false, 5), writer.upsert(record('b.md', 2), false, 3)]);
    const [a, b] = ids as [number, number];
    expect(writer.textSources([b, a])).toEqual([
      { id: b, path: 'b.md', bodyLine: 3, title: 'T2', description: '', tags: '' },
      { id: a, path: 'a.md', bodyLine: 5, title: 'T1', description: 'D1', tags: expect.stringMatching(/^(X Y|Y X)$/) as unknown as string },
    ]);
    writer.transaction(() => {
      writer.insertFulltext({ id: a, title: 'T1', description: '', body: 'alpha', tags: '' }, 1);
      writer.insertFulltext({ id: b, title: 'T2', description: '', body: 'beta', tags: '' }, 0);
    });
    expect(writer.idsWithoutFulltext()).toEqual(new Set());
    // Re-indexing a changed file drops its old text from whichever shard held it.
    writer.transaction(() => writer.upsert(record('a.md', 9), true));
    expect(writer.idsWithoutFulltext()).toEqual(new Set([a]));
    expect(writer.hasFulltext(b)).toBe(true);
  });
});
