import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG, NEWSROOM_CONFIG, corpusFiles, makeCorpus, type TempCorpus } from './__fixtures__/corpus';
import { Workspace } from './workspace';

/*
 * What is not content is neither indexed nor watched: build output at the
 * root, what .gitignore ignores, the config's ignore globs — the same
 * SkipRules the content model lists files with.
 */

const article = (title: string): string => `---\ntitle: ${title}\npublishedAt: '2026-02-02T09:00:00.000Z'\nlang: en\nexternalId: '${title}'\n---\n${title} body.\n`;

let corpus: TempCorpus;
let ws: Workspace;
beforeEach(async () => {
  const config = JSON.parse(NEWSROOM_CONFIG) as Record<string, unknown>;
  corpus = await makeCorpus({
    ...(await corpusFiles()),
    'copydesk.config.json': JSON.stringify({ ...config, ignore: ['archive/**'] }),
    '.gitignore': 'drafts/\n',
    'dist/built.en.md': article('built'),
    'drafts/idea.en.md': article('idea'),
    'archive/old.en.md': article('old'),
    'content/build/kept.en.md': article('kept'),
  });
  ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db'), modelCacheDir: null });
  await ws.index();
});
afterEach(async () => {
  await ws.close();
  await corpus.cleanup();
});

const paths = (): string[] => ws.queryArticles({ query: '', sort: 'title', offset: 0, limit: 100 }).rows.map((row) => row.path).sort();

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the watcher');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('what is not content', () => {
  it('the scan skips build output, .gitignore and the ignore globs; a build folder below the root is content', async () => {
    expect(paths()).toEqual(
      [
        `${BLOG}/01/coreweave.en.md`,
        `${BLOG}/01/coreweave.pt.md`,
        `${BLOG}/01/coreweave.uk.md`,
        `${BLOG}/02/broken.en.md`,
        `${BLOG}/02/etf.de.md`,
        `${BLOG}/02/etf.en.md`,
        `${BLOG}/02/latin1.en.md`,
        `${BLOG}/02/orphan.fr.md`,
        'content/build/kept.en.md',
      ].sort(),
    );
  });

  it('the watcher drops what the scan skips', async () => {
    const events: { changed: string[]; removed: string[] }[] = [];
    ws.on('changed', (event) => events.push(event));
    await ws.watch();
    await mkdir(join(corpus.root, 'dist', 'more'), { recursive: true });
    await writeFile(join(corpus.root, 'dist', 'more', 'new.en.md'), article('new-built'));
    await writeFile(join(corpus.root, 'drafts', 'new.en.md'), article('new-draft'));
    await writeFile(join(corpus.root, 'archive', 'new.en.md'), article('new-archived'));
    // A real change afterwards proves events were flowing when the skipped ones were written.
    const rel = `${BLOG}/02/after.en.md`;
    await writeFile(join(corpus.root, rel), article('after'));
    await waitFor(() => events.some((event) => event.changed.includes(rel)));
    expect(events.flatMap((event) => event.changed)).toEqual([rel]);
    expect(paths()).not.toContain('drafts/new.en.md');
  });
});

describe('what the index reads through the model', () => {
  it('reads every unchanged file again when the config names other roles or another pairing key', async () => {
    const config = JSON.parse(NEWSROOM_CONFIG) as { collections: Record<string, unknown>[] };
    const row = (path: string) => ws.queryArticles({ query: '', sort: 'title', offset: 0, limit: 100 }).rows.find((r) => r.path === path);
    const reopen = async (): Promise<number> => {
      await ws.close();
      ws = Workspace.open({ root: corpus.root, dbPath: join(corpus.dataDir, 'index.db'), modelCacheDir: null });
      return (await ws.index()).changes.reparsed;
    };
    const en = `${BLOG}/02/etf.en.md`;
    expect(row(en)).toMatchObject({ title: 'Bitcoin ETF outflows deepen', groupKey: 'e2' });
    // Until the model changes, nothing is read again (once the full text is complete).
    await reopen();
    expect(await reopen()).toBe(0);
    // The id plays the title, and the category pairs the files: no file changed.
    const collection = { ...config.collections[0], roles: { title: 'externalId' }, pairing: { by: 'key', key: 'category' } };
    await writeFile(join(corpus.root, 'copydesk.config.json'), JSON.stringify({ ...config, collections: [collection] }));
    expect(await reopen()).toBeGreaterThan(0);
    expect(row(en)).toMatchObject({ title: 'e2', groupKey: 'BTC' });
  });
});
