import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/ipc/contract';
import { useFixtureSites } from '../services/content-model/test-support/fixture-site';
import { DUPLICATE_ORIGINALS } from '../services/review/__fixtures__/duplicate-originals';
import { codeOf, openSession, valueOf } from './__fixtures__/open-session';

/*
 * The review channels on temp copies of the content-model fixture sites
 * (services/content-model/__fixtures__), each file placed by the folder's
 * own content model, with a real index. The app has not trusted these
 * folders, so their models come from the files (the Astro configs are not
 * run). Expected values are read off the fixtures by hand.
 */

const site = useFixtureSites('copydesk-review-sites-');

type Summary = ChannelOutput<'review.summary'>;
type Pair = ChannelOutput<'review.pair'>;

async function open(name: string, files: Record<string, string> = {}) {
  const root = await site(name, files);
  const session = await openSession(root, join(root, '..', 'scratch'));
  return { root, ...session };
}

const BLOG = 'src/content/blog/2026';
const DOCS = 'src/content/docs';


describe('review on the newsroom: blog (paired by externalId) and docs (by file name) apart', () => {
  it('groups per collection and group key, each with its own languages', async () => {
    const { dispatch, close } = await open('astro-newsroom');
    try {
      const review = valueOf<Summary>(await dispatch('review.summary', { limit: 500 }));
      const rows = review.groups.map((g) => `${g.collection}/${g.groupKey}: ${Object.entries(g.cells).map(([lang, c]) => `${lang}=${c.status}`).join(' ')}`);
      // Newest first: the blog's dates, then the docs (style-guide dated 2026-01-02, getting-started undated).
      expect(rows).toEqual([
        'blog/60342099: pt=missing uk=missing',
        'blog/60342088: pt=missing uk=missing',
        'blog/60342077: pt=missing uk=missing',
        'blog/60342050: pt=missing uk=missing',
        'blog/60342001: pt=missing uk=missing',
        'blog/60341122: pt=draft uk=unreviewed',
        'blog/60340789: pt=unreviewed uk=unreviewed',
        'docs/style-guide: uk=unreviewed',
        'docs/getting-started: uk=unreviewed',
      ]);
      expect(review.summary.languages).toEqual({
        pt: { missing: 5, draft: 1, unreviewed: 1, 'needs-work': 0, approved: 0, outdated: 0 },
        uk: { missing: 5, draft: 0, unreviewed: 4, 'needs-work': 0, approved: 0, outdated: 0 },
      });
      const pair = valueOf<Pair>(await dispatch('review.pair', { path: `${DOCS}/getting-started.uk.md` }));
      expect(pair.source?.path).toBe(`${DOCS}/getting-started.en.md`);
      expect(pair.checks).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('review in a group with duplicate originals', () => {
  it('compares each translation with the original beside it, not the first of the group', async () => {
    const { dispatch, close } = await open('astro-newsroom', DUPLICATE_ORIGINALS);
    try {
      const pair = valueOf<Pair>(await dispatch('review.pair', { path: `${BLOG}/02/halving-countdown.uk.md` }));
      expect(pair.source?.path).toBe(`${BLOG}/02/halving-countdown.en.md`);
      // The duplicate is reported; no publishedAt, tags or headings from January's original.
      expect(pair.checks.map((c) => c.id)).toEqual(['duplicate-lang']);
      const january = valueOf<Pair>(await dispatch('review.pair', { path: `${BLOG}/01/halving-countdown.uk.md` }));
      expect(january.source?.path).toBe(`${BLOG}/01/halving-countdown.en.md`);
      expect(january.checks.map((c) => c.id)).toEqual(['duplicate-lang']);

      const review = valueOf<Summary>(await dispatch('review.summary', { query: '60340789' }));
      expect(review.summary.inconsistent.filter((i) => i.path.includes('halving-countdown.uk'))).toEqual([
        { path: `${BLOG}/01/halving-countdown.uk.md`, checks: ['duplicate-lang'] },
        { path: `${BLOG}/02/halving-countdown.uk.md`, checks: ['duplicate-lang'] },
      ]);
    } finally {
      await close();
    }
  });
});

describe('review.createTranslation where the collection puts it', () => {
  const NOW = /^ {2}at: '\d{4}-\d{2}-\d{2}T[\d:.]+Z'$/m;

  it('on a folder-per-locale site: the same path in the <lang> folder, created with its folder', async () => {
    const { root, dispatch, close } = await open('starlight-site');
    try {
      const original = `${DOCS}/guides/configure.md`;
      // A dry run says where, for the dialog, and writes nothing.
      const planned = valueOf<ChannelOutput<'review.createTranslation'>>(await dispatch('review.createTranslation', { path: original, lang: 'uk', dryRun: true }));
      expect(planned.path).toBe(`${DOCS}/uk/guides/configure.md`);
      await expect(readFile(join(root, planned.path), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
      const made = valueOf<ChannelOutput<'review.createTranslation'>>(await dispatch('review.createTranslation', { path: original, lang: 'uk' }));
      expect(made.path).toBe(`${DOCS}/uk/guides/configure.md`);
      const text = await readFile(join(root, made.path), 'utf8');
      // No language field and no key in this collection: the folder says both. The draft flag is set; the body is the original's.
      expect(text.replace(NOW, "  at: 'NOW'")).toBe(
        "---\ntitle: Configure\ndescription: Every option of widget.config.js.\nsidebar:\n  order: 2\nlastUpdated: 2026-01-10\ndraft: true\nreview:\n  status: unreviewed\n  at: 'NOW'\n---\nOptions live in `widget.config.js`.\n",
      );
      const pair = valueOf<Pair>(await dispatch('review.pair', { path: made.path }));
      expect(pair.source?.path).toBe(original);
      // Existing files in that folder are never overwritten; pt-br already has the page.
      expect(codeOf(await dispatch('review.createTranslation', { path: original, lang: 'uk' }))).toBe('conflict');
      expect(codeOf(await dispatch('review.createTranslation', { path: original, lang: 'uk', dryRun: true }))).toBe('conflict');
      expect(codeOf(await dispatch('review.createTranslation', { path: original, lang: 'pt-br' }))).toBe('conflict');
    } finally {
      await close();
    }
  });

  it('on a suffix collection: name.<lang>.md beside the original, with the language field set', async () => {
    const { root, dispatch, close } = await open('astro-newsroom');
    try {
      const made = valueOf<ChannelOutput<'review.createTranslation'>>(await dispatch('review.createTranslation', { path: `${DOCS}/getting-started.en.md`, lang: 'pt' }));
      expect(made.path).toBe(`${DOCS}/getting-started.pt.md`);
      const text = await readFile(join(root, made.path), 'utf8');
      // No docs file has a draft flag and the site's config is not run here, so the model knows of none: none is written.
      expect(text.replace(NOW, "  at: 'NOW'")).toBe(
        "---\ntitle: Getting started\nnavTitle: Start\ndescription: How the desk publishes an article.\norder: 1\nlang: pt\nreview:\n  status: unreviewed\n  at: 'NOW'\n---\nWrite in English first; the translators follow.\n",
      );
    } finally {
      await close();
    }
  });

  it('on a key collection: the key kept, the translated-from field set to it', async () => {
    const { root, dispatch, close } = await open('astro-newsroom');
    try {
      const made = valueOf<ChannelOutput<'review.createTranslation'>>(await dispatch('review.createTranslation', { path: `${BLOG}/01/miner-hedging.en.md`, lang: 'uk' }));
      expect(made.path).toBe(`${BLOG}/01/miner-hedging.uk.md`);
      const text = await readFile(join(root, made.path), 'utf8');
      expect(text).toContain("\nlang: uk\nexternalId: '60342050'\n");
      expect(text).toContain("\nai:\n  translatedFrom: '60342050'\ndraft: true\nreview:\n  status: unreviewed\n");
      const pair = valueOf<Pair>(await dispatch('review.pair', { path: made.path }));
      expect(pair.source?.path).toBe(`${BLOG}/01/miner-hedging.en.md`);
      expect(pair.status).toBe('draft');
    } finally {
      await close();
    }
  });
});
