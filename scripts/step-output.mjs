// What `npm start` shows of the long steps it runs (Electron's download, the SQLite build):
// a progress line while they run and, when they fail, their cause — one line, never a stack.

/** The hint every failure ends with: the same interface without Electron. */
export const SERVE_HINT = 'Run `npm run serve` to use the same interface in your browser.';

const STACK_FRAME = /^\s*at\s/;

/**
 * The last line of a failed child's error output that says what went wrong: stack frames
 * (`    at …`) and blank lines are dropped, so a printed `err.stack` gives its message.
 */
export function lastErrorLine(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !STACK_FRAME.test(line));
  return lines.at(-1) ?? '';
}

/**
 * A line that reports progress in place on a terminal (`\r`). Elsewhere (a log, CI) it prints a
 * new line when the step changes (`step`) and otherwise at most every `everyMs`, so the log
 * keeps a readable trail rather than a line per tick.
 */
export function progressLine(stream = process.stderr, { everyMs = 10_000 } = {}) {
  const tty = Boolean(stream.isTTY);
  let shown = false;
  let lastStep;
  let lastPrinted = -Infinity;
  return {
    update(text, step = '') {
      if (tty) {
        stream.write(`\r${text}\x1b[K`);
        shown = true;
      } else if (step !== lastStep || Date.now() - lastPrinted >= everyMs) {
        stream.write(`${text}\n`);
        lastStep = step;
        lastPrinted = Date.now();
      }
    },
    /** Ends the in-place line so the next message starts on its own. */
    done() {
      if (shown) stream.write('\n');
      shown = false;
    },
  };
}

/** `m:ss` since `start`. */
export function elapsedSince(start) {
  const seconds = Math.floor((Date.now() - start) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
