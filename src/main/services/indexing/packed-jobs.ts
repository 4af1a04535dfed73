import type { ParseJob } from './article-file';

/**
 * Parse jobs as columns instead of 100k small objects: the paths, sizes and
 * mtimes (number arrays are stored unboxed), and the known hashes only once
 * some job has one. At 100k files this is a fraction of the objects' memory
 * on the thread that plans, and a cheap copy to the worker that parses.
 */
export interface PackedJobs {
  paths: string[];
  sizes: number[];
  mtimes: number[];
  /** Known hash per job; null while every job so far has none (a fresh index). */
  hashes: (string | null)[] | null;
}

export function emptyJobs(): PackedJobs {
  return { paths: [], sizes: [], mtimes: [], hashes: null };
}

export function pushJob(jobs: PackedJobs, path: string, size: number, mtimeMs: number, knownHash: string | null): void {
  if (knownHash !== null && jobs.hashes === null) jobs.hashes = jobs.paths.map(() => null);
  jobs.paths.push(path);
  jobs.sizes.push(size);
  jobs.mtimes.push(mtimeMs);
  jobs.hashes?.push(knownHash);
}

export function packJobs(list: readonly ParseJob[]): PackedJobs {
  const jobs = emptyJobs();
  for (const job of list) pushJob(jobs, job.path, job.size, job.mtimeMs, job.knownHash);
  return jobs;
}

export function packedLength(jobs: PackedJobs): number {
  return jobs.paths.length;
}

/** The i-th job as an object. */
export function jobAt(jobs: PackedJobs, i: number): ParseJob {
  return {
    path: jobs.paths[i] as string,
    size: jobs.sizes[i] as number,
    mtimeMs: jobs.mtimes[i] as number,
    knownHash: jobs.hashes?.[i] ?? null,
  };
}

export function unpackJobs(jobs: PackedJobs): ParseJob[] {
  return jobs.paths.map((_, i) => jobAt(jobs, i));
}
