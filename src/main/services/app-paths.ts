import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const PRODUCT_NAME = 'Copydesk';

/**
 * The app's data folder, the same one Electron reports as `userData` for
 * productName Copydesk, so the CLI and the app share indexes. The
 * COPYDESK_DATA_DIR environment variable overrides it (tests, portable installs).
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env.COPYDESK_DATA_DIR;
  if (override) return resolve(override);
  const home = env.HOME ?? homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

/**
 * Where the index of a workspace lives: one file per folder under the data
 * folder, named by a hash of the folder's real path. Never inside the user's folder.
 */
export function defaultIndexPath(root: string, dataDir: string = appDataDir()): string {
  let real: string;
  try {
    real = realpathSync(root);
  } catch {
    real = resolve(root);
  }
  const key = createHash('sha256').update(real).digest('hex').slice(0, 16);
  return join(dataDir, 'indexes', `${key}.db`);
}
