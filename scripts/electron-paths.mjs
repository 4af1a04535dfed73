// Where Electron and the Electron-ABI SQLite module live, without triggering
// `require('electron')`, which tries to download the binary when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The electron npm package; since Electron 45 `npm install` leaves its binary (dist/) to be fetched later. */
export const electronDir = join(projectRoot, 'node_modules', 'electron');

/** Absolute path of the Electron executable, or null when it was never downloaded. */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  if (relative === '' && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const binary = join(dist, relative || 'electron');
  return existsSync(binary) ? binary : null;
}

/**
 * True when the binary is there and is the package's version: after an upgrade of the
 * electron package the old dist/ stays behind and must be replaced, as Electron's own
 * installer decides (it compares dist/version too). A dist given by
 * ELECTRON_OVERRIDE_DIST_PATH is the person's own and is taken as it is.
 */
export function electronIsInstalled() {
  if (electronBinary() === null) return false;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const versionFile = join(electronDir, 'dist', 'version');
  return existsSync(versionFile) && readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') === electronVersion();
}

/** Version of the installed electron package (the ABI to build native modules for). */
export function electronVersion() {
  return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
}

/** Must match src/main/app/native-sqlite.ts. */
export const nativeDir = join(projectRoot, '.electron-native');
export const nativeBindingPath = join(nativeDir, 'better_sqlite3.node');
