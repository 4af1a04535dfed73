#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving the
// Node build in node_modules alone (the CLI and tests need that one).
// Usage: node scripts/build-electron-native.mjs [--force]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { electronVersion, nativeBindingPath, nativeDir, projectRoot } from './electron-paths.mjs';

const stampPath = join(nativeDir, 'electron-version.txt');

/** True when the Electron-ABI module exists and was built for the installed Electron. */
export function nativeBindingIsCurrent() {
  return existsSync(nativeBindingPath) && existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === electronVersion();
}

/** npm's own node-gyp: `npm run` exports it; otherwise it sits beside node in a standard install. */
function nodeGypCommand() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(projectRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const script = candidates.find((c) => c && existsSync(c));
  return script ? [process.execPath, [script]] : ['npx', ['--yes', 'node-gyp']];
}

/**
 * Compiles a temporary copy of node_modules/better-sqlite3 against Electron's
 * headers and copies the result to .electron-native/. Returns { ok, message }.
 */
export function buildElectronNative({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const version = electronVersion();
  const work = mkdtempSync(join(tmpdir(), 'copydesk-sqlite-'));
  try {
    const copy = join(work, 'better-sqlite3');
    cpSync(join(projectRoot, 'node_modules', 'better-sqlite3'), copy, {
      recursive: true,
      filter: (src) => !src.startsWith(join(projectRoot, 'node_modules', 'better-sqlite3', 'build')),
    });
    log(`Building the SQLite module for Electron ${version} (a few minutes, once)…`);
    const env = { ...process.env };
    // A configured nodedir (Node's own headers) would silently win over --target and build for the wrong ABI.
    for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
    const [command, prefix] = nodeGypCommand();
    const result = spawnSync(
      command,
      [...prefix, 'rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers', '--jobs=max'],
      { cwd: copy, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !existsSync(built)) {
      const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
      const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|Could not resolve|network/i.test(output);
      const tail = output.trim().split('\n').slice(-8).join('\n');
      return {
        ok: false,
        message: offline
          ? `Could not download Electron ${version}'s headers from electronjs.org (the network refused). Connect to the internet and run \`npm start\` again, or use \`npm run serve\` for the same interface in a browser.`
          : `Building the SQLite module for Electron failed (node-gyp exit ${result.status ?? result.error?.message}). Last lines:\n${tail}`,
      };
    }
    mkdirSync(nativeDir, { recursive: true });
    copyFileSync(built, nativeBindingPath);
    writeFileSync(stampPath, `${version}\n`);
    return { ok: true, message: `Built ${nativeBindingPath}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--force') && nativeBindingIsCurrent()) {
    console.log(`Up to date: ${nativeBindingPath}`);
  } else {
    const { ok, message } = buildElectronNative();
    (ok ? console.log : console.error)(message);
    process.exitCode = ok ? 0 : 1;
  }
}
