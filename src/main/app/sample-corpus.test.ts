import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialFolder } from './first-run';
import { earlierSampleNote, ensureSampleCorpus, findSampleSource, sampleCopyPath } from './sample-corpus';

let base: string;
let source: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-sample-'));
  source = join(base, 'project', 'resources', 'sample-site');
  mkdirSync(join(source, 'src', 'content', 'blog', '2026'), { recursive: true });
  writeFileSync(join(source, 'src', 'content', 'blog', '2026', 'a.en.md'), 'original');
  writeFileSync(join(source, 'src', 'content.config.ts'), 'export const collections = {};');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** A copy of the earlier, flat sample in the data folder, as versions before the site left it. */
function earlierCopy(): string {
  const earlier = join(base, 'data', 'sample-articles');
  mkdirSync(join(earlier, '2026', '01'), { recursive: true });
  writeFileSync(join(earlier, '2026', '01', 'a.en.md'), 'edited by the person');
  writeFileSync(join(earlier, 'copydesk.config.json'), '{"collections": []}');
  return earlier;
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('ensureSampleCorpus', () => {
  it('copies once and never overwrites the copy', async () => {
    const target = join(base, 'data', 'sample-site');
    const article = join('src', 'content', 'blog', '2026', 'a.en.md');
    expect(await ensureSampleCorpus(source, target)).toEqual({ root: target, copied: true });
    writeFileSync(join(target, article), 'edited by the user');
    expect(await ensureSampleCorpus(source, target)).toEqual({ root: target, copied: false });
    expect(readFileSync(join(target, article), 'utf8')).toBe('edited by the user');
    expect(readFileSync(join(source, article), 'utf8')).toBe('original');
  });

  it('reports a missing sample as not-found', async () => {
    await expect(ensureSampleCorpus(join(base, 'nowhere'), join(base, 'target'))).rejects.toMatchObject({ code: 'not-found' });
    expect(existsSync(join(base, 'target'))).toBe(false);
  });

  it('finds the sample from a nested folder', () => {
    const nested = join(base, 'project', 'out', 'main');
    mkdirSync(nested, { recursive: true });
    expect(findSampleSource(nested)).toBe(source);
  });

  it('the bundled sample is a site: a content config, no copydesk.config.json', () => {
    const bundled = findSampleSource(__dirname);
    expect(bundled).not.toBeNull();
    expect(existsSync(join(bundled ?? '', 'src', 'content.config.ts'))).toBe(true);
    expect(existsSync(join(bundled ?? '', 'copydesk.config.json'))).toBe(false);
  });
});

describe('earlierSampleNote', () => {
  it('names both folders when a copy of the earlier sample exists, and is null otherwise', () => {
    const data = join(base, 'data');
    expect(earlierSampleNote(data)).toBeNull();
    const earlier = earlierCopy();
    const note = earlierSampleNote(data);
    expect(note).toContain(sampleCopyPath(data));
    expect(note).toContain(`${earlier}, is left as it was`);
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
    expect(existsSync(join(base, 'data', 'sample-site'))).toBe(false);
  });

  it('falls back to a copy of the sample site on first run', async () => {
    const notes: string[] = [];
    const root = await initialFolder({ argv: [], recentFolders: [], userData: join(base, 'data'), appRoot: project(), onNote: (note) => notes.push(note) });
    expect(root).toBe(join(base, 'data', 'sample-site'));
    expect(existsSync(join(root, 'src', 'content', 'blog', '2026', 'a.en.md'))).toBe(true);
    expect(notes).toEqual([]);
  });

  it('leaves a copy of the earlier sample exactly as it was, copies the new one beside it and says so once', async () => {
    const earlier = earlierCopy();
    const before = listing(earlier);
    const notes: string[] = [];
    const options = { argv: [], recentFolders: [], userData: join(base, 'data'), appRoot: project(), onNote: (note: string) => notes.push(note) };
    expect(await initialFolder(options)).toBe(join(base, 'data', 'sample-site'));
    expect(notes).toHaveLength(1);
    expect(await initialFolder(options)).toBe(join(base, 'data', 'sample-site'));
    expect(notes).toHaveLength(1);
    expect(listing(earlier)).toEqual(before);
    expect(readFileSync(join(earlier, '2026', '01', 'a.en.md'), 'utf8')).toBe('edited by the person');
    expect(readFileSync(join(earlier, 'copydesk.config.json'), 'utf8')).toBe('{"collections": []}');
  });

  it('reopens the earlier copy when it is the recent folder, with the new sample copied beside it', async () => {
    const earlier = earlierCopy();
    const notes: string[] = [];
    expect(await initialFolder({ argv: [], recentFolders: [earlier], userData: join(base, 'data'), appRoot: project(), onNote: (note) => notes.push(note) })).toBe(earlier);
    expect(existsSync(join(base, 'data', 'sample-site', 'src', 'content.config.ts'))).toBe(true);
    expect(notes).toHaveLength(1);
    expect(readFileSync(join(earlier, '2026', '01', 'a.en.md'), 'utf8')).toBe('edited by the person');
  });

  it('still opens the earlier copy when the new sample cannot be copied', async () => {
    const earlier = earlierCopy();
    rmSync(source, { recursive: true });
    expect(await initialFolder({ argv: [], recentFolders: [earlier], userData: join(base, 'data'), appRoot: project() })).toBe(earlier);
  });
});
