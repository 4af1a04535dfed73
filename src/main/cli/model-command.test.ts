import { describe, expect, it } from 'vitest';
import { useFixtureSites } from '../services/content-model/test-support/fixture-site';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/* `copydesk model` in-process on temp copies of the content-model fixture sites; expected JSON written by hand. */


async function run(argv: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const fixture = useFixtureSites('copydesk-model-cli-');

describe('copydesk model --json', () => {
  it('the newsroom', async () => {
    const result = await run(['model', await fixture('astro-newsroom'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      collections: [
        {
          name: 'blog',
          root: 'src/content/blog',
          files: 11,
          schema: { source: 'astro-config' },
          pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom' },
          languages: ['en', 'pt', 'uk'],
          sourceLanguage: 'en',
        },
        { name: 'docs', root: 'src/content/docs', files: 4, schema: { source: 'astro-config' }, pairing: { by: 'suffix' }, languages: ['en', 'uk'], sourceLanguage: 'en' },
      ],
      ignored: 2,
    });
  });

  it('the newsroom with --no-trust', async () => {
    const result = await run(['model', await fixture('astro-newsroom'), '--json', '--no-trust']);
    const note = "not trusted: the site's content config (src/content.config.ts) was not run; no schema found: inferred from the files";
    expect(JSON.parse(result.stdout).collections.map((entry: { name: string; schema: unknown }) => [entry.name, entry.schema])).toEqual([
      ['blog', { source: 'inferred', note }],
      ['docs', { source: 'inferred', note }],
    ]);
  });

  it('the Starlight site', async () => {
    const result = await run(['model', await fixture('starlight-site'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      collections: [
        {
          name: 'docs',
          root: 'src/content/docs',
          files: 9,
          schema: {
            source: 'astro-json-schema',
            note: 'from .astro/collections/docs.schema.json; src/content.config.ts could not be bundled: it imports "@astrojs/starlight/loaders", but the package @astrojs/starlight is not installed in this site (run npm install in the site folder)',
          },
          pairing: { by: 'folder' },
          languages: ['en', 'pt-br', 'uk'],
          sourceLanguage: 'en',
        },
      ],
      ignored: 0,
    });
  });

  it('the Hugo site', async () => {
    const result = await run(['model', await fixture('hugo-site'), '--json']);
    expect(JSON.parse(result.stdout)).toEqual({
      collections: [
        {
          name: 'content',
          root: 'content',
          files: 9,
          schema: { source: 'inferred', note: 'a Hugo site (hugo.toml) has no schema: inferred from the files' },
          pairing: { by: 'suffix' },
          languages: ['de', 'en', 'uk'],
          sourceLanguage: 'en',
        },
      ],
      ignored: 1,
    });
  });

  it('the copydesk.config.json site', async () => {
    const result = await run(['model', await fixture('config-site'), '--json']);
    expect(JSON.parse(result.stdout)).toEqual({
      collections: [
        { name: 'articles', root: 'articles', files: 3, schema: { source: 'config' }, pairing: { by: 'key', key: 'ref' }, languages: ['en', 'fr'], sourceLanguage: 'en' },
        { name: 'notes', root: 'notes', files: 1, schema: { source: 'inferred', note: 'copydesk.config.json gives no schema for it: inferred from the files' }, pairing: { by: 'none' }, languages: ['en'], sourceLanguage: 'en' },
      ],
      ignored: 1,
    });
  });
});

describe('copydesk model', () => {
  it('prints a table, the fields, what was ignored and the notes', async () => {
    const result = await run(['model', await fixture('hugo-site')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('collection  root     files  schema    pairing  languages   source language');
    expect(lines).toContain('content     content  9      inferred  suffix   de, en, uk  en (site-default, hugo.toml)');
    expect(result.stdout).toContain('content: shared fields date, tags, translationKey; translatable description, title (inferred)');
    expect(result.stdout).toContain('Ignored: 1 Markdown file (1 by .gitignore)');
    expect(result.stdout).toContain('  - collection content: paired by suffix: it pairs the most files (files paired: key 3 (translationKey), folder 0, suffix 9)');
  });

  it('a broken config: the errors with line and column, and the fallback', async () => {
    const result = await run(['model', await fixture('broken-config-site')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  - Unknown key "colections" — copydesk.config.json is ignored until fixed (copydesk.config.json:3:3)');
    expect(result.stdout).toContain('content     .     2      inferred  suffix   de, en     en (most-files)');
  });

  it('exit 1 when there is no Markdown at all', async () => {
    const result = await run(['model', await fixture(null, { 'notes.txt': 'x' }), '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^copydesk model: no Markdown files to model in /);
  });
});
