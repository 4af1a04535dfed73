import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc/contract';
import { openSession, valueOf } from '../api/__fixtures__/open-session';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * `copydesk repair`, `undo` and `review` in-process on a fresh copy of the
 * seed site (services/repair/__fixtures__/seed-site): the seed's pt body with
 * no frontmatter beside its English original and uk translation.
 */

const SEED_SITE = join(__dirname, '../services/repair/__fixtures__/seed-site');
const PT = '2026/01/coreweave-crypto-to-ai.pt.md';


let base: string;
let root: string;
const previousDataDir = process.env.COPYDESK_DATA_DIR;

beforeEach(() => {
  if (base) rmSync(base, { recursive: true, force: true });
  base = mkdtempSync(join(tmpdir(), 'copydesk-repair-cli-'));
  root = join(base, 'site');
  cpSync(SEED_SITE, root, { recursive: true });
  process.env.COPYDESK_DATA_DIR = join(base, 'data');
});

afterAll(() => {
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  rmSync(base, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const bytes = (rel: string): Buffer => readFileSync(join(root, rel));
const db = (): string[] => ['--db', join(base, 'index.db')];

describe('copydesk repair', () => {
  it('--dry-run --json prints the planned frontmatter and writes nothing', async () => {
    const before = bytes(PT);
    const { code, stdout } = await run('repair', root, PT, '--dry-run', '--json', ...db());
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['path', 'changed', 'frontmatter', 'warnings', 'original']);
    expect(report).toMatchObject({ path: PT, changed: true, original: '2026/01/coreweave-crypto-to-ai.en.md' });
    expect(report.frontmatter).toMatchObject({ lang: 'pt', externalId: '57619983', ai: { translatedFrom: '57619983' }, draft: true, category: 'MINING' });
    expect(bytes(PT).equals(before)).toBe(true);
  });

  it('repairs, then `copydesk undo` restores the exact old bytes', async () => {
    const before = bytes(PT);
    const repaired = await run('repair', root, PT, '--json', ...db());
    expect(repaired.code).toBe(0);
    const report = JSON.parse(repaired.stdout) as { changed: boolean; journal: string };
    expect(report.changed).toBe(true);
    const after = bytes(PT);
    expect(after.subarray(after.length - before.length).equals(before)).toBe(true);
    expect(after.toString('utf8').startsWith("---\ntitle: 'CoreWeave shows how")).toBe(true);
    expect((await run('validate', root, '--json')).stdout).not.toContain(PT);

    const undone = await run('undo', root, '--json', ...db());
    expect(undone.code).toBe(0);
    expect(JSON.parse(undone.stdout)).toEqual({ journal: report.journal, restored: [PT], skipped: [], complete: true });
    expect(bytes(PT).equals(before)).toBe(true);
  });

  it('exits 1 with the reason when no original can be found', async () => {
    writeFileSync(join(root, '2026/01/alone.pt.md'), 'Sem original.\n');
    const human = await run('repair', root, '2026/01/alone.pt.md', ...db());
    expect(human.code).toBe(1);
    expect(human.stderr).toContain('No original found for 2026/01/alone.pt.md: there is no 2026/01/alone.en.md');
    const json = await run('repair', root, '2026/01/alone.pt.md', '--json', ...db());
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ path: '2026/01/alone.pt.md', changed: false, frontmatter: {}, warnings: [] });
  });

  it('shows broken YAML and replaces it only with --replace-broken', async () => {
    const broken = "---\ntitle: 'Sem fim\n---\nCorpo.\n";
    writeFileSync(join(root, PT), broken);
    const refused = await run('repair', root, PT, ...db());
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("- title: 'Sem fim");
    expect(refused.stderr).toContain('--replace-broken');
    expect(bytes(PT).toString('utf8')).toBe(broken);
    const done = await run('repair', root, PT, '--replace-broken', ...db());
    expect(done.code).toBe(0);
    expect(bytes(PT).toString('utf8').endsWith('---\nCorpo.\n')).toBe(true);
  });
});

describe('copydesk review and the Review dashboard agree on the file', () => {
  it('count it once, as a pt draft with the frontmatter check, in its group', async () => {
    const cli = await run('review', root, '--json');
    const fromCli = JSON.parse(cli.stdout) as { languages: Record<string, Record<string, number>>; orphans: string[]; inconsistent: { path: string }[] };
    const session = await openSession(root, base);
    try {
      const fromApp = valueOf<{ summary: typeof fromCli }>(await session.dispatch('review.summary', contract['review.summary'].input.parse({})));
      // The CLI prints every count but needs-work in JSON; the rest must be the dashboard's.
      for (const [lang, counts] of Object.entries(fromCli.languages)) {
        expect(counts).toEqual(Object.fromEntries(Object.entries(fromApp.summary.languages[lang] ?? {}).filter(([key]) => key in counts)));
      }
      expect(fromCli.orphans).toEqual(fromApp.summary.orphans);
      expect(fromCli.inconsistent).toEqual(fromApp.summary.inconsistent);
      expect(fromCli.languages.pt).toMatchObject({ missing: 0, draft: 1 });
      expect(fromCli.orphans).not.toContain(PT);
    } finally {
      await session.close();
    }
  });
});
