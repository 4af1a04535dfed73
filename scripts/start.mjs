#!/usr/bin/env node
// `npm start`: build, make sure SQLite is compiled for Electron, launch the app.
// Any extra argument (a folder) is passed on: `npm start -- ~/site`.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildElectronNative, nativeBindingIsCurrent } from './build-electron-native.mjs';
import { electronBinary, projectRoot } from './electron-paths.mjs';

const fail = (message) => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const electron = electronBinary();
if (electron === null) {
  fail(
    "Electron's binary could not be downloaded on this machine, so the desktop window cannot open.\n" +
      'Run `npm run serve` to use the same interface in your browser.',
  );
}

const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (build.status !== 0) fail('The build failed (see above); fix it and run `npm start` again.');

if (!nativeBindingIsCurrent()) {
  const { ok, message } = buildElectronNative();
  if (!ok) fail(message);
  process.stderr.write(`${message}\n`);
}

const env = { ...process.env };
for (const key of ['ELECTRON_RUN_AS_NODE', 'ELECTRON_RENDERER_URL', 'NODE_ENV_ELECTRON_VITE']) delete env[key]; // the built app never loads a dev server
const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
