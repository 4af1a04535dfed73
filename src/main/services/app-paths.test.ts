import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, defaultIndexPath } from './app-paths';

describe('appDataDir', () => {
  const cases = [
    { name: 'Linux default', platform: 'linux', env: { HOME: '/home/ed' }, expected: '/home/ed/.config/Copydesk' },
    {
      name: 'Linux XDG_CONFIG_HOME',
      platform: 'linux',
      env: { HOME: '/home/ed', XDG_CONFIG_HOME: '/xdg' },
      expected: '/xdg/Copydesk',
    },
    {
      name: 'macOS',
      platform: 'darwin',
      env: { HOME: '/Users/ed' },
      expected: '/Users/ed/Library/Application Support/Copydesk',
    },
    { name: 'Windows', platform: 'win32', env: { HOME: '/h', APPDATA: '/appdata' }, expected: '/appdata/Copydesk' },
    {
      name: 'override',
      platform: 'linux',
      env: { HOME: '/home/ed', COPYDESK_DATA_DIR: '/data/cd' },
      expected: '/data/cd',
    },
  ] as const;
  it.each(cases)('$name', ({ platform, env, expected }) => {
    expect(appDataDir(env, platform)).toBe(expected);
  });
});

describe('defaultIndexPath', () => {
  it('names the index by the real path of the folder, outside it', async () => {
    const base = await mkdtemp(join(tmpdir(), 'copydesk-paths-'));
    try {
      await symlink(base, join(base, 'link'));
      const viaLink = defaultIndexPath(join(base, 'link'), '/data');
      expect(viaLink).toMatch(/^\/data\/indexes\/[0-9a-f]{16}\.db$/);
      expect(defaultIndexPath(base, '/data')).toBe(viaLink);
      expect(defaultIndexPath(join(base, 'other'), '/data')).not.toBe(viaLink);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
