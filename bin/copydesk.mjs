#!/usr/bin/env node
// Thin launcher: the command line itself is bundled by electron-vite into out/main/cli.js.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cliPath = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cliPath)) {
  process.stderr.write('copydesk: the command line is not built yet. Run `npm run build` in the Copydesk folder, then try again.\n');
  process.exit(1);
}

// --debug also reaches background warnings (rank lists, re-index after a change) and worker threads, which read the environment.
if (process.argv.slice(2).includes('--debug')) process.env.COPYDESK_DEBUG ||= '1';

// A reader that stops early (`copydesk review --json | head`) closes the pipe: the rest of the output is not wanted, which is
// no error. The command still runs to its end and exits with its own code (a CI gate with pipefail still sees a failure).
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

const mod = await import(pathToFileURL(cliPath).href);
const runCli = mod.runCli ?? mod.default?.runCli;
const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
process.exitCode = code;
// Should a file watcher or worker linger after a one-shot command, do not hang the shell.
setTimeout(() => process.exit(code), 2000).unref();
