import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderGrants } from './folder-grants';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-grants-'));
  for (const name of ['chosen', 'recent', 'other']) mkdirSync(join(dir, name));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('folder grants', () => {
  it('allows a folder chosen in the dialog and a recent folder, nothing else', async () => {
    const grants = createFolderGrants({ recentFolders: () => [join(dir, 'recent')] });
    grants.grant(join(dir, 'chosen'));
    expect(await grants.mayOpen(join(dir, 'chosen'))).toBe(true);
    expect(await grants.mayOpen(join(dir, 'recent'))).toBe(true);
    expect(await grants.mayOpen(join(dir, 'other'))).toBe(false);
    expect(await grants.mayOpen(dir)).toBe(false);
    expect(await grants.mayOpen('/')).toBe(false);
  });

  it('compares real paths: a trailing slash or a symlink to a granted folder matches, `..` out of it does not', async () => {
    symlinkSync(join(dir, 'chosen'), join(dir, 'link'));
    const grants = createFolderGrants({ recentFolders: () => [] });
    grants.grant(join(dir, 'chosen'));
    expect(await grants.mayOpen(`${join(dir, 'chosen')}/`)).toBe(true);
    expect(await grants.mayOpen(join(dir, 'link'))).toBe(true);
    expect(await grants.mayOpen(join(dir, 'chosen', '..', 'other'))).toBe(false);
  });

  it('follows the recent list as it changes and refuses folders that no longer exist', async () => {
    const recent: string[] = [];
    const grants = createFolderGrants({ recentFolders: () => recent });
    expect(await grants.mayOpen(join(dir, 'recent'))).toBe(false);
    recent.push(join(dir, 'recent'));
    expect(await grants.mayOpen(join(dir, 'recent'))).toBe(true);
    rmSync(join(dir, 'recent'), { recursive: true });
    expect(await grants.mayOpen(join(dir, 'recent'))).toBe(false);
  });
});
