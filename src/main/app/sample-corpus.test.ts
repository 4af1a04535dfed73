import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialFolder } from './first-run';
import { ensureSampleCorpus, findSampleSource } from './sample-corpus';

let base: string;
let source: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-sample-'));
  source = join(base, 'project', 'resources', 'sample-articles');
  mkdirSync(join(source, '2026'), { recursive: true });
  writeFileSync(join(source, '2026', 'a.en.md'), 'original');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('ensureSampleCorpus', () => {
  it('copies once and never overwrites the copy', async () => {
    const target = join(base, 'data', 'sample-articles');
    expect(await ensureSampleCorpus(source, target)).toEqual({ root: target, copied: true });
    writeFileSync(join(target, '2026', 'a.en.md'), 'edited by the user');
    expect(await ensureSampleCorpus(source, target)).toEqual({ root: target, copied: false });
    expect(readFileSync(join(target, '2026', 'a.en.md'), 'utf8')).toBe('edited by the user');
    expect(readFileSync(join(source, '2026', 'a.en.md'), 'utf8')).toBe('original');
  });

  it('gives a copy made before the sample had a content-model config that config, and keeps one the person wrote', async () => {
    const target = join(base, 'data', 'sample-articles');
    await ensureSampleCorpus(source, target);
    writeFileSync(join(source, 'copydesk.config.json'), '{"collections": []}');
    expect(await ensureSampleCorpus(source, target)).toEqual({ root: target, copied: false });
    expect(readFileSync(join(target, 'copydesk.config.json'), 'utf8')).toBe('{"collections": []}');
    writeFileSync(join(target, 'copydesk.config.json'), 'mine');
    await ensureSampleCorpus(source, target);
    expect(readFileSync(join(target, 'copydesk.config.json'), 'utf8')).toBe('mine');
  });

  it('reports missing samples as not-found', async () => {
    await expect(ensureSampleCorpus(join(base, 'nowhere'), join(base, 'target'))).rejects.toMatchObject({ code: 'not-found' });
    expect(existsSync(join(base, 'target'))).toBe(false);
  });

  it('finds the samples from a nested folder', () => {
    const nested = join(base, 'project', 'out', 'main');
    mkdirSync(nested, { recursive: true });
    expect(findSampleSource(nested)).toBe(source);
  });
});

describe('initialFolder', () => {
  const project = (): string => join(base, 'project');

  it('prefers a folder named on the command line, then the newest existing recent folder', async () => {
    const named = join(base, 'named');
    const recent = join(base, 'recent');
    mkdirSync(named);
    mkdirSync(recent);
    const common = { userData: join(base, 'data'), appRoot: project() };
    expect(await initialFolder({ ...common, argv: ['--flag', named], recentFolders: [recent] })).toBe(named);
    expect(await initialFolder({ ...common, argv: [], recentFolders: [join(base, 'gone'), recent] })).toBe(recent);
  });

  it('falls back to a copy of the samples on first run', async () => {
    const root = await initialFolder({ argv: [], recentFolders: [], userData: join(base, 'data'), appRoot: project() });
    expect(root).toBe(join(base, 'data', 'sample-articles'));
    expect(existsSync(join(root, '2026', 'a.en.md'))).toBe(true);
  });
});
