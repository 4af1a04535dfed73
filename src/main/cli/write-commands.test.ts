import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { lineDiff } from '@shared/text/line-diff';
import { copyFixture, type TempCorpus } from '../api/__fixtures__/copy-fixture';
import { makeUnwritable } from '../services/retag/test-support/unwritable-folder';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * `copydesk set`, `retag` and `undo` in-process on a fresh temp copy of
 * src/main/api/__fixtures__/mini-corpus per test. By hand from the fixture:
 * tag MINING is on miners-pivot.en, miners-pivot.uk and lost-original.pt;
 * miners-pivot.en has sentiment POSITIVE, draft false, lang en, no updatedAt.
 */


const MINERS = '2026/01/miners-pivot.en.md';
/** The fixture's files `--add` cannot change: by hand from the fixture. */
const SKIPPED_BY_ADD = [
  { path: '2026/01/broken-yaml.en.md', reason: 'yaml-syntax' },
  { path: '2026/01/no-frontmatter.pt.md', reason: 'no-frontmatter' },
];
let corpus: TempCorpus;
const previousDataDir = process.env.COPYDESK_DATA_DIR;

beforeEach(async () => {
  await corpus?.dispose();
  corpus = await copyFixture();
  process.env.COPYDESK_DATA_DIR = join(corpus.scratch, 'data');
});

afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  await corpus.dispose();
});

async function run(...argv: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const disk = (rel: string): string => readFileSync(join(corpus.root, rel), 'utf8');
const changedLines = (before: string, after: string): string[] =>
  lineDiff(before, after, 0).flatMap((hunk) => hunk.lines.map((line) => `${line.kind}${line.text}`));

describe('copydesk set', () => {
  const cases = [
    { name: 'a string with spaces', args: ['title=Hello world'], lines: ["-title: 'Miners pivot to AI compute'", "+title: 'Hello world'"] },
    { name: 'a boolean', args: ['draft=true'], lines: ['-draft: false', '+draft: true'] },
    { name: 'a new number field', args: ['score=5'], lines: ['+score: 5'] },
    { name: 'a quoted string that looks like a number', args: ["externalId='001'"], lines: ["-externalId: '100'", "+externalId: '001'"] },
    { name: 'a list', args: ['tags=[A, B]'], lines: ['-  - MINING', '-  - AI', '+  - A', '+  - B'] },
    { name: 'a nested key', args: ['coverImage.thumb=https://example.com/t.jpg'], lines: ['+coverImage:', "+  thumb: 'https://example.com/t.jpg'"] },
    { name: 'two fields at once', args: ['draft=true', 'sentiment=NEUTRAL'], lines: ['-sentiment: POSITIVE', '-draft: false', '+sentiment: NEUTRAL', '+draft: true'] },
  ];
  it.each(cases)('sets $name, changing only its lines', async ({ args, lines }) => {
    const before = disk(MINERS);
    const result = await run('set', corpus.root, join(corpus.root, MINERS), ...args, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ path: MINERS, changed: true, errors: [] });
    expect(changedLines(before, disk(MINERS))).toEqual(lines);
  });

  it('accepts FILE relative to DIR and writes nothing when the value is already there', async () => {
    const mtime = statSync(join(corpus.root, MINERS)).mtimeMs;
    const result = await run('set', corpus.root, MINERS, 'lang=en', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ path: MINERS, changed: false, errors: [] });
    expect(statSync(join(corpus.root, MINERS)).mtimeMs).toBe(mtime);
  });

  it('refuses an edit that makes the article invalid: exit 1, the errors, the file byte-identical', async () => {
    const before = readFileSync(join(corpus.root, MINERS));
    const result = await run('set', corpus.root, MINERS, 'sentiment=JOYFUL', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { changed: boolean; errors: { code: string; field?: string; line?: number }[] };
    expect(report.changed).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ code: 'schema', field: 'sentiment', line: 11 })]);
    expect(readFileSync(join(corpus.root, MINERS)).equals(before)).toBe(true);
  });

  it('sets updatedAt unless --keep-updated-at', async () => {
    writeFileSync(join(corpus.root, MINERS), disk(MINERS).replace('draft: false\n', "draft: false\nupdatedAt: '2026-01-20T10:00:00.000Z'\n"));
    await run('set', corpus.root, MINERS, '--keep-updated-at', 'draft=true');
    expect(disk(MINERS)).toContain("updatedAt: '2026-01-20T10:00:00.000Z'");
    const result = await run('set', corpus.root, MINERS, 'draft=false');
    expect(result.stdout).toBe(`${MINERS}: saved.\n`);
    expect(disk(MINERS)).not.toContain("updatedAt: '2026-01-20T10:00:00.000Z'");
    expect(disk(MINERS)).toMatch(/^updatedAt: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z'$/m);
  });

  const usage = [
    { name: 'no =', args: ['title'], text: 'is not KEY=VALUE' },
    { name: 'an empty key part', args: ['coverImage..thumb=x'], text: 'is not a field name' },
    { name: 'an unknown flag', args: ['title=x', '--force'], text: "Unknown option '--force'" },
    { name: 'no assignment', args: [], text: 'at least one KEY=VALUE' },
  ];
  it.each(usage)('exits 2 for $name', async ({ args }) => {
    const result = await run('set', corpus.root, MINERS, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(usage.find((u) => u.args === args)?.text);
  });

  it('exits 2 for a FILE outside DIR', async () => {
    const outside = join(corpus.scratch, '..', 'elsewhere.md');
    const result = await run('set', corpus.root, outside, 'title=x');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not inside DIR');
  });
});

