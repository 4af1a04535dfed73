import { spawn } from 'node:child_process';
import { CopydeskError } from '@shared/errors';

/**
 * THE way Copydesk runs git: the system `git` (as VS Code does), without a
 * shell, so paths and messages are arguments or stdin, never parsed by one.
 * A wrapper such as simple-git would add a queue and string parsing we do
 * not need over these ~80 lines; typed results come from our own parsers.
 */

export interface GitRunOptions {
  /** Working folder (inside the repository). */
  cwd: string;
  /** Written to git's stdin, then closed (commit messages, NUL-separated pathspecs). */
  input?: string;
  /** Read-only commands pass false: `GIT_OPTIONAL_LOCKS=0`, so a status never blocks an editor's git. */
  locks?: boolean;
  /** Extra environment (e.g. `GIT_SSH_COMMAND` for network commands). */
  env?: Record<string, string>;
  /** Each line git writes to stderr (`--progress` lines end in \r), as it comes. */
  onStderrLine?: (line: string) => void;
  /** Kill git after this long (default 60 s; network commands pass longer). */
  timeoutMs?: number;
}

export interface GitResult {
  /** Exit status; -1 when git was killed (timeout). */
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Fixed for every call: English messages to classify, no prompts, literal paths. */
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
  LANGUAGE: 'C',
  // A path such as `notes*.md` or `:(top)x` is a file name to us, never a pattern.
  GIT_LITERAL_PATHSPECS: '1',
  // A pull that merges must never wait for an editor to open on the merge message.
  GIT_MERGE_AUTOEDIT: 'no',
} as const;

/** Runs `git -c core.quotepath=off ARGS…`; resolves with its exit code and output, throws `git-missing` when there is no git. */
export function runGit(args: readonly string[], opts: GitRunOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV, ...(opts.locks === false && { GIT_OPTIONAL_LOCKS: '0' }), ...opts.env };
    const child = spawn('git', ['-c', 'core.quotepath=off', ...args], { cwd: opts.cwd, env, windowsHide: true, stdio: 'pipe' });
    const out: Buffer[] = [];
    let err = '';
    let partial = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      err += chunk;
      if (!opts.onStderrLine) return;
      const lines = (partial + chunk).split(/[\r\n]/);
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') opts.onStderrLine(line);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new CopydeskError('git-missing', 'Git is not installed (or not on the PATH). Install git from https://git-scm.com and restart Copydesk.')
          : error,
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (opts.onStderrLine && partial.trim() !== '') opts.onStderrLine(partial);
      resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: err });
    });
    // git may exit before reading stdin (a refused commit): a closed pipe is not our failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

/** stdout as text without the trailing newline. */
export function textOf(result: GitResult): string {
  return result.stdout.toString('utf8').replace(/\n$/, '');
}
