import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '@shared/ipc/channels';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { openSession } from './__fixtures__/open-session';
import type { Dispatch } from './serve';

/*
 * Every channel that takes a path, over serve() and the real handlers on a
 * temp copy of __fixtures__/mini-corpus, sent every hostile path: each is
 * refused with a code the caller can act on, the message never holds an
 * absolute path or a raw system message, and nothing outside the articles
 * is read or written. Beside the copy lies `<root>-evil/`, a folder whose
 * name starts with the workspace's name (the sibling-prefix case).
 */

let corpus: TempCorpus;
let close: () => Promise<void>;
let dispatch: Dispatch;
let base: string;
let evil: string;

const ENV_TEXT = '---\ntitle: secret\n---\nAPI_KEY=do-not-leak\n';
const EVIL_TEXT = '---\ntitle: evil\nlang: en\nexternalId: "666"\n---\nOutside the workspace.\n';

beforeAll(async () => {
  corpus = await copyFixture();
  base = dirname(corpus.root);
  evil = join(base, `${basename(corpus.root)}-evil`);
  mkdirSync(evil);
  writeFileSync(join(evil, 'x.md'), EVIL_TEXT);
  writeFileSync(join(corpus.root, '.env'), ENV_TEXT);
  mkdirSync(join(corpus.root, '.git'));
  writeFileSync(join(corpus.root, '.git', 'config'), ENV_TEXT);
  writeFileSync(join(corpus.root, '.git', 'notes.md'), ENV_TEXT);
  symlinkSync(join(evil, 'x.md'), join(corpus.root, 'sibling-link.md'));
  symlinkSync(evil, join(corpus.root, 'sibling-dir'));
  symlinkSync(join(corpus.root, '.env'), join(corpus.root, 'env-link.md'));
  symlinkSync('loop.md', join(corpus.root, 'loop.md'));
  ({ dispatch, close } = await openSession(corpus.root, corpus.scratch));
});

afterAll(async () => {
  await close();
  await corpus.dispose();
});

const hostilePaths = (): { name: string; path: string }[] => [
  { name: 'a parent path', path: '../x.md' },
  { name: 'an absolute path inside the workspace', path: join(corpus.root, '2026/01/miners-pivot.en.md') },
  { name: 'an absolute path elsewhere', path: join(evil, 'x.md') },
  { name: 'the sibling-prefix folder', path: `../${basename(corpus.root)}-evil/x.md` },
  { name: 'a symbolic link to a file in the sibling folder', path: 'sibling-link.md' },
  { name: 'a file through a linked sibling folder', path: 'sibling-dir/x.md' },
  { name: '.env', path: '.env' },
  { name: '.git/config', path: '.git/config' },
  { name: 'Markdown inside .git', path: '.git/notes.md' },
  { name: 'a .md link to .env', path: 'env-link.md' },
  { name: 'a NUL byte', path: '2026/01/miners-pivot.en.md\0.md' },
  { name: 'a 4,000-character name (ENAMETOOLONG)', path: `${'a'.repeat(4000)}.md` },
  { name: 'a 5,000-character name (over the contract)', path: `${'a'.repeat(5000)}.md` },
  { name: 'a file used as a folder (ENOTDIR)', path: '2026/01/miners-pivot.en.md/x.md' },
  { name: 'a symbolic link loop (ELOOP)', path: 'loop.md' },
];

const channels: { channel: Channel; input: (path: string) => unknown }[] = [
  { channel: 'article.read', input: (path) => ({ path }) },
  { channel: 'article.save', input: (path) => ({ path, text: EVIL_TEXT.replace('evil', 'overwritten'), baseHash: null, force: true }) },
  { channel: 'review.pair', input: (path) => ({ path }) },
  { channel: 'review.approve', input: (path) => ({ path }) },
  { channel: 'review.needsWork', input: (path) => ({ path }) },
  { channel: 'review.fix', input: (path) => ({ path, checkId: 'field:category' }) },
  { channel: 'review.createTranslation', input: (path) => ({ path, lang: 'de' }) },
  { channel: 'retag.plan', input: (path) => ({ selection: { paths: [path] }, operation: { add: ['HOSTILE'] } }) },
];

const REFUSALS = ['bad-input', 'not-found', 'forbidden', 'outside-workspace'];

describe('hostile paths on every channel that takes a path', () => {
  for (const { channel, input } of channels) {
    it(`${channel} refuses each one, naming no absolute path`, async () => {
      const answers: Record<string, string> = {};
      for (const { name, path } of hostilePaths()) {
        const answer = await dispatch(channel, input(path));
        const error = answer.ok ? null : answer.error;
        answers[name] = error === null ? 'accepted' : REFUSALS.includes(error.code) ? 'refused' : `${error.code}: ${error.message}`;
        if (error !== null) {
          expect(error.message, `${channel}, ${name}`).not.toContain(base);
          expect(error.message, `${channel}, ${name}`).not.toMatch(/\/tmp\/|realpath|ENAMETOOLONG:|ELOOP:|ENOTDIR:/);
        }
      }
      expect(answers).toEqual(Object.fromEntries(hostilePaths().map(({ name }) => [name, 'refused'])));
    });
  }

  it('left the sibling folder, .env and .git as they were', () => {
    expect(readdirSync(evil)).toEqual(['x.md']);
    expect(readFileSync(join(evil, 'x.md'), 'utf8')).toBe(EVIL_TEXT);
    expect(readFileSync(join(corpus.root, '.env'), 'utf8')).toBe(ENV_TEXT);
    expect(readFileSync(join(corpus.root, '.git', 'config'), 'utf8')).toBe(ENV_TEXT);
    expect(readdirSync(join(corpus.root, '.git')).sort()).toEqual(['config', 'notes.md']);
  });

  it('maps unusable paths to bad-input with the workspace-relative path', async () => {
    const long = `${'a'.repeat(4000)}.md`;
    for (const path of [long, '2026/01/miners-pivot.en.md/x.md', 'loop.md']) {
      const answer = await dispatch('article.read', { path });
      expect(answer.ok ? null : { code: answer.error.code, path: answer.error.path }, path).toEqual({ code: 'bad-input', path });
    }
  });

  it('still reads an article, and .md files in ordinary folders', async () => {
    const answer = await dispatch('article.read', { path: '2026/01/miners-pivot.en.md' });
    expect(answer.ok).toBe(true);
    const dotted = await dispatch('article.read', { path: './2026/01/../01/miners-pivot.en.md' });
    expect(dotted.ok).toBe(true);
  });
});

describe('a search with too many words', () => {
  it('searches the first 32 different words and says so; repeats count once', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `miners${i}`);
    const capped = await dispatch('articles.query', { query: words.join(' ') });
    expect(capped.ok && capped.value).toMatchObject({ notices: ['Searched the first 32 of 40 different words; the other 8 were left out.'] });
    const repeated = await dispatch('articles.query', { query: Array<string>(160).fill('miners*').join(' ') });
    const value = repeated.ok ? (repeated.value as { total: number; notices?: string[] }) : null;
    expect(value?.notices).toBeUndefined();
    expect(value?.total).toBeGreaterThan(0);
  });
});
