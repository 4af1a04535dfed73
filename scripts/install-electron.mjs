// Downloads Electron's binary with Electron's own installer (node_modules/electron/install.js,
// the `install-electron` bin). Since Electron 45 `npm install` no longer does it, so the first
// `npm start` does. Running the package's installer rather than a download of our own keeps
// everything Electron documents for it: ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR,
// electron_config_cache, electron_use_remote_checksums, force_no_cache, proxies, its checksums.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary, electronDir, electronVersion } from './electron-paths.mjs';
import { lastErrorLine, progressLine } from './step-output.mjs';

/** Where the installer downloads from, as @electron/get reads it (for the messages only). */
function downloadSource(env) {
  const mirror =
    env.npm_config_electron_mirror ?? env.NPM_CONFIG_ELECTRON_MIRROR ?? env.npm_package_config_electron_mirror ?? env.ELECTRON_MIRROR;
  return mirror ? `the mirror ${mirror}` : 'GitHub';
}

/** Bytes of the files under `dir` (the installer's download in progress), or null when they moved while counted. */
function bytesUnder(dir) {
  try {
    let total = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) total += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
    }
    return total;
  } catch {
    // The installer moved the download into Electron's cache while we counted.
    return null;
  }
}

/** Electron's installer declares this Node; older ones often work (require(esm) came to 20.19) but are not promised. */
function nodeIsSupportedByInstaller() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/**
 * Runs Electron's installer and reports its progress. Resolves to { ok, message }: on failure
 * the message is one line with the installer's own cause (its last error line, not its stack).
 */
export async function installElectron({ log = (line) => process.stderr.write(`${line}\n`), env = process.env } = {}) {
  const version = electronVersion();
  log(`Electron ${version} is not downloaded yet: downloading it once (about 100 MB) from ${downloadSource(env)} with Electron's installer.`);
  if (!nodeIsSupportedByInstaller()) {
    log(`(Electron's installer asks for Node 22.12 or newer; this is Node ${process.versions.node}. If the download fails, try a newer Node.)`);
  }

  // The installer downloads into the system temp folder; giving it a folder of its own
  // (inside that temp folder) lets us watch the download grow and show it.
  const temp = mkdtempSync(join(tmpdir(), 'copydesk-electron-'));
  const progress = progressLine();
  let seen = 0;
  const tick = setInterval(() => {
    const bytes = bytesUnder(temp);
    if (bytes === null) return;
    if (bytes > 0) {
      seen = bytes;
      progress.update(`  Downloading Electron: ${(bytes / 1e6).toFixed(1)} MB of about 100 MB`, 'download');
    } else if (seen > 0) {
      progress.update('  Unpacking Electron…', 'unpack');
    }
  }, 500);

  let stderr = '';
  const result = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      cwd: electronDir,
      env: { ...env, TMPDIR: temp, TMP: temp, TEMP: temp },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('close', (code) => resolve({ code }));
  });
  clearInterval(tick);
  progress.done();
  rmSync(temp, { recursive: true, force: true });

  if (result.code === 0 && electronBinary() !== null) {
    return { ok: true, message: `Electron ${version} is downloaded; later starts use it.` };
  }
  let cause =
    result.code === 0
      ? `the installer finished, but there is no Electron binary in ${join(electronDir, 'dist')}`
      : (result.error?.message ?? lastErrorLine(stderr)) || `the installer exited with ${result.code} and printed no error`;
  // Node's fetch keeps the reason (DNS, refused, TLS) in a `cause` the installer does not print.
  if (/fetch failed/.test(cause)) cause += ' (the network, a proxy or the mirror could not be reached)';
  return { ok: false, message: `Could not download Electron ${version} from ${downloadSource(env)}: ${cause}` };
}
