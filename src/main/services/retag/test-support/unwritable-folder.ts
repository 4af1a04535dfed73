import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes `dir` refuse new files and renames (so no file in it can be
 * replaced) and returns the function that lifts it; or, when that is
 * impossible here, the reason to skip the test with. Root ignores
 * permissions, so as root the folder is made immutable (chattr +i).
 */
export function makeUnwritable(dir: string): (() => void) | string {
  const writable = (): boolean => {
    try {
      writeFileSync(join(dir, '.probe'), '');
      rmSync(join(dir, '.probe'));
      return true;
    } catch {
      return false;
    }
  };
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    if (!writable()) return () => chmodSync(dir, 0o755);
    chmodSync(dir, 0o755);
    return 'a folder with mode 555 is still writable here';
  }
  const set = spawnSync('chattr', ['+i', dir], { encoding: 'utf8' });
  if (set.status !== 0) return `running as root, and chattr +i failed: ${(set.stderr || String(set.error)).trim()}`;
  const lift = (): void => {
    spawnSync('chattr', ['-i', dir]);
  };
  if (!writable()) return lift;
  lift();
  return 'an immutable folder (chattr +i) is still writable here';
}
