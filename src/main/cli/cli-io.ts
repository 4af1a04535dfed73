import { CopydeskError } from '@shared/errors';

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

/** The one-line message shown for an error; stack traces only with COPYDESK_DEBUG. */
export function describeError(error: unknown, env: NodeJS.ProcessEnv): string {
  if (env.COPYDESK_DEBUG && error instanceof Error && error.stack) return error.stack;
  if (error instanceof CopydeskError) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
