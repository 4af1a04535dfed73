import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * The bundled sample site (resources/sample-site), as the first run copies it:
 * its content model comes from its own src/content.config.ts (evaluated in a
 * child process; the CLI trusts a folder it is run on), and its deliberate
 * problems are errors of that schema. Expected values read off the files.
 */

async function run(...argv: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let base: string;
let root: string;
const previousDataDir = process.env.COPYDESK_DATA_DIR;
beforeAll(async () => {
  // Outside this repository, as in the data folder: our node_modules are out of the config's reach.
  base = await mkdtemp(join(tmpdir(), 'copydesk-sample-site-'));
  root = join(base, 'sample-site');
  await cp(resolve(__dirname, '../../../resources/sample-site'), root, { recursive: true });
  process.env.COPYDESK_DATA_DIR = join(base, 'data');
});
afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  await rm(base, { recursive: true, force: true });
});

const BLOG = 'src/content/blog';

describe('the bundled sample site', () => {
  it('model: blog paired by externalId with ai.translatedFrom and English originals despite defaultLocale uk; docs paired by suffix', async () => {
    const result = await run('model', root, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual({
      collections: [
        {
          name: 'blog',
          root: BLOG,
          files: 28,
          schema: { source: 'astro-config' },
          pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom' },
          languages: ['en', 'es', 'pt', 'uk'],
          sourceLanguage: 'en',
        },
        {
          name: 'docs',
          root: 'src/content/docs',
          files: 6,
          schema: { source: 'astro-config' },
          pairing: { by: 'suffix' },
          languages: ['en', 'uk'],
          sourceLanguage: 'en',
        },
      ],
      ignored: 0,
    });
  });

  it('validate: exactly the three deliberately broken files, judged by the schema in src/content.config.ts', async () => {
    const result = await run('validate', root, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      files: 34,
      valid: 31,
      invalid: [
        {
          path: `${BLOG}/2025/12/gpu-lease-rates-soften.pt.md`,
          errors: [{ code: 'no-frontmatter', line: 1, message: expect.stringContaining('(title, publishedAt, externalId, category)') }],
        },
        // The site's z.enum(SENTIMENTS), its values from src/data/site.json through src/constants.ts.
        {
          path: `${BLOG}/2026/01/bitcoin-etf-outflows-third-week.es.md`,
          errors: [{ code: 'schema', field: 'sentiment', line: 18, message: 'sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL' }],
        },
        {
          path: `${BLOG}/2026/02/stablecoin-payroll-pilot.uk.md`,
          errors: [{ code: 'yaml-syntax', line: 2, message: expect.stringContaining('line 2, column 98') }],
        },
      ],
    });
  });
});
