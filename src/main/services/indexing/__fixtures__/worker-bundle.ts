import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * The app runs the index workers as electron-vite's bundle of
 * parse-worker.ts; tests bundle it the same way (one file, `@shared`
 * resolved) with esbuild, into `dir`. better-sqlite3 stays outside, required
 * by absolute path: its native binding cannot be bundled, and `dir` is a
 * temp folder with no node_modules above it.
 */
export async function buildWorkerBundle(dir: string): Promise<string> {
  const outfile = join(dir, 'parse-worker.js');
  await build({
    entryPoints: [join(__dirname, '..', 'parse-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    alias: { '@shared': resolve(__dirname, '..', '..', '..', '..', 'shared') },
    plugins: [
      {
        name: 'native-outside',
        setup(bundle) {
          bundle.onResolve({ filter: /^better-sqlite3$/ }, (args) => ({
            path: createRequire(__filename).resolve(args.path),
            external: true,
          }));
        },
      },
    ],
    logLevel: 'silent',
  });
  return outfile;
}
