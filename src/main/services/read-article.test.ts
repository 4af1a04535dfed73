import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CopydeskError } from '@shared/errors';
import { readArticleFile } from './read-article';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-read-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof CopydeskError ? error.code : `not a CopydeskError: ${String(error)}`;
  }
}

describe('readArticleFile', () => {
  it('reads a regular file with its hash and mtime', async () => {
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\nlang: en\n---\nBody\n');
    const read = await readArticleFile(join(dir, 'a.md'), './a.md');
    expect(read).toMatchObject({ path: 'a.md', text: '---\ntitle: A\nlang: en\n---\nBody\n', lang: 'en' });
    expect(read.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers not-found for a missing file or a folder', async () => {
    mkdirSync(join(dir, 'folder.md'));
    expect(await codeOf(readArticleFile(join(dir, 'gone.md'), 'gone.md'))).toBe('not-found');
    expect(await codeOf(readArticleFile(join(dir, 'folder.md'), 'folder.md'))).toBe('not-found');
  });

  const canMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;
  it.skipIf(!canMkfifo)('refuses a FIFO named like an article with bad-input instead of waiting for a writer', async () => {
    expect(spawnSync('mkfifo', [join(dir, 'x.md')]).status).toBe(0);
    const error = await readArticleFile(join(dir, 'x.md'), 'x.md').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CopydeskError);
    expect(error).toMatchObject({ code: 'bad-input', path: 'x.md', message: expect.stringContaining('FIFO') });
  });
});
