import type { ContentModel } from '@shared/model/content-model';
import { parseArticleFile, type ParseJob, type ParsedFile } from './article-file';
import { jobAt, packedLength, type PackedJobs } from './packed-jobs';

/**
 * Hands out a job list in consecutive slices to whichever thread asks next,
 * through one counter in shared memory: the parser and the writer of a bulk
 * run both parse, each taking the next slice when it is free (see run-index.ts).
 * Every job is taken exactly once, whatever the timing.
 */
export class JobCursor {
  private readonly next: Int32Array;

  /** `shared` comes from `JobCursor.memory()`, handed to every thread that takes jobs. */
  constructor(shared: SharedArrayBuffer = JobCursor.memory()) {
    this.next = new Int32Array(shared);
  }

  static memory(): SharedArrayBuffer {
    return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  }

  /** The next `size` jobs of `count` (fewer at the end), or null once all are taken. */
  take(count: number, size: number): { start: number; end: number } | null {
    const start = Atomics.add(this.next, 0, size);
    return start < count ? { start, end: Math.min(count, start + size) } : null;
  }
}

/** The jobs of a run, as objects (small runs) or packed (bulk runs). */
export type JobList = ParseJob[] | PackedJobs;

export function jobCount(jobs: JobList): number {
  return Array.isArray(jobs) ? jobs.length : packedLength(jobs);
}

/** Reads and parses the next slice of up to `size` jobs; null once none are left. */
export function parseNextSlice(cursor: JobCursor, root: string, jobs: JobList, size: number, model?: ContentModel): ParsedFile[] | null {
  const slice = cursor.take(jobCount(jobs), size);
  if (slice === null) return null;
  const batch: ParsedFile[] = [];
  for (let i = slice.start; i < slice.end; i++) {
    batch.push(parseArticleFile(root, Array.isArray(jobs) ? (jobs[i] as ParseJob) : jobAt(jobs, i), model));
  }
  return batch;
}
