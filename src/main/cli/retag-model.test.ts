import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFixtureSites } from '../services/content-model/test-support/fixture-site';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * `copydesk retag` on the newsroom fixture (temp copy, its Astro config
 * evaluated, real SQLite): the JSON keeps its keys, and the docs collection,
 * which has no tag list, is skipped with its own reason.
 */

async function run(...argv: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const site = useFixtureSites('copydesk-retag-model-cli-');
const BLOG = 'src/content/blog/2026/01';
const DOCS = ['getting-started.en.md', 'getting-started.uk.md', 'style-guide.en.md', 'style-guide.uk.md'].map((name) => `src/content/docs/${name}`);

describe('copydesk retag on a site with a collection without tags', () => {
  it('--json: the same keys; docs skipped as no-tag-field; the blog files renamed; undo puts them back', async () => {
    const root = await site('astro-newsroom');
    const db = join(root, '..', 'index.db');
    const file = join(root, BLOG, 'etf-outflows.en.md');
    const before = readFileSync(file, 'utf8');
    const result = await run('retag', root, '--where', '', '--rename', 'BITCOIN=BTC', '--json', '--db', db);
    // Skipped files make the exit 1, as before.
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { journal: string };
    expect(report).toEqual({
      changed: 5,
      unchanged: 5,
      skipped: [{ path: `${BLOG}/etf-outflows.pt.md`, reason: 'no-frontmatter' }, ...DOCS.map((path) => ({ path, reason: 'no-tag-field' }))],
      journal: expect.any(String),
    });
    expect(readFileSync(file, 'utf8')).toBe(before.replace('tags: [ETF, BITCOIN]', 'tags: [ETF, BTC]'));

    const undone = await run('undo', root, '--journal', report.journal, '--db', db);
    expect(undone.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('the human summary names the reason per file', async () => {
    const root = await site('astro-newsroom');
    const result = await run('retag', root, '--where', '', '--add', 'NEWS', '--dry-run', '--db', join(root, '..', 'index.db'));
    expect(result.code).toBe(0);
    for (const path of DOCS) expect(result.stdout).toContain(`skipped ${path}: no-tag-field\n`);
  });
});
