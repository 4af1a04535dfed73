import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/ipc/contract';
import { parseArticle } from '../core/parse-article';
import { codeOf, openSession, valueOf } from './__fixtures__/open-session';

/*
 * repair.plan / repair.apply / retag.undo through serve() on temp copies of
 * fixture sites, with a real index and journals in a temp data folder.
 *
 * seed-site (services/repair/__fixtures__): the seed's group — an English
 * original coreweave-crypto-to-ai.en.md (externalId '57619983'), its uk
 * translation (the seed 000) and the pt body with no frontmatter at all
 * (the seed 002) — plus a complete en/uk/pt group. No config: the model is
 * inferred from the files.
 */

const SEED_SITE = join(__dirname, '../services/repair/__fixtures__/seed-site');
const PT = '2026/01/coreweave-crypto-to-ai.pt.md';
const EN = '2026/01/coreweave-crypto-to-ai.en.md';

type Plan = ChannelOutput<'repair.plan'>;

let base: string;
const previousDataDir = process.env.COPYDESK_DATA_DIR;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-repair-'));
  process.env.COPYDESK_DATA_DIR = join(base, 'data');
});

afterAll(() => {
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  rmSync(base, { recursive: true, force: true });
});

let sites = 0;
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const session of open.splice(0)) await session.close();
});

/** A fresh copy of the seed site plus `extra` files, opened and indexed. */
async function site(extra: Record<string, string | Buffer> = {}, from: string | null = SEED_SITE) {
  const root = join(base, `site-${++sites}`);
  if (from !== null) cpSync(from, root, { recursive: true });
  for (const [rel, content] of Object.entries(extra)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  const scratch = join(base, `scratch-${sites}`);
  mkdirSync(scratch);
  const session = await openSession(root, scratch);
  open.push(session);
  const bytes = (rel: string): Buffer => readFileSync(join(root, rel));
  return { root, dispatch: session.dispatch, bytes };
}

describe('repair.plan on the seed group (a pt body with no frontmatter)', () => {
  it('finds the English original by the file name and builds the frontmatter from it', async () => {
    const { dispatch, bytes } = await site();
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: PT }));
    expect(plan.original).toBe(EN);
    expect(plan.lang).toBe('pt');
    expect(plan.changed).toBe(true);
    expect(plan.replaced).toBeNull();
    expect(plan.broken).toBeNull();
    expect(plan.errors).toEqual([]);
    const fm = plan.frontmatter;
    // Language from the path, the key and the translated-from field, shared fields copied, draft set.
    expect(fm.lang).toBe('pt');
    expect(fm.externalId).toBe('57619983');
    expect(fm.ai).toEqual({ translatedFrom: '57619983' });
    expect(fm.draft).toBe(true);
    expect(fm.category).toBe('MINING');
    expect(fm.tags).toEqual(['MINING']);
    expect(fm.publishedAt).toBe('2026-01-31T18:04:41.000Z');
    expect(fm.source).toEqual({ name: 'Cointelegraph', key: 'cointelegraph', type: 'RSS' });
    expect((fm.coverImage as Record<string, string>).small_s3).toBe('https://s3.us-west-2.amazonaws.com/images.unsplash.com/small/photo-1647485938389-91df46750f1b');
    // Translatable fields copied as they are: draft keeps the English title off the site.
    expect(fm.title).toBe('CoreWeave shows how crypto-era infrastructure quietly became the backbone of AI');
    // The original's order and quoting: title first, lang where the original has it, the id quoted.
    const lines = plan.block.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines[1]).toBe("title: 'CoreWeave shows how crypto-era infrastructure quietly became the backbone of AI'");
    const originalKeys = Object.keys(parseArticle(readFileSync(join(SEED_SITE, EN), 'utf8')).frontmatter ?? {});
    expect(Object.keys(fm).filter((key) => key !== 'ai')).toEqual(originalKeys.filter((key) => key in fm));
    expect(lines).toContain('lang: pt');
    expect(plan.block).toContain("externalId: '57619983'\n");
    expect(plan.block).toContain("ai:\n  translatedFrom: '57619983'\n");
    expect(plan.block).toContain('\ndraft: true\n');
    // The model is inferred (no config): said, not hidden.
    expect(plan.warnings.some((w) => w.includes('no declared schema'))).toBe(true);
    // Nothing was written by planning.
    expect(bytes(PT).equals(readFileSync(join(SEED_SITE, PT)))).toBe(true);
  });

  it('shows the diff: only added lines, the body as context', async () => {
    const { dispatch } = await site();
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: PT }));
    const lines = plan.hunks.flatMap((hunk) => hunk.lines);
    expect(lines.filter((line) => line.kind === '-')).toEqual([]);
    expect(lines.filter((line) => line.kind === '+').map((line) => line.text)).toEqual(plan.block.split('\n').slice(0, -1));
    expect(lines.find((line) => line.kind === ' ')?.text.startsWith('A transformação da CoreWeave')).toBe(true);
  });

  it('is not-found with the reason when no original exists beside the file', async () => {
    const { dispatch } = await site({ '2026/01/lonely.pt.md': 'Só um corpo, sem original.\n' });
    const answer = await dispatch('repair.plan', { path: '2026/01/lonely.pt.md' });
    expect(codeOf(answer)).toBe('not-found');
    expect(answer.ok ? '' : answer.error.message).toContain('2026/01/lonely.en.md');
  });

  it('refuses a file in the source language: it is an original', async () => {
    const { dispatch } = await site({ '2026/01/lost.en.md': 'An original that lost its frontmatter.\n' });
    const answer = await dispatch('repair.plan', { path: '2026/01/lost.en.md' });
    expect(codeOf(answer)).toBe('not-found');
    expect(answer.ok ? '' : answer.error.message).toContain('source language (en)');
  });
});

