import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { RunResult } from './run-content-config';
import { SHIM_VERSION } from './shim-modules';

/**
 * Evaluations of a site's content config, kept in the data folder (one
 * file per site) and valid while every file the bundle read has the same
 * hash and the shim and zod are the same versions. Known limit: a config
 * that reads site files with `fs` at run time is not tracked for those
 * reads; its answer is refreshed when one of its imports changes.
 */
interface CacheFile {
  engine: string;
  configFile: string;
  inputs: Record<string, string>;
  result: RunResult;
}

const ZOD_VERSION = (createRequire(__filename)('zod/package.json') as { version: string }).version;
const ENGINE = `shim ${SHIM_VERSION}, zod ${ZOD_VERSION}`;

export function cacheFileFor(cacheDir: string, siteRoot: string): string {
  let real: string;
  try {
    real = realpathSync(siteRoot);
  } catch {
    real = resolve(siteRoot);
  }
  return join(cacheDir, `${createHash('sha256').update(real).digest('hex').slice(0, 16)}.json`);
}

/** The cached result when nothing it depends on changed, else null. */
export async function readCachedEvaluation(cacheFile: string, configFile: string): Promise<RunResult | null> {
  let cached: CacheFile;
  try {
    cached = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  if (cached.engine !== ENGINE || cached.configFile !== configFile) return null;
  for (const [file, hash] of Object.entries(cached.inputs)) {
    if (hashFile(file) !== hash) return null;
  }
  return cached.result;
}

export async function writeCachedEvaluation(cacheFile: string, configFile: string, inputs: readonly string[], result: RunResult): Promise<void> {
  const entry: CacheFile = { engine: ENGINE, configFile, inputs: Object.fromEntries(inputs.map((file) => [file, hashFile(file)])), result };
  await mkdir(join(cacheFile, '..'), { recursive: true });
  const temp = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(entry));
  await rename(temp, cacheFile);
}

function hashFile(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'missing';
  }
}
