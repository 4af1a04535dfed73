import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from './settings';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings store', () => {
  it('starts empty and remembers recent folders, newest first, without duplicates', () => {
    const store = createSettingsStore(dir);
    expect(store.recentFolders()).toEqual([]);
    store.addRecent('/a');
    store.addRecent('/b');
    store.addRecent('/a');
    expect(store.recentFolders()).toEqual(['/a', '/b']);
    expect(createSettingsStore(dir).recentFolders()).toEqual(['/a', '/b']);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ recentFolders: ['/a', '/b'], remoteContentFolders: [], folderTrust: {} });
  });

  it('keeps at most ten folders and can forget one', () => {
    const store = createSettingsStore(dir);
    for (let i = 0; i < 12; i++) store.addRecent(`/f${i}`);
    expect(store.recentFolders()).toHaveLength(10);
    expect(store.recentFolders()[0]).toBe('/f11');
    store.removeRecent('/f11');
    expect(store.recentFolders()[0]).toBe('/f10');
  });

  it('remembers per folder whether remote content is allowed, and reads an older file without the list', () => {
    writeFileSync(join(dir, 'settings.json'), '{"recentFolders": ["/a"]}');
    const store = createSettingsStore(dir);
    expect(store.isAllowed('/a')).toBe(false);
    store.allow('/a');
    store.allow('/a');
    expect(store.isAllowed('/a')).toBe(true);
    expect(store.isAllowed('/b')).toBe(false);
    const reopened = createSettingsStore(dir);
    expect(reopened.isAllowed('/a')).toBe(true);
    expect(reopened.recentFolders()).toEqual(['/a']);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ recentFolders: ['/a'], remoteContentFolders: ['/a'], folderTrust: {} });
  });

  const corrupt = ['{not json', '{"recentFolders": "nope"}', '[]'];
  for (const text of corrupt) {
    it(`falls back to defaults for a corrupt file: ${text}`, () => {
      writeFileSync(join(dir, 'settings.json'), text);
      expect(createSettingsStore(dir).recentFolders()).toEqual([]);
    });
  }
});
