import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture } from '../api/__fixtures__/copy-fixture';
import { gitSandbox, type GitSandbox } from '../services/git/test-support/git-sandbox';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * `copydesk retag … --commit MESSAGE` and `copydesk undo … --commit MESSAGE`
 * on a real repository (test-support/git-sandbox.ts: the mini corpus
 * committed). Tag MINING is on miners-pivot.en, miners-pivot.uk and
 * lost-original.pt (counted by hand in the fixture).
 */

const EN = '2026/01/miners-pivot.en.md';
const UK = '2026/01/miners-pivot.uk.md';
const PT = '2026/01/lost-original.pt.md';


let box: GitSandbox;
const previousDataDir = process.env.COPYDESK_DATA_DIR;

beforeEach(async () => {
  box = await gitSandbox();
  process.env.COPYDESK_DATA_DIR = join(box.scratch, 'data');
});
afterEach(async () => {
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  await box.dispose();
});

async function run(...argv: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const db = (): string[] => ['--db', join(box.scratch, 'index.db')];
const retag = (...extra: string[]) => run('retag', box.work, '--where', 'tag:MINING', '--rename', 'MINING=BITCOIN MINING', ...db(), ...extra);
const committed = (commit: string): string[] => box.git(box.work, 'show', '--name-only', '--format=', commit).split('\n').filter(Boolean).sort();
const porcelain = (): string => box.git(box.work, 'status', '--porcelain');

/** Work in progress in the uk translation: a body line nobody committed. */
async function workInProgress(): Promise<string> {
  const file = join(box.work, UK);
  const text = `${await readFile(file, 'utf8')}\nЧернетка редактора.\n`;
  await writeFile(file, text);
  return text;
}

describe('retag --commit', () => {
  it('commits exactly the files written; a file with other uncommitted changes is left out and listed', async () => {
    const wip = await workInProgress();
    const result = await retag('--commit', 'Rename tag MINING → BITCOIN MINING', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ changed: 3, unchanged: 0, skipped: [], leftOut: [{ path: UK, reason: 'uncommitted-changes' }] });
    expect(typeof report.journal).toBe('string');
    expect(report.commit).toBe(box.git(box.work, 'rev-parse', 'HEAD'));
    expect(committed(report.commit)).toEqual([EN, PT].sort());
    expect(box.git(box.work, 'log', '-1', '--format=%s')).toBe('Rename tag MINING → BITCOIN MINING');
    // The left-out file holds the editor's draft and the retag, both uncommitted.
    expect(porcelain()).toBe(` M ${UK}`);
    expect(await readFile(join(box.work, UK), 'utf8')).toBe(wip.replace('  - MINING', '  - BITCOIN MINING'));
  });

  it('says what it committed in words', async () => {
    const result = await retag('--commit', 'Rename tag');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 files changed, 0 already right, 0 skipped.');
    expect(result.stdout).toMatch(/Committed [0-9a-f]{10}\.\n/);
    expect(porcelain()).toBe('');
  });

  it('without an author writes nothing and says how to set one', async () => {
    await box.forgetIdentity();
    const result = await retag('--commit', 'Rename tag', '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('git config --global user.email "you@example.com"');
    expect(porcelain()).toBe('');
  });

  it('outside a repository writes nothing and says so', async () => {
    const corpus = await copyFixture();
    try {
      const result = await run('retag', corpus.root, '--where', 'tag:MINING', '--rename', 'MINING=X', '--commit', 'm', '--db', join(corpus.scratch, 'i.db'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('not in a git repository');
      expect(await readFile(join(corpus.root, EN), 'utf8')).toContain('  - MINING');
    } finally {
      await corpus.dispose();
    }
  });

  it('refuses an empty message as bad usage', async () => {
    const result = await retag('--commit', ' ');
    expect(result.code).toBe(2);
    expect(porcelain()).toBe('');
  });
});

describe('undo --commit', () => {
  it('commits exactly the files it restored, leaving out one that had work in progress before', async () => {
    const first = JSON.parse((await retag('--commit', 'Rename tag', '--json')).stdout);
    expect(first.leftOut).toEqual([]);
    await workInProgress();
    // The uk file is changed since the batch: undo leaves it alone; the others are restored and committed.
    const result = await run('undo', box.work, ...db(), '--commit', 'Undo the rename', '--json');
    expect(result.stderr).toBe('');
    // Exit 1: a file was left alone (undo's own rule); the commit of the others is made all the same.
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ journal: first.journal, restored: [EN, PT].sort(), skipped: [{ path: UK, reason: 'edited-since' }], leftOut: [] });
    expect(report.commit).toBe(box.git(box.work, 'rev-parse', 'HEAD'));
    expect(committed(report.commit)).toEqual([EN, PT].sort());
    expect(box.git(box.work, 'show', 'HEAD:' + EN)).toContain('  - MINING');
    expect(porcelain()).toBe(` M ${UK}`);
  });

  it('leaves out a restored file that had uncommitted changes before the undo', async () => {
    // Nothing committed: the retag wrote over the uk draft, so the undo puts the draft back — still not committed.
    const wip = await workInProgress();
    await retag('--json');
    const result = await run('undo', box.work, ...db(), '--commit', 'Undo', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect([...report.restored].sort()).toEqual([EN, PT, UK].sort());
    // en and pt are back to their committed bytes (nothing to commit); uk holds the draft again.
    expect(report).toMatchObject({ commit: null, leftOut: [{ path: UK, reason: 'uncommitted-changes' }] });
    expect(await readFile(join(box.work, UK), 'utf8')).toBe(wip);
    expect(porcelain()).toBe(` M ${UK}`);
    expect(box.git(box.work, 'rev-list', '--count', 'HEAD')).toBe('1');
  });
});
