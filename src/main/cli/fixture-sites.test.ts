import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFixtureSites } from '../services/content-model/test-support/fixture-site';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * validate, index and set judge each file by its collection's schema, from the
 * folder's content model: run in-process on temp copies of the content-model
 * fixture sites (real child processes for the Astro config, real SQLite).
 * Expected values read off the fixtures by hand.
 */


async function run(...argv: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const site = useFixtureSites('copydesk-sites-cli-');

const BLOG = 'src/content/blog/2026/01';
const NO_FRONTMATTER = { code: 'no-frontmatter', line: 1, message: expect.stringContaining('(title, publishedAt, externalId, category)') };

describe('the newsroom, judged by its own content config', () => {
  it('validate reports exactly the deliberate errors; its valid traps (coverImage null, ai null, relative raw) pass', async () => {
    const result = await run('validate', await site('astro-newsroom'), '--json');
    expect(result.code).toBe(1);
    // README.md (in no collection) and drafts-local/ (.gitignore) are not articles: not counted.
    expect(JSON.parse(result.stdout)).toEqual({
      files: 15,
      valid: 10,
      invalid: [
        { path: `${BLOG}/etf-outflows.pt.md`, errors: [NO_FRONTMATTER] },
        { path: `${BLOG}/no-category.en.md`, errors: [{ code: 'schema', field: 'category', line: 1, message: 'category is required' }] },
        { path: `${BLOG}/numeric-id.en.md`, errors: [{ code: 'schema', field: 'externalId', line: 5, message: 'externalId must be text' }] },
        { path: `${BLOG}/source-without-key.en.md`, errors: [{ code: 'schema', field: 'source.key', line: 7, message: 'source › key is required' }] },
        {
          path: 'src/content/docs/style-guide.uk.md',
          errors: [{ code: 'schema', field: 'publishedAt', line: 5, message: 'publishedAt: expected a date written without quotes (2026-01-31); the site does not accept a quoted date' }],
        },
      ],
    });
  });

  it('index --json counts the same five invalid files', async () => {
    const root = await site('astro-newsroom');
    const result = await run('index', root, '--json', '--db', join(root, '..', 'index.db'));
    expect(result.code).toBe(0);
    const { ms, ...report } = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(ms).toEqual(expect.any(Number));
    expect(report).toEqual({
      files: 15,
      articles: 10,
      invalid: 5,
      // Valid files only: blog en ×4, uk ×2, pt ×1; docs en ×2, uk ×1.
      languages: { en: 6, uk: 3, pt: 1 },
      // Groups of valid files, per collection: blog by externalId (4), docs by file name (getting-started, style-guide).
      groups: 6,
      orphans: [],
      duplicates: [],
      tags: { BITCOIN: 5, MINING: 3, ETF: 2 },
    });
  });

  it('--no-trust does not run the config: the inferred schemas require nothing, only the file without frontmatter fails', async () => {
    const result = await run('validate', await site('astro-newsroom'), '--json', '--no-trust');
    expect(JSON.parse(result.stdout)).toEqual({
      files: 15,
      valid: 14,
      invalid: [{ path: `${BLOG}/etf-outflows.pt.md`, errors: [{ code: 'no-frontmatter', line: 1, message: expect.any(String) }] }],
    });
  });

  it('set refuses an edit its collection rejects (a numeric externalId) and saves one it accepts beside coverImage: null', async () => {
    const root = await site('astro-newsroom');
    const db = join(root, '..', 'index.db');
    const file = `${BLOG}/grid-pause.en.md`;
    const before = readFileSync(join(root, file), 'utf8');

    const refused = await run('set', root, file, 'externalId=60342001', '--json', '--db', db);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({ path: file, changed: false, errors: [{ code: 'schema', field: 'externalId', line: 5, message: 'externalId must be text' }] });
    expect(readFileSync(join(root, file), 'utf8')).toBe(before);

    const saved = await run('set', root, file, 'title=Grid pause', '--json', '--db', db);
    expect(JSON.parse(saved.stdout)).toEqual({ path: file, changed: true, errors: [] });
    expect(readFileSync(join(root, file), 'utf8')).toBe(before.replace("title: 'County pauses new data-center grid connections'", "title: 'Grid pause'"));
  });
});

describe('the Starlight site, judged by .astro/collections/docs.schema.json', () => {
  it('its pages are valid, and a page breaking the JSON schema is reported', async () => {
    const root = await site('starlight-site', { 'src/content/docs/guides/broken.md': '---\ntemplate: wide\n---\nNo title.\n' });
    const result = await run('validate', root, '--json');
    expect(JSON.parse(result.stdout)).toEqual({
      files: 10,
      valid: 9,
      invalid: [
        {
          path: 'src/content/docs/guides/broken.md',
          errors: [
            { code: 'schema', field: 'title', line: 1, message: 'title is required' },
            { code: 'schema', field: 'template', line: 2, message: 'template must be one of doc, splash' },
          ],
        },
      ],
    });
  });
});

describe('index --json on sites paired by path: the same keys, groups from the collection’s rule', () => {
  it('Starlight: a page and its locale-folder copies are one group (index, configure, install, api)', async () => {
    const root = await site('starlight-site');
    const result = await run('index', root, '--json', '--db', join(root, '..', 'index.db'));
    expect(result.code).toBe(0);
    const { ms, ...report } = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(ms).toEqual(expect.any(Number));
    expect(report).toEqual({ files: 9, articles: 9, invalid: 0, languages: { en: 4, 'pt-br': 3, uk: 2 }, groups: 4, orphans: [], duplicates: [], tags: {} });
  });

  it('Hugo: `name.md` and `name.<lang>.md` are one group, TOML files too (_index, about/index, cold-nights, first-light)', async () => {
    const root = await site('hugo-site');
    const result = await run('index', root, '--json', '--db', join(root, '..', 'index.db'));
    const { ms, ...report } = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(ms).toEqual(expect.any(Number));
    expect(report).toEqual({
      files: 9,
      articles: 9,
      invalid: 0,
      languages: { en: 4, uk: 3, de: 2 },
      groups: 4,
      orphans: [],
      duplicates: [],
      tags: { astronomy: 3, camera: 3, weather: 2 },
    });
  });
});
