import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput } from '@shared/ipc/contract';
import type { Envelope } from '@shared/ipc/envelope';
import { lineDiff } from '@shared/text/line-diff';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { openSession } from './__fixtures__/open-session';
import type { Dispatch } from './serve';

/*
 * article.save through serve() on a temp copy of __fixtures__/mini-corpus,
 * with a real index. miners-pivot.en.md has no updatedAt; files with other
 * shapes (updatedAt, CRLF, BOM) are written by the tests themselves.
 */

let corpus: TempCorpus;
let close: () => Promise<void>;
let dispatch: Dispatch;

const MINERS = '2026/01/miners-pivot.en.md';
const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const abs = (rel: string): string => join(corpus.root, rel);

async function call<C extends 'article.read' | 'article.save' | 'articles.query'>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>> {
  return (await dispatch(channel, input)) as Envelope<ChannelOutput<C>>;
}

async function ok<C extends 'article.read' | 'article.save' | 'articles.query'>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const answer = await call(channel, input);
  if (!answer.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

async function errorOf(input: ChannelInput<'article.save'>): Promise<{ code: string; issues?: unknown[] }> {
  const answer = await call('article.save', input);
  if (answer.ok) throw new Error('expected the save to be refused');
  return answer.error;
}

beforeAll(async () => {
  corpus = await copyFixture();
  ({ dispatch, close } = await openSession(corpus.root, corpus.scratch));
});

afterAll(async () => {
  await close();
  await corpus.dispose();
});

describe('article.save', () => {
  it('writes nothing when the text equals the disk (mtime unchanged)', async () => {
    const before = statSync(abs(MINERS)).mtimeMs;
    const read = await ok('article.read', { path: MINERS });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const saved = await ok('article.save', { path: MINERS, text: read.text, baseHash: read.hash });
    expect(saved).toMatchObject({ path: MINERS, written: false, hash: read.hash, text: read.text });
    expect(statSync(abs(MINERS)).mtimeMs).toBe(before);
  });

  it('changes only the edited line, and the library finds the new title at once', async () => {
    const read = await ok('article.read', { path: MINERS });
    const text = read.text.replace("title: 'Miners pivot to AI compute'", "title: 'Miners pivot to quantum compute'");
    const saved = await ok('article.save', { path: MINERS, text, baseHash: read.hash });
    expect(saved.written).toBe(true);
    expect(saved.hash).toBe(sha(readFileSync(abs(MINERS))));
    expect(lineDiff(read.text, readFileSync(abs(MINERS), 'utf8'), 0)).toEqual([
      {
        oldStart: 2,
        newStart: 2,
        lines: [
          { kind: '-', text: "title: 'Miners pivot to AI compute'" },
          { kind: '+', text: "title: 'Miners pivot to quantum compute'" },
        ],
      },
    ]);
    const found = await ok('articles.query', { query: 'quantum' });
    expect(found.rows.map((row) => [row.path, row.title])).toEqual([[MINERS, 'Miners pivot to quantum compute']]);
  });

  const invalid = [
    { name: 'a schema error', edit: (t: string) => t.replace('sentiment: POSITIVE', 'sentiment: JOYFUL'), code: 'schema' },
    { name: 'broken YAML', edit: (t: string) => t.replace("title: 'Miners", "title: 'Miners'"), code: 'yaml-syntax' },
    { name: 'no frontmatter', edit: (t: string) => t.slice(t.indexOf('## Overview')), code: 'no-frontmatter' },
  ];
  it.each(invalid)('refuses $name with invalid-article and leaves the file byte-identical', async ({ edit, code }) => {
    const bytes = readFileSync(abs(MINERS));
    const read = await ok('article.read', { path: MINERS });
    const error = await errorOf({ path: MINERS, text: edit(read.text), baseHash: read.hash });
    expect(error.code).toBe('invalid-article');
    expect((error.issues as { code: string }[]).map((issue) => issue.code)).toContain(code);
    expect(readFileSync(abs(MINERS)).equals(bytes)).toBe(true);
  });

  it('refuses a save over a file changed on disk, and overwrites it when forced', async () => {
    const read = await ok('article.read', { path: MINERS });
    const theirs = read.text.replace('draft: false', 'draft: true');
    writeFileSync(abs(MINERS), theirs);
    const mine = read.text.replace('## Overview', '## Summary');
    expect((await errorOf({ path: MINERS, text: mine, baseHash: read.hash })).code).toBe('conflict');
    expect(readFileSync(abs(MINERS), 'utf8')).toBe(theirs);
    const forced = await ok('article.save', { path: MINERS, text: mine, baseHash: read.hash, force: true });
    expect(forced.written).toBe(true);
    expect(readFileSync(abs(MINERS), 'utf8')).toBe(mine);
  });

  it('sets updatedAt to now in the format already in the file', async () => {
    const rel = '2026/01/updated.en.md';
    const original = "---\ntitle: Updated\npublishedAt: '2026-01-31T18:04:41.000Z'\nupdatedAt: '2026-01-31T18:29:36.980Z'\nlang: en\nexternalId: '900'\n---\nBody\n";
    writeFileSync(abs(rel), original);
    const read = await ok('article.read', { path: rel });
    const started = Date.now();
    const saved = await ok('article.save', { path: rel, text: read.text.replace('Body', 'New body'), baseHash: read.hash });
    const line = /^updatedAt: '(.+)'$/m.exec(readFileSync(abs(rel), 'utf8'))?.[1] ?? '';
    expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(line)).toBeGreaterThanOrEqual(started - 1);
    expect(Date.parse(line)).toBeLessThanOrEqual(Date.now());
    expect(saved.text).toBe(readFileSync(abs(rel), 'utf8'));
    expect(saved.text).toBe(original.replace('Body', 'New body').replace('2026-01-31T18:29:36.980Z', line));

    const untouched = await ok('article.save', { path: rel, text: saved.text.replace('New body', 'Third body'), baseHash: saved.hash, touchUpdatedAt: false });
    expect(untouched.text).toContain(`updatedAt: '${line}'`);
  });

  const encodings = [
    { name: 'CRLF', prefix: '', eol: '\r\n' },
    { name: 'BOM', prefix: '\uFEFF', eol: '\n' },
    { name: 'BOM and CRLF', prefix: '\uFEFF', eol: '\r\n' },
  ];
  it.each(encodings)('round-trips a $name file, changing only the edited bytes', async ({ prefix, eol }) => {
    const rel = `2026/01/encoded-${prefix ? 'bom' : 'nobom'}-${eol.length}.en.md`;
    const lines = ['---', "title: 'Encoded'", "publishedAt: '2026-01-31T18:04:41.000Z'", 'lang: en', "externalId: '901'", '---', 'Body'];
    const original = Buffer.from(prefix + lines.join(eol) + eol, 'utf8');
    writeFileSync(abs(rel), original);
    const read = await ok('article.read', { path: rel });
    expect(Buffer.from(read.text, 'utf8').equals(original)).toBe(true);
    await ok('article.save', { path: rel, text: read.text.replace('Encoded', 'Re-encoded'), baseHash: read.hash });
    const expected = Buffer.from(prefix + lines.join(eol).replace('Encoded', 'Re-encoded') + eol, 'utf8');
    expect(readFileSync(abs(rel)).equals(expected)).toBe(true);
  });

  it('saves a file deleted on disk again with baseHash null, and refuses null over an existing file', async () => {
    const rel = '2026/02/gone/deleted.en.md';
    mkdirSync(join(corpus.root, '2026/02/gone'), { recursive: true });
    const text = "---\ntitle: Gone\npublishedAt: '2026-02-01T00:00:00.000Z'\nlang: en\nexternalId: '902'\n---\nBody\n";
    writeFileSync(abs(rel), text);
    const read = await ok('article.read', { path: rel });
    rmSync(join(corpus.root, '2026/02/gone'), { recursive: true });
    expect((await errorOf({ path: rel, text: `${text}more\n`, baseHash: read.hash })).code).toBe('conflict');
    expect(existsSync(abs(rel))).toBe(false);
    const saved = await ok('article.save', { path: rel, text, baseHash: null });
    expect(saved.written).toBe(true);
    expect(readFileSync(abs(rel), 'utf8')).toBe(text);
    expect((await errorOf({ path: rel, text: `${text}more\n`, baseHash: null })).code).toBe('conflict');
  });

  const refused = [
    { name: 'a path outside the workspace', path: '../outside.en.md', code: 'outside-workspace' },
    { name: 'an absolute path', path: '/etc/passwd.md', code: 'outside-workspace' },
    { name: 'a file that is not Markdown', path: 'notes.txt', code: 'bad-input' },
  ];
  it.each(refused)('refuses $name', async ({ path, code }) => {
    const text = "---\ntitle: X\npublishedAt: '2026-02-01T00:00:00.000Z'\nlang: en\nexternalId: '903'\n---\n";
    expect((await errorOf({ path, text, baseHash: null, force: true })).code).toBe(code);
    expect(existsSync(join(corpus.root, '..', 'outside.en.md'))).toBe(false);
  });
});