describe('repair.apply and undo', () => {
  it('prepends the frontmatter to the exact body bytes; the file is then valid; one undo restores the old bytes', async () => {
    const { dispatch, bytes } = await site();
    const before = bytes(PT);
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: PT }));
    const done = valueOf<ChannelOutput<'repair.apply'>>(await dispatch('repair.apply', { path: PT, baseHash: plan.baseHash, newHash: plan.newHash }));
    expect(done.hash).toBe(plan.newHash);
    const after = bytes(PT);
    expect(after.equals(Buffer.concat([Buffer.from(plan.block, 'utf8'), before]))).toBe(true);
    expect(parseArticle(after.toString('utf8')).issues).toEqual([]);
    // The library sees it valid, in its group, as a draft translation.
    const read = valueOf<ChannelOutput<'article.read'>>(await dispatch('article.read', { path: PT }));
    expect(read.issues).toEqual([]);
    const original = valueOf<ChannelOutput<'article.read'>>(await dispatch('article.read', { path: EN }));
    expect([read.collection, read.groupKey]).toEqual([original.collection, original.groupKey]);
    const group = valueOf<ChannelOutput<'group.read'>>(await dispatch('group.read', { collection: read.collection ?? '', groupKey: read.groupKey ?? '' }));
    expect(group.members.map((m) => m.path)).toContain(PT);

    const journals = valueOf<ChannelOutput<'retag.journals'>>(await dispatch('retag.journals', {}));
    expect(journals.journals[0]).toMatchObject({ id: done.journalId, description: `Repair frontmatter of ${PT} from ${EN}`, files: 1, undone: false });
    const undone = valueOf<ChannelOutput<'retag.undo'>>(await dispatch('retag.undo', {}));
    expect(undone).toEqual({ journalId: done.journalId, restored: [PT], skipped: [], complete: true });
    expect(bytes(PT).equals(before)).toBe(true);
  });

  it('refuses (conflict) when the file changed since the plan, and writes nothing', async () => {
    const { dispatch, bytes, root } = await site();
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: PT }));
    writeFileSync(join(root, PT), `${bytes(PT).toString('utf8')}\nUma linha nova.\n`);
    const edited = bytes(PT);
    expect(codeOf(await dispatch('repair.apply', { path: PT, baseHash: plan.baseHash, newHash: plan.newHash }))).toBe('conflict');
    expect(bytes(PT).equals(edited)).toBe(true);
  });

  it('refuses (conflict) when the original changed since the plan, so the frontmatter shown is not what would be written', async () => {
    const { dispatch, bytes, root } = await site();
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: PT }));
    writeFileSync(join(root, EN), bytes(EN).toString('utf8').replace('category: MINING', 'category: AI'));
    const answer = await dispatch('repair.apply', { path: PT, baseHash: plan.baseHash, newHash: plan.newHash });
    expect(codeOf(answer)).toBe('conflict');
    expect(answer.ok ? '' : answer.error.message).toContain('original');
  });

  it('keeps a BOM and CRLF: the frontmatter takes the body’s line ending, the body bytes stay', async () => {
    const body = Buffer.from('\uFEFFPrimeira linha.\r\n\r\nSegunda linha.\r\n', 'utf8');
    const { dispatch, bytes } = await site({ '2026/01/crlf.pt.md': body, '2026/01/crlf.en.md': bytes0('crlf') });
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: '2026/01/crlf.pt.md' }));
    expect(plan.block.startsWith('---\r\ntitle: Crlf\r\n')).toBe(true);
    expect(plan.block.split('\r\n').length).toBe(plan.block.split('\n').length);
    valueOf(await dispatch('repair.apply', { path: '2026/01/crlf.pt.md', baseHash: plan.baseHash, newHash: plan.newHash }));
    const after = bytes('2026/01/crlf.pt.md');
    expect(after.equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan.block, 'utf8'), body.subarray(3)]))).toBe(true);
  });

  it('shows a broken block before replacing it, and replaces it only when told to', async () => {
    const broken = "---\ntitle: 'Sem fim\ntags: [A\n---\nO corpo fica.\n";
    const { dispatch, bytes } = await site({ '2026/01/broken.pt.md': broken, '2026/01/broken.en.md': bytes0('broken') });
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: '2026/01/broken.pt.md' }));
    expect(plan.replaced).toBe("---\ntitle: 'Sem fim\ntags: [A\n---\n");
    expect(plan.broken).toMatch(/not valid YAML/);
    expect(plan.hunks.flatMap((h) => h.lines).filter((l) => l.kind === '-').map((l) => l.text)).toEqual(["title: 'Sem fim", 'tags: [A']);
    const refused = await dispatch('repair.apply', { path: '2026/01/broken.pt.md', baseHash: plan.baseHash, newHash: plan.newHash });
    expect(codeOf(refused)).toBe('bad-input');
    expect(refused.ok ? '' : refused.error.message).toContain('--replace-broken');
    expect(bytes('2026/01/broken.pt.md').toString('utf8')).toBe(broken);
    valueOf(await dispatch('repair.apply', { path: '2026/01/broken.pt.md', baseHash: plan.baseHash, newHash: plan.newHash, replaceBroken: true }));
    expect(bytes('2026/01/broken.pt.md').toString('utf8')).toBe(`${plan.block}O corpo fica.\n`);
  });
});

