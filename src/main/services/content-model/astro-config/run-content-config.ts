import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonSchema } from '@shared/model/content-model';
import { ANSWER_MARK } from './shim-modules';

/** How to start the child: Node itself, or Electron as Node (`ELECTRON_RUN_AS_NODE=1` in `env`). */
export interface ChildRuntime {
  execPath: string;
  /** The child's whole environment: the person's own variables are not passed on. */
  env?: NodeJS.ProcessEnv;
  /**
   * The runtime's permission flag: `--permission` (Node 22+), `--experimental-permission`
   * (Node 20), or null when it has none. Default: read off the current process when
   * `execPath` is this process's, else none.
   */
  permissionFlag?: '--permission' | '--experimental-permission' | null;
}

/** A collection as the site's config defines it. */
export interface EvaluatedCollection {
  name: string;
  loader:
    | { kind: 'glob'; pattern: string | string[]; base: string }
    | { kind: 'file'; path: string }
    | { kind: 'custom'; name: string }
    | { kind: 'legacy'; type: 'content' | 'data' };
  /** JSON Schema of the frontmatter; null when the collection has no schema. */
  schema?: JsonSchema | null;
  /** Why the schema could not be read (it threw, or is not zod). */
  schemaError?: { message: string; stack?: string };
}

export type RunResult =
  | { ok: true; collections: EvaluatedCollection[] }
  | { ok: false; reason: 'threw' | 'no-collections' | 'timeout' | 'crashed'; message: string; stack?: string };

/** Default time limit; a config that takes longer is stopped. */
export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_OUTPUT = 16 * 1024 * 1024;

/**
 * Runs a bundled content config in a separate process: its own folder to
 * read, the site to read, no write access anywhere (Node's permission
 * model), no inherited environment, killed after `timeoutMs`. Resolves to
 * the collections it defines or why it gave none; never rejects for the
 * config's own faults.
 */
export async function runContentConfig(code: string, siteRoot: string, options: { runtime?: ChildRuntime; timeoutMs?: number } = {}): Promise<RunResult> {
  const runtime = options.runtime ?? { execPath: process.execPath };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-content-config-'));
  try {
    const entry = join(dir, 'content-config.mjs');
    await writeFile(entry, code);
    const flag = runtime.permissionFlag !== undefined ? runtime.permissionFlag : ownPermissionFlag(runtime.execPath);
    const args = [
      '--no-warnings',
      '--enable-source-maps',
      ...(flag ? [flag, `--allow-fs-read=${dir}`, `--allow-fs-read=${siteRoot}`] : []),
      entry,
    ];
    return await spawnForAnswer(runtime, args, siteRoot, timeoutMs);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function ownPermissionFlag(execPath: string): ChildRuntime['permissionFlag'] {
  if (execPath !== process.execPath) return null;
  const flags = process.allowedNodeEnvironmentFlags;
  if (flags.has('--permission')) return '--permission';
  if (flags.has('--experimental-permission')) return '--experimental-permission';
  return null;
}

function spawnForAnswer(runtime: ChildRuntime, args: string[], cwd: string, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(runtime.execPath, args, { cwd, env: runtime.env ?? {}, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 64 * 1024) stderr += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: 'crashed', message: `could not start ${runtime.execPath}: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        resolve({ ok: false, reason: 'timeout', message: `evaluating it took longer than ${Math.round(timeoutMs / 100) / 10} s and was stopped (a loop, or waiting on something that never comes)` });
        return;
      }
      const answer = readAnswer(stdout);
      if (answer !== null) {
        resolve(answer);
        return;
      }
      const lines = stderr.trim().split('\n');
      const reason = lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.at(-1) ?? '';
      resolve({ ok: false, reason: 'crashed', message: `the process stopped (${signal ?? `exit ${code}`}) without an answer${reason ? `: ${reason}` : ''}` });
    });
  });
}

function readAnswer(stdout: string): RunResult | null {
  const at = stdout.lastIndexOf(ANSWER_MARK);
  if (at < 0) return null;
  const line = stdout.slice(at + ANSWER_MARK.length).split('\n')[0] ?? '';
  let parsed: { ok: boolean; stage?: string; error?: { message: string; stack?: string }; collections?: EvaluatedCollection[] };
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (parsed.ok) return { ok: true, collections: parsed.collections ?? [] };
  return {
    ok: false,
    reason: parsed.stage === 'collections' ? 'no-collections' : 'threw',
    message: parsed.error?.message ?? 'unknown error',
    ...(parsed.error?.stack !== undefined && { stack: parsed.error.stack }),
  };
}
