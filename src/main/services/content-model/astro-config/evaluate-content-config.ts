import { relative, sep } from 'node:path';
import type { ModelNote } from '@shared/model/content-model';
import { bundleContentConfig } from './bundle-content-config';
import { cacheFileFor, readCachedEvaluation, writeCachedEvaluation } from './content-config-cache';
import { runContentConfig, type ChildRuntime, type EvaluatedCollection } from './run-content-config';

export interface EvaluateOptions {
  runtime?: ChildRuntime;
  timeoutMs?: number;
  /** Folder for cached evaluations; none: always evaluate. */
  cacheDir?: string;
}

export type Evaluation =
  | { ok: true; collections: EvaluatedCollection[]; cached: boolean }
  | { ok: false; note: ModelNote; cached: boolean };

/**
 * The collections a site's Astro content config defines: bundled, run in
 * a sandboxed child, cached by the hashes of the files it read. A failure
 * is a note naming the file and the cause, never an exception.
 */
export async function evaluateContentConfig(siteRoot: string, configFile: string, options: EvaluateOptions = {}): Promise<Evaluation> {
  const configRel = relative(siteRoot, configFile).split(sep).join('/');
  const cacheFile = options.cacheDir === undefined ? null : cacheFileFor(options.cacheDir, siteRoot);
  if (cacheFile !== null) {
    const cached = await readCachedEvaluation(cacheFile, configFile);
    if (cached !== null) return toEvaluation(siteRoot, configRel, cached, true);
  }

  const bundled = await bundleContentConfig(siteRoot, configFile);
  if (!bundled.ok) {
    const { failure } = bundled;
    return {
      ok: false,
      cached: false,
      note: { file: failure.file ?? configRel, ...(failure.line !== undefined && { line: failure.line, column: failure.column }), message: `${configRel} could not be bundled: ${failure.message}` },
    };
  }
  const result = await runContentConfig(bundled.bundle.code, siteRoot, {
    ...(options.runtime && { runtime: options.runtime }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  });
  // A crash may be the machine's (out of memory), not the config's: only real answers are kept.
  if (cacheFile !== null && (result.ok || result.reason !== 'crashed')) {
    await writeCachedEvaluation(cacheFile, configFile, bundled.bundle.inputs, result).catch(() => undefined);
  }
  return toEvaluation(siteRoot, configRel, result, false);
}

function toEvaluation(siteRoot: string, configRel: string, result: Awaited<ReturnType<typeof runContentConfig>>, cached: boolean): Evaluation {
  if (result.ok) {
    if (result.collections.length === 0) {
      return { ok: false, cached, note: { file: configRel, message: `${configRel} defines no collections (its \`collections\` export is empty)` } };
    }
    return { ok: true, collections: result.collections, cached };
  }
  const place = result.stack ? siteFrame(siteRoot, result.stack) : null;
  const what =
    result.reason === 'no-collections' ? 'defines no collections' : result.reason === 'timeout' ? 'did not finish' : result.reason === 'threw' ? 'threw an error' : 'could not be run';
  return {
    ok: false,
    cached,
    note: {
      file: place?.file ?? configRel,
      ...(place && { line: place.line, column: place.column }),
      message: `${configRel} ${what}: ${result.message}`,
    },
  };
}

/** The first stack frame inside the site (source-mapped), as a site-relative place. */
function siteFrame(siteRoot: string, stack: string): { file: string; line: number; column: number } | null {
  for (const match of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+|[A-Za-z]:\\[^\s():]+):(\d+):(\d+)/g)) {
    const file = relative(siteRoot, match[1] as string);
    if (file.startsWith('..') || file.includes('node_modules')) continue;
    return { file: file.split(sep).join('/'), line: Number(match[2]), column: Number(match[3]) };
  }
  return null;
}