describe('copydesk retag and undo', () => {
  const mining = ['2026/01/lost-original.pt.md', '2026/01/miners-pivot.en.md', '2026/01/miners-pivot.uk.md'];

  it('prints the plan on --dry-run and writes nothing', async () => {
    const before = mining.map(disk);
    const json = await run('retag', corpus.root, '--where', 'tag:MINING', '--rename', 'MINING=BITCOIN', '--dry-run', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ changed: 3, unchanged: 0, skipped: [], journal: null });
    const human = await run('retag', corpus.root, '--where', 'tag:MINING', '--rename', 'MINING=BITCOIN', '--dry-run');
    expect(human.stdout).toContain(`--- ${MINERS}\n`);
    expect(human.stdout).toContain('-  - MINING\n+  - BITCOIN\n');
    expect(human.stdout).toContain('3 files would change, 0 already right, 0 skipped.');
    expect(mining.map(disk)).toEqual(before);
  });

  it('applies with a journal that undo puts back byte for byte', async () => {
    const before = mining.map(disk);
    const applied = await run('retag', corpus.root, '--where', 'tag:MINING', '--rename', 'MINING=BITCOIN', '--add', 'CRYPTO', '--json');
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const report = JSON.parse(applied.stdout) as { changed: number; unchanged: number; skipped: unknown[]; journal: string };
    expect(report).toEqual({ changed: 3, unchanged: 0, skipped: [], journal: expect.stringMatching(/^\d{8}T\d{9}Z-[0-9a-f]{6}$/) });
    expect(changedLines(before[1] ?? '', disk(MINERS))).toEqual(['-  - MINING', '+  - BITCOIN', '+  - CRYPTO']);
    const search = await run('search', corpus.root, 'tag:BITCOIN', '--json');
    expect((JSON.parse(search.stdout) as { total: number }).total).toBe(3);

    const undone = await run('undo', corpus.root, '--json');
    expect(undone.code).toBe(0);
    expect(JSON.parse(undone.stdout)).toEqual({ journal: report.journal, restored: mining, skipped: [], complete: true });
    expect(mining.map(disk)).toEqual(before);
    const again = await run('undo', corpus.root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('no retag batch to undo');
  });

  it('exits 1 when it skipped files, and lists them', async () => {
    const result = await run('retag', corpus.root, '--where', '', '--add', 'EXTRA', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { changed: number; skipped: { path: string; reason: string }[] };
    expect(report.changed).toBeGreaterThan(0);
    expect(report.skipped).toEqual(SKIPPED_BY_ADD);
  });

  it('undo exits 1 while files cannot be written, keeps the batch, and a second undo restores them', async (ctx) => {
    const before = mining.map(disk);
    const applied = await run('retag', corpus.root, '--where', 'tag:MINING', '--add', 'CRYPTO', '--json');
    expect(applied.code).toBe(0);
    const lift = makeUnwritable(join(corpus.root, '2026/01'));
    if (typeof lift === 'string') ctx.skip(lift);
    let blocked: Awaited<ReturnType<typeof run>>;
    try {
      blocked = await run('undo', corpus.root);
    } finally {
      if (typeof lift !== 'string') lift();
    }
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain(`left alone ${MINERS}: not-writable\n`);
    expect(blocked.stdout).toContain('0 file(s) restored, 3 left alone.');
    expect(blocked.stdout).toContain('The batch stays undoable');
    expect(mining.map(disk)).not.toEqual(before);

    const again = await run('undo', corpus.root, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ restored: mining, skipped: [], complete: true });
    expect(mining.map(disk)).toEqual(before);
  });

  it('exits 1 with one line, and changes nothing, when the journal cannot be created; --debug adds the stack', async () => {
    const before = mining.map(disk);
    // The data folder is a file: no journal folder can be made under it.
    mkdirSync(corpus.scratch, { recursive: true });
    writeFileSync(join(corpus.scratch, 'data'), 'not a folder');
    const args = ['retag', corpus.root, '--where', 'tag:MINING', '--add', 'CRYPTO', '--db', join(corpus.scratch, 'index.db')];
    // No absolute path and no system text in the line (the message also crosses to the page); --debug shows them.
    const line = /^copydesk retag: Nothing was changed, because the undo journal could not be written: ENOTDIR\. Apply again once it can be written\. \(internal\)$/;
    const plain = await run(...args);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe('');
    expect(plain.stderr.trimEnd()).toMatch(line);
    expect(plain.stderr.split('\n')).toEqual([expect.any(String), '']);
    expect(mining.map(disk)).toEqual(before);

    const debug = await run(...args, '--debug');
    expect(debug.code).toBe(1);
    const [first, ...stack] = debug.stderr.trimEnd().split('\n');
    expect(first).toMatch(line);
    expect(stack.join('\n')).toMatch(/^CopydeskError: Nothing was changed[^\n]*\n\s+at /);
    expect(stack.join('\n')).toContain(`ENOTDIR: not a directory, mkdir '${join(corpus.scratch, 'data')}`);
  });

  const usage = [
    { name: 'no --where', args: ['--add', 'X'], text: '--where QUERY is required' },
    { name: 'a rename without =', args: ['--where', '', '--rename', 'X'], text: '--rename takes OLD=NEW' },
    { name: 'an empty tag', args: ['--where', '', '--add', ' '], text: 'Tag to add is empty' },
    { name: 'nothing to do', args: ['--where', ''], text: 'The operation does nothing' },
  ];
  it.each(usage)('exits 2 for $name', async ({ args, text }) => {
    const result = await run('retag', corpus.root, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(text);
  });
});
