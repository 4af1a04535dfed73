import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Which folders the renderer may ask main to open with `workspace.open`.
 * A page that could name any path could make the app index (and, for a
 * trusted folder, run code from) a folder the person never chose; so only
 * folders the person picked in the native dialog during this run, or that
 * are in the recent-folders list of settings (opened before), qualify.
 */
export interface FolderGrants {
  /** Records a folder the person chose in the dialog (or named on the command line). */
  grant(root: string): void;
  /** True when `root` is, after resolving symlinks, a granted or recent folder. */
  mayOpen(root: string): Promise<boolean>;
}

export function createFolderGrants({ recentFolders }: { recentFolders: () => readonly string[] }): FolderGrants {
  const granted = new Set<string>();
  return {
    grant(root) {
      granted.add(resolve(root));
    },
    async mayOpen(root) {
      const wanted = await canonical(root);
      if (wanted === null) return false;
      for (const known of [...granted, ...recentFolders()]) {
        if ((await canonical(known)) === wanted) return true;
      }
      return false;
    },
  };
}

/** The real path of an existing folder, or null (a missing folder is never a match). */
async function canonical(path: string): Promise<string | null> {
  try {
    return await realpath(resolve(path));
  } catch {
    return null;
  }
}
