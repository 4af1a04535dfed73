import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RemoteContentGrants } from '../services/remote-content';
import type { TrustDecisions } from './folder-trust';

/** How many folders File ▸ Open Recent remembers. */
const MAX_RECENT = 10;

const settingsFile = z.object({
  recentFolders: z.array(z.string()).default([]),
  /** Folders whose articles may load remote images (the person clicked "Load remote images for this folder"). */
  remoteContentFolders: z.array(z.string()).default([]),
  /** Per folder (real path): whether its own code (content config) may run — true: trusted, false: refused or revoked (see folder-trust). */
  folderTrust: z.record(z.string(), z.boolean()).default({}),
});

type SettingsData = z.infer<typeof settingsFile>;

/** The app's own settings (recent folders, remote-content consent, folder trust), as JSON in the user-data folder. */
export interface SettingsStore extends RemoteContentGrants, TrustDecisions {
  recentFolders(): string[];
  /** Moves `root` to the front of the recent list. */
  addRecent(root: string): void;
  removeRecent(root: string): void;
}

/**
 * Settings in `<dir>/settings.json`. A missing or corrupt file means defaults
 * (settings are a convenience, never a reason not to start); writes go
 * through a temp file and rename so a crash cannot leave half a file.
 */
export function createSettingsStore(dir: string): SettingsStore {
  const file = join(dir, 'settings.json');
  let data = load(file);

  const save = (next: SettingsData): void => {
    data = next;
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`);
    renameSync(temp, file);
  };

  return {
    recentFolders: () => [...data.recentFolders],
    addRecent(root) {
      save({ ...data, recentFolders: [root, ...data.recentFolders.filter((r) => r !== root)].slice(0, MAX_RECENT) });
    },
    removeRecent(root) {
      save({ ...data, recentFolders: data.recentFolders.filter((r) => r !== root) });
    },
    isAllowed: (root) => data.remoteContentFolders.includes(root),
    allow(root) {
      if (!data.remoteContentFolders.includes(root)) save({ ...data, remoteContentFolders: [...data.remoteContentFolders, root] });
    },
    trustDecision: (root) => data.folderTrust[root],
    recordTrust(root, trusted) {
      if (data.folderTrust[root] !== trusted) save({ ...data, folderTrust: { ...data.folderTrust, [root]: trusted } });
    },
  };
}

function load(file: string): SettingsData {
  try {
    const parsed = settingsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Missing or unreadable: defaults below.
  }
  return { recentFolders: [], remoteContentFolders: [], folderTrust: {} };
}
