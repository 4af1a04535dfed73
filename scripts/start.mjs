#!/usr/bin/env node
// `npm start`: make sure Electron is downloaded and SQLite is built for it, build, launch the app.
// The first two happen once and need the network; the build is quick and runs every time.
// Any extra argument (a folder) is passed on: `npm start -- ~/site`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { buildElectronNative, nativeBindingIsCurrent } from './build-electron-native.mjs';
import { electronBinary, electronIsInstalled, projectRoot } from './electron-paths.mjs';
import { installElectron } from './install-electron.mjs';
import { SERVE_HINT } from './step-output.mjs';

const fail = (message) => {
  process.stderr.write(`${message}\n${SERVE_HINT}\n`);
  process.exit(1);
};

if (!electronIsInstalled()) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) fail(`ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron binary in ${process.env.ELECTRON_OVERRIDE_DIST_PATH}.`);
  const { ok, message } = await installElectron();
  if (!ok) fail(message);
  process.stderr.write(`${message}\n`);
}

if (!nativeBindingIsCurrent()) {
  const { ok, message } = await buildElectronNative();
  if (!ok) fail(message);
  process.stderr.write(`${message}\n`);
}

const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (build.status !== 0) {
  process.stderr.write('The build failed (see above); fix it and run `npm start` again.\n');
  process.exit(1);
}

// npm runs this script in the project folder, so a relative folder (`npm start -- ../site`)
// is looked up where the person typed it (npm's INIT_CWD); anything else passes as it is.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).map((arg) => {
  if (arg.startsWith('-') || isAbsolute(arg)) return arg;
  const there = resolve(typedIn, arg);
  return existsSync(there) ? there : arg;
});

const env = { ...process.env };
for (const key of ['ELECTRON_RUN_AS_NODE', 'ELECTRON_RENDERER_URL', 'NODE_ENV_ELECTRON_VITE']) delete env[key]; // the built app never loads a dev server
const child = spawn(electronBinary(), [projectRoot, ...args], { cwd: projectRoot, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
