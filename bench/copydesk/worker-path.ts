import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO = resolve(__dirname, '..', '..');
/** Where `electron-vite build` puts the parse worker. */
export const BUILT_WORKER = resolve(REPO, 'out/main/parse-worker.js');
/** Bench-private build, inside the repo so the worker's `require('gray-matter')` finds node_modules. */
const BENCH_WORKER_DIR = resolve(__dirname, '..', '.corpus', 'parse-worker');

export interface WorkerChoice {
  path: string;
  /** How it was found, printed with the figures so nobody compares different set-ups unknowingly. */
  origin: 'flag' | 'electron-vite build' | 'bench build of src/main/services/indexing/parse-worker.ts';
}

/**
 * The parse worker to measure: `--worker PATH`, else the app's build in
 * out/main, else a fresh build of just the worker with Vite (the same bundler
 * electron-vite uses). The bench never runs the whole app build itself:
 * other tools may be using out/ at the same time.
 */
export async function resolveWorkerPath(flagPath: string | undefined): Promise<WorkerChoice> {
  if (flagPath !== undefined) return { path: resolve(flagPath), origin: 'flag' };
  if (existsSync(BUILT_WORKER)) return { path: BUILT_WORKER, origin: 'electron-vite build' };
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: REPO,
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve(REPO, 'src/shared') } },
    build: {
      ssr: resolve(REPO, 'src/main/services/indexing/parse-worker.ts'),
      outDir: BENCH_WORKER_DIR,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'parse-worker.js' } },
    },
  });
  return { path: resolve(BENCH_WORKER_DIR, 'parse-worker.js'), origin: 'bench build of src/main/services/indexing/parse-worker.ts' };
}
