import { spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, rmSync } from 'node:fs';

/** True where `mkfifo` exists (not on Windows): FIFO tests skip elsewhere. */
export const canMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;

/** Puts a FIFO (named pipe) at `abs`, replacing a file there. Reading it blocks until a writer comes. */
export function makeFifo(abs: string): void {
  rmSync(abs, { force: true });
  const made = spawnSync('mkfifo', [abs]);
  if (made.status !== 0) throw new Error(`mkfifo ${abs} failed: ${String(made.stderr)}`);
}

/**
 * Lets a reader stuck on the FIFO go (it then reads end of file): opens it
 * for writing without waiting, which succeeds only while someone waits to
 * read, and closes it. For afterEach: code that regressed to a plain read
 * fails its test by timing out, and must not keep a thread-pool thread
 * blocked for the rest of the run. Nothing waiting: nothing to do.
 */
export function releaseFifo(abs: string): void {
  for (let i = 0; i < 8; i++) {
    try {
      closeSync(openSync(abs, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      return;
    }
  }
}
