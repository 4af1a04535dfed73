import { join } from 'node:path';
import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import { checkConsistency, checkRulesFor, prepareSide, type ArticleSide, type Check, type CheckRules, type LengthBand } from '../../core/review';
import { articleSide, readReviewFile } from './review-file';

/**
 * One translation to check against its original. What the checks depend on
 * besides the two files' bytes is here too, so a worker thread can run it
 * with nothing but the model.
 */
export interface CheckJob {
  /** The collection both files are judged in (its check rules). */
  collection: string;
  path: string;
  /** The original it is compared with; null for an orphan (only its own checks run). */
  source: string | null;
  originalExists: boolean;
  duplicate: boolean;
  /**
   * Where the results may be kept (the index's `pair_checks`): under `key`,
   * when the files still hold the bytes the index knows (`hash`, and the
   * original's `sourceHash`). Absent: the results are not stored.
   */
  store?: { key: string; hash: string; sourceHash: string | null };
}

/** The checks found for one job, with the hashes of the bytes they were computed from. */
export interface CheckResult {
  path: string;
  /** Null when the translation could not be read as an article any more (changed under us): nothing was checked. */
  checks: Check[] | null;
  hash: string | null;
  /** The original's bytes' hash; null without one or when it could not be read. */
  sourceHash: string | null;
}

/**
 * A band no ratio leaves, so `checkConsistency` never reports `length`.
 * Stored results must not depend on the folder's length bands, which move
 * with every pair anywhere: the review adds `length` from the files' stored
 * body lengths (`addLength` in review-folder.ts), and a pair is checked
 * again only when one of its two files changes.
 */
export const NO_LENGTH_BAND: LengthBand = { median: 1, low: 0, high: Number.POSITIVE_INFINITY, pairs: 0 };

/** The checks read their files without the schema pass (the index reports schema problems): about a fifth of a pair's CPU. */
const NOT_VALIDATED = { validate: false };

/**
 * Checks each job: every original is read and parsed once for all of its
 * translations (jobs sorted by source keep them together), each translation
 * once. `pause` lets the caller's thread breathe between jobs; `onDone`
 * hears how many are done now and then.
 */
export async function computeChecks(
  root: string,
  model: ContentModel,
  jobs: readonly CheckJob[],
  hooks: { pause?: () => Promise<void>; onDone?: (done: number) => void } = {},
): Promise<CheckResult[]> {
  const collections = new Map(model.collections.map((c) => [c.name, c]));
  const rulesOf = new Map<string, CheckRules>();
  const results: CheckResult[] = [];
  let loaded: { path: string; hash: string | null; side: ArticleSide | null } | null = null;
  for (const [index, job] of jobs.entries()) {
    if (index % 50 === 0) hooks.onDone?.(index);
    await hooks.pause?.();
    const collection = collections.get(job.collection) ?? null;
    if (collection === null) {
      results.push({ path: job.path, checks: null, hash: null, sourceHash: null });
      continue;
    }
    let rules = rulesOf.get(collection.name);
    if (!rules) {
      rules = checkRulesFor(collection);
      rulesOf.set(collection.name, rules);
    }
    if (job.source !== null && loaded?.path !== job.source) loaded = await readSource(root, job.source, collection, rules);
    const translation = await readReviewFile(join(root, job.path), job.path, collection, NOT_VALIDATED);
    const side = translation ? articleSide(translation) : null;
    const source = job.source !== null ? (loaded?.side ?? null) : null;
    const sourceHash = job.source !== null ? (loaded?.hash ?? null) : null;
    if (!side) {
      results.push({ path: job.path, checks: null, hash: translation?.hash ?? null, sourceHash });
      continue;
    }
    const checks = checkConsistency({ rules, source, translation: side, originalExists: job.originalExists, duplicateOfLang: job.duplicate, lengthBand: NO_LENGTH_BAND });
    results.push({ path: job.path, checks, hash: translation?.hash ?? null, sourceHash });
  }
  hooks.onDone?.(jobs.length);
  return results;
}

/** An original read once for all its translations: its outline, blocks and prose facts from one parse. */
async function readSource(root: string, path: string, collection: ModelCollection, rules: CheckRules): Promise<{ path: string; hash: string | null; side: ArticleSide | null }> {
  const file = await readReviewFile(join(root, path), path, collection, NOT_VALIDATED);
  const side = file ? articleSide(file) : null;
  return { path, hash: file?.hash ?? null, side: side && prepareSide(side, rules) };
}

/** Whether a result was computed from the very bytes its job's key names (so it may be stored under it). */
export function storable(job: CheckJob, result: CheckResult): boolean {
  return job.store !== undefined && result.checks !== null && result.hash === job.store.hash && (job.source === null || result.sourceHash === job.store.sourceHash);
}
