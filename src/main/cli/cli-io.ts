import { errorLine, errorStacks } from '@shared/error-line';

export { errorLine } from '@shared/error-line';

/** Somewhere text goes: `process.stdout`, `process.stderr`, or a test's collector. */
export interface Writer {
  write(text: string): unknown;
  /** True when a person watches: progress lines update in place, matches are bold. */
  isTTY?: boolean;
}

/** What a command may touch besides the file system. */
export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /** Stops a long-running command (`serve`) as Ctrl+C would; used by tests. */
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Wrong arguments: the command prints its usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** How a command failed, as printed. */
export interface ErrorReport {
  /** `copydesk retag`, or `copydesk` before a command is known. */
  prefix: string;
  /** The command's usage, printed after a UsageError. */
  usage: string;
  /** Print the stack trace (and its causes') after the line: `--debug` or COPYDESK_DEBUG. */
  debug: boolean;
}

/**
 * THE error path of every command: a UsageError prints its message and the
 * usage (exit 2); anything else prints one human line — the message, the
 * workspace-relative path when the message does not already name it, and
 * the code — and exits 1. Stack traces only with `debug`.
 */
export function printError(io: CliIo, error: unknown, report: ErrorReport): number {
  if (error instanceof UsageError) {
    io.stderr.write(`${report.prefix}: ${oneLine(error.message)}

${report.usage}`);
    return EXIT.usage;
  }
  io.stderr.write(`${report.prefix}: ${errorLine(error)}
`);
  if (report.debug) io.stderr.write(errorStacks(error));
  return EXIT.failed;
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
