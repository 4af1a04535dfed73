#!/usr/bin/env node
// Puts better-sqlite3 built for Electron's ABI into .electron-native/, leaving the Node build
// in node_modules alone (the CLI and tests need that one). First the binary better-sqlite3
// publishes for this Electron (seconds, no compiler), else a compile against Electron's headers.
// Usage: node scripts/build-electron-native.mjs [--force]
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { electronVersion, nativeBindingPath, nativeDir, projectRoot } from './electron-paths.mjs';
import { elapsedSince, lastErrorLine, progressLine } from './step-output.mjs';

const stampPath = join(nativeDir, 'electron-version.txt');
const sqlitePackage = join(projectRoot, 'node_modules', 'better-sqlite3');

/** True when the Electron-ABI module exists and was built for the installed Electron. */
export function nativeBindingIsCurrent() {
  return existsSync(nativeBindingPath) && existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === electronVersion();
}

/**
 * Where node-gyp fetches Electron's headers. ELECTRON_HEADERS_MIRROR (or `electron_headers_mirror`
 * in .npmrc) points it elsewhere, as ELECTRON_MIRROR does for the binary.
 */
export function headersUrl(env = process.env) {
  return env.npm_config_electron_headers_mirror ?? env.ELECTRON_HEADERS_MIRROR ?? 'https://www.electronjs.org/headers';
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

/** Runs a command, handing each output line to `onLine`; resolves to { code, output }. */
function run(command, args, { cwd, env, onLine = () => {} }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        output += chunk;
        const lines = (partial + chunk).split('\n');
        partial = lines.pop();
        lines.forEach(onLine);
      });
    }
    child.on('error', (error) => resolve({ code: null, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const GYP_BOILERPLATE = /^gyp ERR! (System|command|cwd|node -v|node-gyp -v|not ok)\b/;

/**
 * What made node-gyp fail, as one line: a compiler's `error:` or a missing tool when the
 * compile broke, else node-gyp's own error (the first line of the stack it prints).
 */
export function nodeGypCause(output) {
  const lines = output.split(/\r?\n/).map((line) => line.trim());
  const compiler = lines.filter((line) => !line.startsWith('gyp') && /\berror:|: not found$/i.test(line)).at(-1);
  if (compiler) return compiler;
  const stack = lines.find((line) => /^gyp ERR! stack (?!\s*at\s)/.test(line));
  if (stack) return stack.replace(/^gyp ERR! stack\s*/, '');
  return lastErrorLine(lines.filter((line) => !GYP_BOILERPLATE.test(line)).join('\n'));
}

/** The phase a node-gyp output line announces, for the progress line. */
function gypPhase(line) {
  if (/^gyp http GET /.test(line)) return "downloading Electron's headers";
  const compiled = /\b(?:CC|CXX)\(target\) (\S+)/.exec(line);
  if (compiled) return `compiling ${basename(compiled[1]).replace(/\.o$/, '')}`;
  if (/\b(?:SOLINK_MODULE|LINK|AR)\(target\)/.test(line)) return 'linking';
  return null;
}

/** better-sqlite3's published binary for this Electron, through its own prebuild-install (which honours its mirror settings). */
async function fetchPrebuilt(copy, version, env) {
  let prebuildInstall;
  try {
    prebuildInstall = createRequire(join(sqlitePackage, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return { cause: 'prebuild-install is not installed' };
  }
  const { code, output } = await run(process.execPath, [prebuildInstall, '--runtime=electron', `--target=${version}`], { cwd: copy, env });
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (code === 0 && existsSync(built)) return { built };
  return { cause: lastErrorLine(output).replace(/^prebuild-install (?:warn|WARN|ERR!) \S+ /, '') || `prebuild-install exited with ${code}` };
}

/** Compiles the copy against Electron's headers with node-gyp, reporting its phase. */
async function compile(copy, version, env, log) {
  log(`Compiling the SQLite module for Electron ${version} from source (a few minutes, once; needs Python, make and a C++ compiler)…`);
  const [command, prefix] = nodeGypCommand();
  const progress = progressLine();
  const started = Date.now();
  let phase = 'starting node-gyp';
  const show = () => progress.update(`  Building the SQLite module: ${phase} (${elapsedSince(started)})`, phase);
  show();
  const tick = setInterval(show, 1000);
  const { code, output } = await run(
    command,
    [...prefix, 'rebuild', '--release', '--runtime=electron', `--target=${version}`, `--dist-url=${headersUrl(env)}`, '--jobs=max'],
    {
      cwd: copy,
      env,
      onLine: (line) => {
        const next = gypPhase(line);
        if (next !== null && next !== phase) {
          phase = next;
          show();
        }
      },
    },
  );
  clearInterval(tick);
  progress.done();
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (code === 0 && existsSync(built)) return { built };
  return { cause: nodeGypCause(output) || `node-gyp exited with ${code}` };
}

/**
 * Puts an Electron-ABI better_sqlite3.node into .electron-native/, working on a temporary copy
 * of node_modules/better-sqlite3. Resolves to { ok, message }; on failure the message is one
 * line naming the cause.
 */
export async function buildElectronNative({ log = (line) => process.stderr.write(`${line}\n`), env: baseEnv = process.env } = {}) {
  const version = electronVersion();
  const work = mkdtempSync(join(tmpdir(), 'copydesk-sqlite-'));
  try {
    const copy = join(work, 'better-sqlite3');
    // Copy the package's real folder: where node_modules/better-sqlite3 is a link (pnpm, or a linked
    // checkout), copying the link would make `copy` the installed package itself, and the build below
    // would replace the Node module the command line and tests load with an Electron one.
    const source = realpathSync(sqlitePackage);
    cpSync(source, copy, { recursive: true, filter: (src) => src !== join(source, 'build') && !src.startsWith(join(source, 'build', '/')) });
    const env = { ...baseEnv };
    // A configured nodedir (Node's own headers) would silently win over --target and build for the wrong ABI.
    for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];

    log(`Getting the SQLite module for Electron ${version} (once)…`);
    let result = await fetchPrebuilt(copy, version, env);
    if (!result.built) {
      log(`  No prebuilt module to download (${result.cause}).`);
      result = await compile(copy, version, env, log);
    }
    if (!result.built) return { ok: false, message: `Could not build the SQLite module for Electron ${version}: ${result.cause}` };
    mkdirSync(nativeDir, { recursive: true });
    copyFileSync(result.built, nativeBindingPath);
    writeFileSync(stampPath, `${version}\n`);
    return { ok: true, message: `The SQLite module for Electron ${version} is in ${nativeBindingPath}.` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--force') && nativeBindingIsCurrent()) {
    console.log(`Up to date: ${nativeBindingPath}`);
  } else {
    const { ok, message } = await buildElectronNative();
    (ok ? console.log : console.error)(message);
    process.exitCode = ok ? 0 : 1;
  }
}
