import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, type TempCorpus } from '../api/__fixtures__/copy-fixture';
import { canMkfifo, makeFifo, releaseFifo } from '../services/__fixtures__/fifo';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * Commands run in-process on a temp copy of src/main/api/__fixtures__/mini-corpus.
 * Expected values are read off the fixture by hand (see handlers.test.ts):
 * 8 files, 5 valid (en 3, uk 1, pt 1; groups 100, 200, 300), 3 invalid.
 */


let corpus: TempCorpus;
const previousDataDir = process.env.COPYDESK_DATA_DIR;

async function run(argv: string[], options: { tty?: boolean; signal?: AbortSignal } = {}) {
  const stdout = new Collector(options.tty);
  const stderr = new Collector(options.tty);
  const code = await runCli(argv, { stdout, stderr, ...(options.signal && { signal: options.signal }) });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

beforeAll(async () => {
  corpus = await copyFixture();
  // Default index files go to the data folder: keep them in the temp folder.
  process.env.COPYDESK_DATA_DIR = join(corpus.scratch, 'data');
});

afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  await corpus.dispose();
});

describe('usage', () => {
  const cases = [
    { name: 'no command', argv: [], code: 2, stream: 'stderr', text: 'Usage: copydesk <command>' },
    { name: 'unknown command', argv: ['frobnicate'], code: 2, stream: 'stderr', text: 'unknown command "frobnicate"' },
    { name: 'missing DIR', argv: ['validate'], code: 2, stream: 'stderr', text: 'missing DIR' },
    { name: 'missing QUERY', argv: ['search', '.'], code: 2, stream: 'stderr', text: 'missing QUERY' },
    { name: 'unknown option', argv: ['index', '.', '--fast'], code: 2, stream: 'stderr', text: "Unknown option '--fast'" },
    { name: 'option of another command', argv: ['validate', '.', '--port', '1'], code: 2, stream: 'stderr', text: '--port does not apply' },
    { name: 'bad limit', argv: ['search', '.', 'x', '--limit', 'ten'], code: 2, stream: 'stderr', text: '--limit must be a whole number' },
    { name: 'not a folder', argv: ['validate', '/no/such/folder'], code: 2, stream: 'stderr', text: 'is not a folder' },
    { name: 'DIR and --sample', argv: ['serve', '.', '--sample'], code: 2, stream: 'stderr', text: 'not both' },
    { name: 'help', argv: ['--help'], code: 0, stream: 'stdout', text: 'Commands:' },
    { name: 'command help', argv: ['search', '--help'], code: 0, stream: 'stdout', text: 'Usage: copydesk search DIR QUERY' },
  ] as const;
  for (const c of cases) {
    it(`${c.name} → exit ${c.code}`, async () => {
      const result = await run([...c.argv]);
      expect(result.code).toBe(c.code);
      expect(result[c.stream]).toContain(c.text);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }
});

describe('validate', () => {
  it('prints the JSON report and exits 1 when files are invalid', async () => {
    const { code, stdout } = await run(['validate', corpus.root, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      files: 8,
      valid: 5,
      invalid: [
        { path: '2026/01/bad-sentiment.en.md', errors: [{ code: 'schema', field: 'sentiment', line: 6, message: expect.any(String) }] },
        { path: '2026/01/broken-yaml.en.md', errors: [{ code: 'yaml-syntax', line: 3, message: expect.any(String) }] },
        { path: '2026/01/no-frontmatter.pt.md', errors: [{ code: 'no-frontmatter', line: 1, message: expect.any(String) }] },
      ],
    });
  });

  it('prints path:line:col lines and a summary for people', async () => {
    const { code, stdout } = await run(['validate', corpus.root]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^2026\/01\/bad-sentiment\.en\.md:6:\d+ {2}schema {2}/m);
    expect(stdout).toMatch(/^2026\/01\/no-frontmatter\.pt\.md:1:1 {2}no-frontmatter {2}/m);
    expect(stdout).toContain('8 files checked: 5 valid, 3 invalid.');
  });

  it('exits 0 when every file is valid', async () => {
    const clean = join(corpus.scratch, 'clean');
    mkdirSync(clean, { recursive: true });
    writeFileSync(join(clean, 'a.en.md'), "---\ntitle: A\npublishedAt: '2026-01-01T00:00:00Z'\nlang: en\nexternalId: '1'\n---\nBody\n");
    const { code, stdout } = await run(['validate', clean, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ files: 1, valid: 1, invalid: [] });
  });

  it.skipIf(!canMkfifo)('reports a FIFO named like an article as unreadable, saying what it is, and finishes', async () => {
    const folder = join(corpus.scratch, 'with-fifo');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.en.md'), "---\ntitle: A\npublishedAt: '2026-01-01T00:00:00Z'\nlang: en\nexternalId: '1'\n---\nBody\n");
    makeFifo(join(folder, 'x.md'));
    try {
      const { code, stdout } = await run(['validate', folder, '--json']);
      expect(code).toBe(1);
      expect(JSON.parse(stdout)).toEqual({
        files: 2,
        valid: 1,
        invalid: [{ path: 'x.md', errors: [{ code: 'unreadable', message: 'x.md is a FIFO (named pipe), not a regular file; Copydesk reads and writes only regular files.' }] }],
      });
    } finally {
      releaseFifo(join(folder, 'x.md'));
    }
  });
});

describe('index', () => {
  it('prints the documented JSON in the documented key order', async () => {
    const db = join(corpus.scratch, 'cli-index.db');
    const { code, stdout } = await run(['index', corpus.root, '--db', db, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['files', 'articles', 'invalid', 'languages', 'groups', 'orphans', 'duplicates', 'tags', 'ms']);
    expect(report).toEqual({
      files: 8,
      articles: 5,
      invalid: 3,
      languages: { en: 3, uk: 1, pt: 1 },
      groups: 3,
      // As `copydesk review` counts them: the pt file without frontmatter has no original beside it.
      orphans: ['2026/01/lost-original.pt.md', '2026/01/no-frontmatter.pt.md'],
      duplicates: [['2026/01/etf-outflows.en.md', '2026/02/etf-outflows-again.en.md']],
      tags: { MINING: 3, AI: 2, ETF: 2 },
      ms: expect.any(Number),
    });
    expect(existsSync(db)).toBe(true);
  });

  it('shows a single updating progress line on a terminal, and a summary', async () => {
    const { code, stdout, stderr } = await run(['index', corpus.root, '--db', join(corpus.scratch, 'tty.db')], { tty: true });
    expect(code).toBe(0);
    expect(stderr).toContain('\r\x1b[2K');
    expect(stderr).not.toContain('\n');
    expect(stdout).toContain('Indexed 8 files');
    expect(stdout).toContain('5 articles, 3 invalid');
  });
});

describe('search', () => {
  it('prints total and results with plain-text snippets', async () => {
    const { code, stdout } = await run(['search', corpus.root, 'outflows', '--json', '--db', join(corpus.scratch, 'search.db')]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { total: number; results: Array<{ path: string; title: string; lang: string; snippet: string }> };
    expect(report.total).toBe(2);
    expect(report.results.map((r) => r.path).sort()).toEqual(['2026/01/etf-outflows.en.md', '2026/02/etf-outflows-again.en.md']);
    const first = report.results.find((r) => r.path === '2026/01/etf-outflows.en.md');
    expect(first).toMatchObject({ title: 'Bitcoin ETF outflows continue', lang: 'en' });
    for (const r of report.results) expect(r.snippet).not.toMatch(/[\uE000\uE001]/);
    // Each snippet is cut from its own file: every piece between ellipses occurs in that file.
    for (const r of report.results) {
      const text = readFileSync(join(corpus.root, r.path), 'utf8');
      const pieces = r.snippet.split('…').map((p) => p.trim()).filter((p) => p !== '');
      expect(pieces.length).toBeGreaterThan(0);
      for (const piece of pieces) expect(text, r.path).toContain(piece);
    }
  });

  it('honours --limit and filters', async () => {
    const { code, stdout } = await run(['search', corpus.root, 'lang:en', '--json', '--limit', '1']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { total: number; results: unknown[] };
    // The list shows invalid files too: three valid en articles plus broken-yaml.en and bad-sentiment.en.
    expect(report.total).toBe(5);
    expect(report.results).toHaveLength(1);
  });
});

describe('serve', () => {
  it('serves the folder over HTTP until stopped', async () => {
    const controller = new AbortController();
    const stdout = new Collector();
    const stderr = new Collector();
    const running = runCli(['serve', corpus.root, '--db', join(corpus.scratch, 'serve.db')], { stdout, stderr, signal: controller.signal });
    const deadline = Date.now() + 10_000;
    while (!stdout.text.includes('#token=') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const match = /serving (.+) at (http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)\n/.exec(stdout.text);
    expect(match?.[1]).toBe(resolve(corpus.root));
    const [, , url, token] = match ?? [];
    const reply = await fetch(`${url}/api/validation.report`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(reply.status).toBe(200);
    const envelope = (await reply.json()) as { ok: boolean; value: { orphans: string[] } };
    // The index may still be running; the call itself must work either way.
    expect(envelope.ok).toBe(true);
    controller.abort();
    expect(await running).toBe(0);
    expect(stderr.text).toContain('Stopped.');
  });
});

describe('serve --sample', () => {
  it('copies the bundled sample site to the data folder once and serves the copy, leaving a copy of the earlier sample alone', async () => {
    const earlier = join(corpus.scratch, 'data', 'sample-articles');
    mkdirSync(join(earlier, '2026', '01'), { recursive: true });
    writeFileSync(join(earlier, '2026', '01', 'a.en.md'), 'edited by the person');
    const controller = new AbortController();
    const stdout = new Collector();
    const stderr = new Collector();
    const running = runCli(['serve', '--sample'], { stdout, stderr, signal: controller.signal });
    const deadline = Date.now() + 10_000;
    while (!stdout.text.includes('#token=') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    expect(await running).toBe(0);
    const copy = join(corpus.scratch, 'data', 'sample-site');
    expect(stdout.text).toContain(`serving ${copy} at http://127.0.0.1:`);
    expect(stderr.text).toContain('Copied the sample site');
    expect(stderr.text).toContain(`${earlier}, is left as it was`);
    expect(existsSync(join(copy, 'src', 'content.config.ts'))).toBe(true);
    expect(readdirSync(earlier)).toEqual(['2026']);
    expect(readFileSync(join(earlier, '2026', '01', 'a.en.md'), 'utf8')).toBe('edited by the person');
  });
});

describe('bin/copydesk.mjs', () => {
  const built = resolve(__dirname, '../../../out/main/cli.js');
  it.runIf(existsSync(built))('runs validate from the build (skipped until `npm run build` made out/main/cli.js)', () => {
    const result = spawnSync(process.execPath, [resolve(__dirname, '../../../bin/copydesk.mjs'), 'validate', corpus.root, '--json'], {
      encoding: 'utf8',
      env: { ...process.env },
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ files: 8, valid: 5 });
  });

  it.runIf(existsSync(built))('a reader that closes the pipe early (`| head`) is no crash: the command ends with its own exit code', async () => {
    const child = spawn(process.execPath, [resolve(__dirname, '../../../bin/copydesk.mjs'), 'validate', corpus.root, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the command writes a byte: its write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(1);
  });
});
