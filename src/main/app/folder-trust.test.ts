import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderTrust } from './folder-trust';
import { createSettingsStore } from './settings';

/* The trust store on the app's real settings file in a temp data folder. */

let dir: string;
let data: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-trust-'));
  data = join(dir, 'data');
  for (const name of ['site', 'other', 'sample']) mkdirSync(join(dir, name));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const settingsJson = (): { folderTrust: Record<string, boolean> } => JSON.parse(readFileSync(join(data, 'settings.json'), 'utf8'));

describe('folder trust', () => {
  it('trusts nothing until asked, and remembers the answer across restarts', () => {
    const trust = createFolderTrust(createSettingsStore(data));
    expect(trust.isTrusted(join(dir, 'site'))).toBe(false);
    expect(trust.wasAsked(join(dir, 'site'))).toBe(false);
    trust.setTrusted(join(dir, 'site'), true);

    const reopened = createFolderTrust(createSettingsStore(data));
    expect(reopened.isTrusted(join(dir, 'site'))).toBe(true);
    expect(reopened.wasAsked(join(dir, 'site'))).toBe(true);
    expect(reopened.isTrusted(join(dir, 'other'))).toBe(false);
    expect(settingsJson().folderTrust).toEqual({ [realpathSync(join(dir, 'site'))]: true });
  });

  it('remembers "not now" as asked and untrusted, and a revoke as untrusted', () => {
    const trust = createFolderTrust(createSettingsStore(data));
    trust.setTrusted(join(dir, 'other'), false);
    expect(trust.isTrusted(join(dir, 'other'))).toBe(false);
    expect(trust.wasAsked(join(dir, 'other'))).toBe(true);

    trust.setTrusted(join(dir, 'site'), true);
    trust.setTrusted(join(dir, 'site'), false);
    const reopened = createFolderTrust(createSettingsStore(data));
    expect(reopened.isTrusted(join(dir, 'site'))).toBe(false);
    expect(reopened.wasAsked(join(dir, 'site'))).toBe(true);
  });

  it('keys the decision by the real path: a symlink, a trailing slash or `..` reach the same folder', () => {
    symlinkSync(join(dir, 'site'), join(dir, 'link'));
    const trust = createFolderTrust(createSettingsStore(data));
    trust.setTrusted(join(dir, 'link'), true);
    expect(trust.isTrusted(join(dir, 'site'))).toBe(true);
    expect(trust.isTrusted(`${join(dir, 'site')}/`)).toBe(true);
    expect(trust.isTrusted(join(dir, 'other', '..', 'site'))).toBe(true);
    expect(trust.isTrusted(join(dir, 'other'))).toBe(false);
    expect(Object.keys(settingsJson().folderTrust)).toEqual([realpathSync(join(dir, 'site'))]);
  });

  it('trusts the sample copy without asking, and lets the person revoke that too', () => {
    const trust = createFolderTrust(createSettingsStore(data), { ours: [join(dir, 'sample')] });
    expect(trust.isTrusted(join(dir, 'sample'))).toBe(true);
    expect(trust.wasAsked(join(dir, 'sample'))).toBe(true);
    expect(trust.isTrusted(join(dir, 'site'))).toBe(false);
    trust.setTrusted(join(dir, 'sample'), false);
    expect(createFolderTrust(createSettingsStore(data), { ours: [join(dir, 'sample')] }).isTrusted(join(dir, 'sample'))).toBe(false);
  });
});
