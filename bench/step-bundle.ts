import { resolve } from 'node:path';
import { build } from 'esbuild';

const REPO = resolve(__dirname, '..');
/** Inside the repo, so the bundle's `require('better-sqlite3')` finds node_modules. */
const OUT = resolve(__dirname, '.corpus', 'bench-steps', 'run.cjs');

/**
 * The measured steps run as plain JavaScript, as the app does: this file
 * bundles bench/run.ts (our TypeScript only; packages stay `require`s) for
 * the step children. Under tsx, the loader and its transpile cache add
 * ≈90 MB to every child's RSS, which the app never carries, and the peak RSS
 * figure would measure the harness instead of Copydesk.
 */
export async function buildStepBundle(): Promise<string> {
  await build({
    entryPoints: [resolve(__dirname, 'run.ts')],
    outfile: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    alias: { '@shared': resolve(REPO, 'src/shared') },
    logLevel: 'warning',
  });
  return OUT;
}
