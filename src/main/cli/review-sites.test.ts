import { describe, expect, it } from 'vitest';
import { useFixtureSites } from '../services/content-model/test-support/fixture-site';
import { DUPLICATE_ORIGINALS } from '../services/review/__fixtures__/duplicate-originals';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * `copydesk review` on temp copies of the content-model fixture sites: each
 * file placed by the folder's content model (the CLI runs the site's Astro
 * content config, in a child process), reviewed per collection. Expected
 * values read off the fixtures by hand.
 */

async function run(...argv: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const site = useFixtureSites('copydesk-review-sites-cli-');

const BLOG = 'src/content/blog/2026/01';
const counts = (c: Partial<Record<'missing' | 'draft' | 'unreviewed' | 'needs-work' | 'approved' | 'outdated', number>>) => ({
  missing: 0,
  draft: 0,
  unreviewed: 0,
  'needs-work': 0,
  approved: 0,
  outdated: 0,
  ...c,
});

describe('copydesk review --json per collection', () => {
  it('the newsroom: blog and docs each with their languages, the top level summing them', async () => {
    const result = await run('review', await site('astro-newsroom'), '--json');
    expect(result.code).toBe(1);
    const halvingPt = {
      path: `${BLOG}/halving-countdown.pt.md`,
      // The pt translation dropped the original's source, sentiment and score, and its list.
      checks: ['field:score', 'field:sentiment', 'field:source.name', 'field:source.key', 'field:source.type', 'field:source.url', 'structure:lists'],
    };
    const blog = {
      source: 'en',
      // Seven originals; etf-outflows.pt.md lost its frontmatter and sits in its group as a draft.
      languages: { pt: counts({ missing: 5, draft: 1, unreviewed: 1 }), uk: counts({ missing: 5, unreviewed: 2 }) },
      outdated: [],
      inconsistent: [{ path: `${BLOG}/etf-outflows.pt.md`, checks: ['frontmatter'] }, halvingPt],
      orphans: [],
    };
    const docs = { source: 'en', languages: { uk: counts({ unreviewed: 2 }) }, outdated: [], inconsistent: [], orphans: [] };
    expect(JSON.parse(result.stdout)).toStrictEqual({
      source: 'en',
      languages: { pt: counts({ missing: 5, draft: 1, unreviewed: 1 }), uk: counts({ missing: 5, unreviewed: 4 }) },
      outdated: [],
      inconsistent: blog.inconsistent,
      orphans: [],
      collections: { blog, docs },
    });
  });

  it('a Starlight site (folder per locale, English at the root): every translation paired, exit 0', async () => {
    const result = await run('review', await site('starlight-site'), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const docs = {
      source: 'en',
      // Four English pages; pt-br lacks reference/api, uk lacks guides/configure and reference/api.
      languages: { 'pt-br': counts({ missing: 1, unreviewed: 3 }), uk: counts({ missing: 2, unreviewed: 2 }) },
      outdated: [],
      inconsistent: [],
      orphans: [],
    };
    expect(JSON.parse(result.stdout)).toStrictEqual({ ...docs, collections: { docs } });
  });

  it('a Hugo site (name.<lang>.md, TOML frontmatter): the de draft counted as a draft, exit 0', async () => {
    const result = await run('review', await site('hugo-site'), '--json');
    expect(result.code).toBe(0);
    const content = {
      source: 'en',
      // Four English pages (_index, about/index, cold-nights, first-light); first-light.de.md is draft: true.
      languages: { de: counts({ missing: 2, draft: 1, unreviewed: 1 }), uk: counts({ missing: 1, unreviewed: 3 }) },
      outdated: [],
      inconsistent: [],
      orphans: [],
    };
    expect(JSON.parse(result.stdout)).toStrictEqual({ ...content, collections: { content } });
  });

  it('a group with duplicate originals: each translation checked against the original beside it', async () => {
    const result = await run('review', await site('astro-newsroom', DUPLICATE_ORIGINALS), '--json');
    const report = JSON.parse(result.stdout) as { inconsistent: { path: string; checks: string[] }[] };
    expect(report.inconsistent.filter((entry) => entry.path.includes('halving-countdown.uk'))).toEqual([
      { path: `${BLOG}/halving-countdown.uk.md`, checks: ['duplicate-lang'] },
      { path: 'src/content/blog/2026/02/halving-countdown.uk.md', checks: ['duplicate-lang'] },
    ]);
  });
});

describe('copydesk review on a folder where nothing pairs', () => {
  const files = {
    'posts/harbour.en.md': '---\ntitle: The harbour\n---\nBoats.\n',
    'posts/festival.uk.md': '---\ntitle: Фестиваль\n---\nМузика.\n',
    'posts/market.pt.md': '---\ntitle: O mercado\n---\nFrutas.\n',
  };

  it('says so and exits 1: a CI gate must not pass because nothing was compared', async () => {
    const result = await run('review', await site(null, files), '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'copydesk review: The folder has files in en, pt, uk but no translation was paired with an original, so nothing was compared. Check how its collections pair translations (copydesk model), or set the pairing in copydesk.config.json.\n',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({ outdated: [], inconsistent: [] });
  });

  it('a folder in one language has nothing to pair: exit 0', async () => {
    const result = await run('review', await site(null, { 'posts/harbour.en.md': files['posts/harbour.en.md'], 'posts/quay.en.md': '---\ntitle: The quay\n---\nRopes.\n' }));
    expect(result.code).toBe(0);
  });
});