describe('repair under a declared schema (copydesk.config.json, locale folders)', () => {
  const config = (required: string[]) =>
    JSON.stringify({
      sourceLanguage: 'en',
      collections: [
        {
          name: 'articles',
          root: 'articles',
          pairing: { by: 'folder' },
          shared: ['publishedAt', 'tags'],
          translatable: ['title'],
          schema: {
            type: 'object',
            properties: {
              title: { type: 'string' },
              summary: { type: 'string' },
              publishedAt: { type: 'string', 'x-copydesk-kind': 'date', 'x-copydesk-coerce-date': true },
              tags: { type: 'array', items: { type: 'string' } },
              author: { type: 'string' },
              draft: { type: 'boolean' },
            },
            required,
          },
        },
      ],
    });
  const original = "---\ntitle: \"Hello\"\nauthor: Ana\npublishedAt: 2026-02-01\ntags: [news, ai]\ndraft: false\n---\nHello body.\n";
  const files = (required: string[]) => ({
    'copydesk.config.json': config(required),
    'articles/en/hello.md': original,
    'articles/pt/hello.md': 'Olá corpo.\n',
    'articles/en/other.md': '---\ntitle: Other\npublishedAt: 2026-02-02\ntags: [x]\n---\nOther.\n',
    'articles/pt/other.md': '---\ntitle: Outro\npublishedAt: 2026-02-02\ntags: [x]\ndraft: true\n---\nOutro.\n',
  });

  it('copies the shared and translatable fields only (in the original’s order and style), sets draft, and is valid', async () => {
    const { dispatch } = await site(files(['title', 'publishedAt']), null);
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: 'articles/pt/hello.md' }));
    expect(plan.original).toBe('articles/en/hello.md');
    expect(plan.block).toBe('---\ntitle: "Hello"\npublishedAt: 2026-02-01\ntags: [news, ai]\ndraft: true\n---\n');
    expect(plan.frontmatter).toEqual({ title: 'Hello', publishedAt: '2026-02-01', tags: ['news', 'ai'], draft: true });
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('refuses a result the schema rejects, saying which field', async () => {
    const { dispatch, bytes } = await site(files(['title', 'summary']), null);
    const plan = valueOf<Plan>(await dispatch('repair.plan', { path: 'articles/pt/hello.md' }));
    expect(plan.errors.map((e) => e.field)).toEqual(['summary']);
    const answer = await dispatch('repair.apply', { path: 'articles/pt/hello.md', baseHash: plan.baseHash, newHash: plan.newHash });
    expect(codeOf(answer)).toBe('bad-input');
    expect(bytes('articles/pt/hello.md').toString('utf8')).toBe('Olá corpo.\n');
  });
});

/** A small English original named `<slug>.en.md`, for files added beside the seed group. */
function bytes0(slug: string): string {
  const title = slug.charAt(0).toUpperCase() + slug.slice(1);
  return `---\ntitle: ${title}\npublishedAt: '2026-01-20T10:00:00.000Z'\nlang: en\nexternalId: '${slug}-1'\ncategory: AI\ntags:\n  - AI\ndraft: false\n---\nBody.\n`;
}
