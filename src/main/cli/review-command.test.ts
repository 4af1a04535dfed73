import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database';
import { copyReviewCorpus, type ReviewCorpus } from '../services/review/__fixtures__/review-corpus';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * `copydesk review` on a temp copy of services/review/__fixtures__/review-corpus
 * (contents listed in review-corpus.ts) and of the sample site, resources/sample-site.
 * Expected values are written out by hand from the files.
 */


async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let corpus: ReviewCorpus;
let samples: string;
beforeAll(async () => {
  corpus = await copyReviewCorpus();
  samples = await mkdtemp(join(tmpdir(), 'copydesk-review-samples-'));
  await cp(resolve(__dirname, '../../../resources/sample-site'), samples, { recursive: true });
});
afterAll(async () => {
  await corpus.dispose();
  await rm(samples, { recursive: true, force: true });
});

describe('copydesk review --json', () => {
  it('prints exactly the documented shape for the review fixture and exits 1', async () => {
    const { code, stdout, stderr } = await run(['review', corpus.root, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const counts = {
      source: 'en',
      languages: {
        de: { missing: 2, draft: 1, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 1 },
        uk: { missing: 1, draft: 0, unreviewed: 2, 'needs-work': 1, approved: 1, outdated: 0 },
      },
      outdated: ['2026/01/alpha.de.md'],
      inconsistent: [
        { path: '2026/01/beta.uk.md', checks: ['field:category'] },
        { path: '2026/02/delta.uk.md', checks: ['translated-from'] },
        { path: '2026/02/epsilon.uk.md', checks: ['untranslated:title'] },
      ],
      orphans: ['2026/02/delta.uk.md'],
    };
    // One collection (inferred from the folder, named after nothing: `content`): the top level is its summary.
    expect(JSON.parse(stdout)).toStrictEqual({ ...counts, collections: { content: counts } });
    // Key order is part of the shape; needs-work is counted per language (it was dropped before).
    expect(stdout.startsWith('{"source":"en","languages":{"de":{"missing":2,"draft":1,"unreviewed":0,"needs-work":0,"approved":0,"outdated":1}')).toBe(true);
  });

  it('reads the bundled sample site, its schema from its own content config (broken files reported, not fatal)', async () => {
    const { code, stdout } = await run(['review', samples, '--json', '--langs', 'uk,pt']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      source: 'en',
      languages: {
        // The pt file that lost its frontmatter and the uk one whose YAML is broken sit in their groups as drafts.
        // Both collections count: the three docs pages have uk translations (unreviewed) and, asked for pt, none in pt (missing).
        pt: { missing: 6 + 3, draft: 1, unreviewed: 5, 'needs-work': 0, approved: 0, outdated: 0 },
        uk: { missing: 5, draft: 1, unreviewed: 5 + 3, 'needs-work': 0, approved: 0, outdated: 0 },
      },
      outdated: [],
      inconsistent: [
        { path: 'src/content/blog/2025/12/gpu-lease-rates-soften.pt.md', checks: ['frontmatter'] },
        { path: 'src/content/blog/2026/02/lightning-merchant-fees-survey.pt.md', checks: ['translated-from'] },
        { path: 'src/content/blog/2026/02/stablecoin-payroll-pilot.uk.md', checks: ['frontmatter'] },
      ],
      orphans: ['src/content/blog/2026/02/lightning-merchant-fees-survey.pt.md'],
    });
  });

  it('exits 0 when nothing is outdated or inconsistent', async () => {
    const clean = await mkdtemp(join(tmpdir(), 'copydesk-review-clean-'));
    try {
      // The approved alpha pair: nothing outdated or inconsistent.
      await cp(join(corpus.root, '2026/01/alpha.en.md'), join(clean, 'alpha.en.md'));
      await cp(join(corpus.root, '2026/01/alpha.uk.md'), join(clean, 'alpha.uk.md'));
      const { code, stdout } = await run(['review', clean, '--json', '--langs', 'uk,de']);
      expect(code).toBe(0);
      const counts = {
        source: 'en',
        languages: {
          de: { missing: 1, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 0 },
          uk: { missing: 0, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 1, outdated: 0 },
        },
        outdated: [],
        inconsistent: [],
        orphans: [],
      };
      expect(JSON.parse(stdout)).toStrictEqual({ ...counts, collections: { content: counts } });
    } finally {
      await rm(clean, { recursive: true, force: true });
    }
  });
});

describe('copydesk review (for people)', () => {
  it('prints a table per language with needs-work, and the lists with reasons', async () => {
    const { code, stdout } = await run(['review', corpus.root]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines).toContain('lang  missing  draft  unreviewed  needs-work  approved  outdated');
    expect(lines).toContain('de          2      1           0           0         0         1');
    expect(lines).toContain('uk          1      0           2           1         1         0');
    expect(stdout).toContain('  2026/01/alpha.de.md  (source: 2026/01/alpha.en.md)');
    expect(stdout).toContain('    field:category: category must match the original');
    expect(lines.at(-2)).toBe('1 outdated, 3 inconsistent.');
  });
});

describe('copydesk review and the index', () => {
  it('reads the check results `copydesk index` stored, and checks again only a translation whose file changed', async () => {
    const db = join(corpus.scratch, 'review-index.db');
    expect((await run(['index', corpus.root, '--db', db, '--json'])).code).toBe(0);
    // What the index holds stands: marked here so that reading it (not checking again) shows.
    const conn = openDatabase(db);
    expect(conn.prepare('SELECT count(*) FROM pair_checks').pluck().get()).toBe(6);
    conn.prepare("UPDATE pair_checks SET checks = ?, ids = 'from-the-index' WHERE path = ?").run(JSON.stringify([{ id: 'from-the-index', message: 'Stored.' }]), '2026/01/beta.uk.md');
    // Without the report `copydesk index` kept, the review is made from the stored results.
    conn.prepare("DELETE FROM index_meta WHERE key = 'review-report'").run();
    conn.close();
    const inconsistent = async (): Promise<unknown> => (JSON.parse((await run(['review', corpus.root, '--db', db, '--json'])).stdout) as { inconsistent: unknown }).inconsistent;
    expect(await inconsistent()).toContainEqual({ path: '2026/01/beta.uk.md', checks: ['from-the-index'] });

    const path = join(corpus.root, '2026/01/beta.uk.md');
    await writeFile(path, `${await readFile(path, 'utf8')}\n`);
    expect(await inconsistent()).toContainEqual({ path: '2026/01/beta.uk.md', checks: ['field:category'] });
  });

  it('prints the report it kept while no file changed, and makes a new one when one did', async () => {
    const db = join(corpus.scratch, 'report-index.db');
    const review = async (): Promise<{ code: number; stdout: string }> => run(['review', corpus.root, '--db', db]);
    const first = await review();
    expect(first.stdout).toContain('2026/01/beta.uk.md\n    field:category: ');
    // The kept report is what a review with nothing changed prints: marked here so that it shows.
    const conn = openDatabase(db);
    // Kept gzipped.
    const stored = conn.prepare<[], Buffer>("SELECT value FROM index_meta WHERE key = 'review-report-findings'").pluck().get();
    const kept = JSON.parse(gunzipSync(stored ?? Buffer.alloc(0)).toString()) as { findings: Record<string, { id: string; message: string }[]> };
    kept.findings['2026/01/beta.uk.md'] = [{ id: 'field:category', message: 'Kept in the index.' }];
    conn.prepare("UPDATE index_meta SET value = ? WHERE key = 'review-report-findings'").run(gzipSync(JSON.stringify(kept)));
    conn.close();
    expect((await review()).stdout).toContain('    field:category: Kept in the index.');

    const path = join(corpus.root, '2026/02/epsilon.uk.md');
    await writeFile(path, `${await readFile(path, 'utf8')}\n`);
    const after = await review();
    expect(after.stdout).not.toContain('Kept in the index.');
    expect(after.stdout).toBe(first.stdout);
  });
});

describe('copydesk review --json from a kept report', () => {
  it('prints what the review printed when it made the report, summary and collections alike', async () => {
    const db = join(corpus.scratch, 'kept-json.db');
    const review = async (): Promise<string> => (await run(['review', corpus.root, '--db', db, '--json'])).stdout;
    const made = await review();
    const conn = openDatabase(db);
    // Kept, and kept without the summed summary (the collections' are summed when it is read).
    const stored = conn.prepare<[], Buffer>("SELECT value FROM index_meta WHERE key = 'review-report'").pluck().get();
    conn.close();
    const kept = JSON.parse(gunzipSync(stored ?? Buffer.alloc(0)).toString()) as { report: Record<string, unknown> };
    expect(Object.keys(kept.report)).not.toContain('summary');
    expect(await review()).toBe(made);
    expect((JSON.parse(made) as { inconsistent: unknown[] }).inconsistent.length).toBeGreaterThan(0);
  });

  it('makes the report again when the kept one is damaged, and prints the same', async () => {
    const db = join(corpus.scratch, 'damaged-kept.db');
    const review = async (): Promise<{ code: number; stdout: string }> => run(['review', corpus.root, '--db', db, '--json']);
    const made = await review();
    const conn = openDatabase(db);
    // Not gzip at all, then gzip of text that is not JSON: both a cache miss, never an error or an empty report.
    for (const damaged of [Buffer.from('not gzip'), gzipSync('{"token": ')]) {
      conn.prepare("UPDATE index_meta SET value = ? WHERE key = 'review-report'").run(damaged);
      expect(await review()).toEqual(made);
    }
    conn.close();
  });
});

describe('copydesk review usage', () => {
  const cases = [
    { argv: ['review'], text: 'missing DIR' },
    { argv: ['review', '.', '--langs', 'uk,??'], text: '--langs takes language codes' },
    { argv: ['review', '.', '--langs', ''], text: '--langs takes language codes' },
    { argv: ['review', '.', '--limit', '3'], text: '--limit does not apply to review' },
    { argv: ['review', '/no/such/folder'], text: 'is not a folder' },
  ];
  for (const c of cases) {
    it(`${c.argv.join(' ')} → exit 2`, async () => {
      const { code, stderr } = await run(c.argv);
      expect(code).toBe(2);
      expect(stderr).toContain(c.text);
    });
  }
});
