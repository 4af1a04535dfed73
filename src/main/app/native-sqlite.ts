import { existsSync } from 'node:fs';
import { join } from 'node:path';

/*
 * better-sqlite3 in node_modules is compiled for Node (the CLI and tests use
 * it). Electron needs the same module compiled for its own ABI; `npm start`
 * builds that copy into `.electron-native/` and the app passes its path to
 * better-sqlite3 as `nativeBinding`.
 */

/** Folder (inside the project) holding the Electron-ABI build. */
export const ELECTRON_NATIVE_DIR = '.electron-native';

/** Where the Electron-ABI better-sqlite3 binary is expected; COPYDESK_NATIVE_BINDING overrides. */
export function electronNativeBindingPath(appRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.COPYDESK_NATIVE_BINDING ?? join(appRoot, ELECTRON_NATIVE_DIR, 'better_sqlite3.node');
}

/** The binding's path when it exists, else null. */
export function findElectronNativeBinding(appRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const path = electronNativeBindingPath(appRoot, env);
  return existsSync(path) ? path : null;
}

/** What to tell a person when the binding is missing: what broke and the one command that fixes it. */
export function missingNativeBindingMessage(expectedPath: string): string {
  return [
    `Copydesk needs its SQLite module built for Electron, and it is not there:`,
    expectedPath,
    '',
    'Start Copydesk with `npm start` from the Copydesk folder: it gets the module once (a prebuilt binary for this Electron, or a compile against the Electron headers).',
    'To use Copydesk without Electron, run `npm run serve` and open the printed address in your browser.',
  ].join('\n');
}
