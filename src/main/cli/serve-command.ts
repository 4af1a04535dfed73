import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contract } from '@shared/ipc/contract';
import { createHandlers } from '../api/handlers';
import { serve } from '../api/serve';
import { WorkspaceSession } from '../api/workspace-session';
import { SAMPLE_SOURCE, earlierSampleNote, ensureSampleCorpus, findSampleSource, sampleCopyPath } from '../app/sample-corpus';
import { appDataDir } from '../services/app-paths';
import { memoryRemoteContentGrants } from '../services/remote-content';
import { createRemoteImageProxy } from '../services/remote-image';
import { startHttpServer } from '../transports/http';
import { EXIT, printError, type CliIo } from './cli-io';
import { parseWorkerPath } from './open-workspace';
import { createProgressLine } from './progress-line';

export interface ServeOptions {
  /** Folder to serve; ignored with `sample`. */
  root?: string;
  sample: boolean;
  port: number;
  db?: string;
  /** Print stack traces of failures (`--debug`). */
  debug?: boolean;
  /** The person ran serve on this folder on purpose: its content config may run (false with `--no-trust`). Default true. */
  trusted?: boolean;
}

/**
 * `copydesk serve`: the app's handlers over HTTP on 127.0.0.1, with the built
 * renderer as the page. Indexes in the background (progress on stderr and as
 * events), watches the folder, and runs until Ctrl+C or `io.signal`.
 */
export async function runServe(options: ServeOptions, io: CliIo): Promise<number> {
  const root = options.sample ? await sampleRoot(io) : resolve(options.root ?? '.');
  // Failures while serving are one line each on stderr, like any command's error; stacks with --debug.
  const log = (message: string, error: unknown): void => {
    printError(io, error, { prefix: `copydesk serve: ${message}`, usage: '', debug: options.debug ?? false });
  };
  const session = new WorkspaceSession({
    workerPath: parseWorkerPath(),
    dbPathFor: () => (options.db !== undefined ? resolve(options.db) : undefined),
    trusted: () => options.trusted ?? true,
    log,
  });
  const progress = createProgressLine(io.stderr);
  const offProgress = session.events.subscribe((e) => {
    if (e.event === 'index.recovered') {
      progress.finish();
      io.stderr.write(`${e.payload.message}\n`);
    }
    if (e.event !== 'index.progress') return;
    progress.update(e.payload);
    if (e.payload.phase === 'idle') progress.finish();
  });
  await session.open(root);
  void session.whenIndexed().then(() => {
    progress.finish();
    const status = session.current()?.status();
    if (status) io.stderr.write(`Indexed ${status.files} files (${status.invalid} invalid). Watching for changes.\n`);
  });

  // Remote images: allowed per run from the page, never written to the desktop app's settings.
  const remoteContent = memoryRemoteContentGrants();
  const handlers = createHandlers({
    getWorkspace: () => session.current(),
    // A browser tab must not be able to make this process read another folder.
    openWorkspace: () => Promise.reject(new Error('not reachable: canOpenOther is false')),
    canOpenOther: false,
    recentFolders: () => [root],
    remoteContent,
    emit: (event, payload) => session.events.emit(event, payload),
  });
  const server = await startHttpServer({
    dispatch: serve(contract, handlers, log),
    subscribe: session.events.subscribe,
    staticDir: rendererDir(),
    port: options.port,
    remoteImage: createRemoteImageProxy({
      allowed: () => {
        const ws = session.current();
        return ws !== null && remoteContent.isAllowed(ws.root);
      },
    }),
  });
  io.stdout.write(`Copydesk is serving ${root} at ${server.url}/#token=${server.token}\n`);
  io.stderr.write('Press Ctrl+C to stop.\n');

  await untilStopped(io.signal);
  offProgress();
  progress.finish();
  await server.close();
  await session.close();
  io.stderr.write('Stopped.\n');
  return EXIT.ok;
}

async function sampleRoot(io: CliIo): Promise<string> {
  const source = findSampleSource(__dirname) ?? join(__dirname, SAMPLE_SOURCE);
  const dataDir = appDataDir(io.env);
  const { root, copied } = await ensureSampleCorpus(source, sampleCopyPath(dataDir));
  if (copied) io.stderr.write(`Copied the sample site to ${root}.\n`);
  const note = copied ? earlierSampleNote(dataDir) : null;
  if (note !== null) io.stderr.write(`${note}\n`);
  return root;
}

/** `out/renderer` of the project, from the bundle (`out/main`) or from source (tests). */
function rendererDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'out', 'renderer');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(__dirname, '..', 'renderer');
    dir = parent;
  }
}

function untilStopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolvePromise) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolvePromise();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
}
