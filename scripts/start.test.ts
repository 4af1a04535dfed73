import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZipFile } from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * `npm start` on a clean clone, without the internet: a server on 127.0.0.1 stands in for
 * GitHub (Electron's archive and SHASUMS256.txt), for better-sqlite3's prebuilt binaries and
 * for electronjs.org/headers. The start script runs for real, through npm, in a temp copy of
 * the project whose node_modules links to the installed packages except `electron`, which is
 * a fresh copy of the package as npm leaves it since Electron 45 (no dist/, no path.txt).
 * So Electron's real installer downloads, checks and unpacks into the copy, and the
 * node_modules/electron everyone else uses is never touched.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const installed = join(repoRoot, 'node_modules');
const electronPackage = JSON.parse(readFileSync(join(installed, 'electron', 'package.json'), 'utf8')) as { version: string };
const sqlitePackage = JSON.parse(readFileSync(join(installed, 'better-sqlite3', 'package.json'), 'utf8')) as { version: string };
const electronVersion = electronPackage.version;
const abi = readFileSync(join(installed, 'electron', 'abi_version'), 'utf8').trim();
const target = `${process.platform}-${process.arch}`;

const archiveName = `electron-v${electronVersion}-${target}.zip`;
const electronPath = `/electron/v${electronVersion}/${archiveName}`;
const shasumsPath = `/electron/v${electronVersion}/SHASUMS256.txt`;
const prebuiltPath = `/sqlite/v${sqlitePackage.version}/better-sqlite3-v${sqlitePackage.version}-electron-v${abi}-${target}.tar.gz`;
const headersPath = `/headers/v${electronVersion}/node-v${electronVersion}-headers.tar.gz`;

// Records how it was launched, beside itself: working folder, arguments, ELECTRON_RUN_AS_NODE.
const standInElectron = [
  '#!/bin/sh',
  '{ pwd; for arg in "$@"; do echo "$arg"; done; echo "ELECTRON_RUN_AS_NODE=${ELECTRON_RUN_AS_NODE-unset}"; } > "$(dirname "$0")/launched-with.txt"',
  '',
].join('\n');
const standInBinding = Buffer.from('stand-in better_sqlite3.node, never loaded\n');

let scratch: string;
let archive: Buffer;
let prebuilt: Buffer;
/** The mirror's SHASUMS256.txt, giving `bytes`' hash for the archive. */
const shasums = (bytes: Buffer) => Buffer.from(`${createHash('sha256').update(bytes).digest('hex')} *${archiveName}\n`);

function zip(entries: { name: string; bytes: Buffer; mode: number }[]): Promise<Buffer> {
  const file = new ZipFile();
  for (const { name, bytes, mode } of entries) file.addBuffer(bytes, name, { mode });
  file.end();
  const chunks: Buffer[] = [];
  return new Promise((done, fail) => {
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('end', () => done(Buffer.concat(chunks)));
    file.outputStream.on('error', fail);
  });
}

/** What prebuild-install downloads: a tar.gz holding build/Release/better_sqlite3.node. */
function tarball(): Buffer {
  const dir = mkdtempSync(join(scratch, 'tar-'));
  mkdirSync(join(dir, 'build', 'Release'), { recursive: true });
  writeFileSync(join(dir, 'build', 'Release', 'better_sqlite3.node'), standInBinding);
  const tar = spawnSync('tar', ['-czf', '-', '-C', dir, 'build/Release/better_sqlite3.node']);
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr.toString()}`);
  return tar.stdout;
}

/**
 * A server answering the given paths with 200 and everything else with 404; it lists the paths
 * asked for. A path in `slow` is sent in two halves two seconds apart, so a download is seen
 * under way (the start script looks at it twice a second).
 */
async function serve(files: Record<string, Buffer>, slow: string[] = []): Promise<{ url: string; asked: string[]; close: () => Promise<void> }> {
  const asked: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '';
    asked.push(path);
    const body = files[path];
    if (body === undefined) return response.writeHead(404).end('not here');
    response.writeHead(200, { 'content-length': body.length });
    if (!slow.includes(path)) return response.end(body);
    const half = Math.floor(body.length / 2);
    response.write(body.subarray(0, half));
    setTimeout(() => response.end(body.subarray(half)), 2000);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, asked, close: () => new Promise((done) => server.close(() => done())) };
}

/** A clean clone: the project's files, installed packages linked, electron as npm leaves it (no binary). */
function cleanClone(): string {
  const project = mkdtempSync(join(scratch, 'copydesk-'));
  const files = ['package.json', 'scripts', 'src', 'resources', 'electron.vite.config.ts', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json', 'tsconfig.web.json'];
  for (const name of files) cpSync(join(repoRoot, name), join(project, name), { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync(installed)) {
    // Dot folders other than .bin are caches (vite's) that a build would write into.
    if (name === 'electron' || (name.startsWith('.') && name !== '.bin')) continue;
    symlinkSync(join(installed, name), join(project, 'node_modules', name));
  }
  const electron = join(installed, 'electron');
  cpSync(electron, join(project, 'node_modules', 'electron'), {
    recursive: true,
    filter: (src) => !['dist', 'path.txt'].includes(relative(electron, src)),
  });
  return project;
}

/** `npm start` as a person types it, with every download pointed at `mirror` and every cache in the scratch folder. */
function npmStart(args: string[], { cwd, mirror }: { cwd: string; mirror: string }): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // What this machine's own setup says about Electron must not steer the test (CI sets the first).
  for (const key of Object.keys(env)) if (/^(electron_|npm_config_electron|npm_config_better_sqlite3|force_no_cache)/i.test(key)) delete env[key];
  const caches = join(scratch, 'caches');
  writeFileSync(join(scratch, 'npmrc'), '');
  Object.assign(env, {
    ELECTRON_MIRROR: `${mirror}/electron/`,
    electron_config_cache: join(caches, 'electron'),
    electron_use_remote_checksums: '1',
    npm_config_better_sqlite3_binary_host: `${mirror}/sqlite`,
    ELECTRON_HEADERS_MIRROR: `${mirror}/headers`,
    npm_config_userconfig: join(scratch, 'npmrc'),
    npm_config_cache: join(caches, 'npm'),
    XDG_CACHE_HOME: caches, // node-gyp keeps Electron's headers here
    // start.mjs must not hand this on to Electron.
    ELECTRON_RUN_AS_NODE: '1',
  });
  return new Promise((done) => {
    const child = spawn('npm', ['start', ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => done({ code, stderr }));
  });
}

const launchRecord = (project: string) => join(project, 'node_modules', 'electron', 'dist', 'launched-with.txt');
const stackFrames = (text: string) => text.split('\n').filter((line) => /^\s+at\s/.test(line));

/** The installed electron package's top-level entries and path.txt: what the test must leave alone. */
function installedElectronState(): string {
  const dir = join(installed, 'electron');
  const pathTxt = existsSync(join(dir, 'path.txt')) ? readFileSync(join(dir, 'path.txt'), 'utf8') : '(none)';
  const dist = existsSync(join(dir, 'dist')) ? readdirSync(join(dir, 'dist')).sort().join(',') : '(none)';
  return `${readdirSync(dir).sort().join(',')} | path.txt=${pathTxt} | dist=${dist}`;
}

/** The installed Node build of better-sqlite3, which the command line and these tests load: the Electron build must never replace it. */
function installedSqliteState(): string {
  const binding = join(installed, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(binding)) return '(none)';
  const info = statSync(binding);
  return `${info.size} bytes, modified ${info.mtimeMs}`;
}

describe.runIf(process.platform === 'linux')('npm start on a clean clone', () => {
  let installedBefore: string;
  let sqliteBefore: string;

  beforeAll(async () => {
    installedBefore = installedElectronState();
    sqliteBefore = installedSqliteState();
    scratch = mkdtempSync(join(tmpdir(), 'copydesk-start-'));
    archive = await zip([
      { name: 'electron', bytes: Buffer.from(standInElectron), mode: 0o100755 },
      { name: 'version', bytes: Buffer.from(`v${electronVersion}`), mode: 0o100644 },
    ]);
    prebuilt = tarball();
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    expect(installedElectronState()).toBe(installedBefore);
    // The clean clone links node_modules/better-sqlite3 to the installed package (as pnpm would):
    // building for Electron must work on a copy of its real folder, not through the link.
    expect(installedSqliteState()).toBe(sqliteBefore);
  });

  it('downloads Electron with its own installer from ELECTRON_MIRROR, gets SQLite for it, and launches it on the project with the folder; the next start downloads nothing', async () => {
    const project = cleanClone();
    const site = mkdtempSync(join(scratch, 'site-'));
    const files = { [electronPath]: archive, [shasumsPath]: shasums(archive), [prebuiltPath]: prebuilt };
    const mirror = await serve(files, [electronPath]);
    try {
      const first = await npmStart(['--', site], { cwd: project, mirror: mirror.url });
      expect(first.stderr).toContain(`Electron ${electronVersion} is not downloaded yet: downloading it once (about 100 MB) from the mirror ${mirror.url}/electron/`);
      expect(first.stderr).toMatch(/\n {2}Downloading Electron: 0\.0 MB of about 100 MB\n/);
      expect(first.stderr).toContain(`Electron ${electronVersion} is downloaded; later starts use it.`);
      expect(first.code).toBe(0);
      expect(readFileSync(launchRecord(project), 'utf8')).toBe(`${project}\n${project}\n${site}\nELECTRON_RUN_AS_NODE=unset\n`);
      // Electron's installer checked the archive against the mirror's SHASUMS256.txt and wrote path.txt.
      expect(mirror.asked).toEqual(expect.arrayContaining([electronPath, shasumsPath, prebuiltPath]));
      expect(readFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe('electron');
      // The prebuilt module was used, so no headers were fetched and nothing was compiled.
      expect(mirror.asked.filter((path) => path.startsWith('/headers/'))).toEqual([]);
      expect(readFileSync(join(project, '.electron-native', 'better_sqlite3.node'))).toEqual(standInBinding);
      expect(readFileSync(join(project, '.electron-native', 'electron-version.txt'), 'utf8')).toBe(`${electronVersion}\n`);
      expect(existsSync(join(project, 'out', 'main', 'index.js'))).toBe(true);

      // Again, from the site's parent folder with a relative folder: nothing to download, and
      // the folder is found where it was typed, not in the project folder npm runs scripts in.
      rmSync(launchRecord(project));
      const askedBefore = mirror.asked.length;
      const second = await npmStart(['--prefix', project, '--', relative(scratch, site)], { cwd: scratch, mirror: mirror.url });
      expect(second.code).toBe(0);
      expect(second.stderr).not.toContain('downloading');
      expect(mirror.asked.slice(askedBefore)).toEqual([]);
      expect(readFileSync(launchRecord(project), 'utf8')).toBe(`${project}\n${project}\n${site}\nELECTRON_RUN_AS_NODE=unset\n`);
    } finally {
      await mirror.close();
    }
  }, 180_000);

  it('a mirror without the archive (404) stops with the cause in one line and the `npm run serve` hint', async () => {
    const project = cleanClone();
    const mirror = await serve({});
    try {
      const result = await npmStart([], { cwd: project, mirror: mirror.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `Could not download Electron ${electronVersion} from the mirror ${mirror.url}/electron/: HTTPError: Response code 404 (Not Found) for ${mirror.url}${electronPath}\n` +
          'Run `npm run serve` to use the same interface in your browser.\n',
      );
      expect(stackFrames(result.stderr)).toEqual([]);
      expect(existsSync(join(project, 'node_modules', 'electron', 'path.txt'))).toBe(false);
    } finally {
      await mirror.close();
    }
  }, 120_000);

  it('an archive that does not match its checksum stops with the cause and the hint, and is not unpacked', async () => {
    const project = cleanClone();
    const mirror = await serve({ [electronPath]: archive, [shasumsPath]: shasums(Buffer.from('something else')) });
    try {
      const result = await npmStart([], { cwd: project, mirror: mirror.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `Could not download Electron ${electronVersion} from the mirror ${mirror.url}/electron/: Error: Generated checksum for "${archiveName}" did not match expected checksum.\n` +
          'Run `npm run serve` to use the same interface in your browser.\n',
      );
      expect(stackFrames(result.stderr)).toEqual([]);
      expect(existsSync(join(project, 'node_modules', 'electron', 'dist'))).toBe(false);
    } finally {
      await mirror.close();
    }
  }, 120_000);

  it('when no prebuilt SQLite module exists and the headers cannot be fetched, start shows the build, then its cause and the hint, and launches nothing', async () => {
    const project = cleanClone();
    const mirror = await serve({ [electronPath]: archive, [shasumsPath]: shasums(archive) });
    try {
      const result = await npmStart([], { cwd: project, mirror: mirror.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Getting the SQLite module for Electron ${electronVersion} (once)…`);
      expect(result.stderr).toContain('No prebuilt module to download (No prebuilt binaries found');
      expect(result.stderr).toContain(`Compiling the SQLite module for Electron ${electronVersion} from source`);
      expect(result.stderr).toContain("Building the SQLite module: downloading Electron's headers");
      expect(result.stderr).toContain(
        `Could not build the SQLite module for Electron ${electronVersion}: Error: 404 response downloading ${mirror.url}${headersPath}\n` +
          'Run `npm run serve` to use the same interface in your browser.\n',
      );
      expect(stackFrames(result.stderr)).toEqual([]);
      expect(mirror.asked).toEqual(expect.arrayContaining([prebuiltPath, headersPath]));
      expect(existsSync(join(project, '.electron-native'))).toBe(false);
      expect(existsSync(launchRecord(project))).toBe(false);
    } finally {
      await mirror.close();
    }
  }, 120_000);
});
