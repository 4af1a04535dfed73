import type { ChannelOutput, HandlerInput } from '@shared/ipc/contract';
import type { ContentModel } from '@shared/model/content-model';
import type { LengthBand } from '../../core/review';
import type { Workspace } from '../workspace';
import { releaseMemory, withTightHeap } from '../heap-budget';
import { filterGroups } from './review-groups';
import { indexCheckStore, type CheckStore } from './stored-checks';
import { CHECK_WORKERS_MIN, checkInWorkers, packJobs, type PackedJobs } from './check-workers';
import { ReviewCache, reviewFolder, reviewUnlessManyPending, type FolderReview, type ReviewFolderOptions } from './review-folder';

const caches = new WeakMap<Workspace, ReviewCache>();

/** Reviews of a workspace by options, with the data generation they were made at. */
const reviews = new WeakMap<Workspace, Map<string, { generation: number; running: boolean; review: Promise<FolderReview> }>>();
const REVIEWS_KEPT = 8;

/** From this many files a review's garbage is collected as soon as it is done (≈ 0.1 s at 100,000 files). */
const LARGE_REVIEW = 20_000;

/** The length bands of each workspace's latest finished review, for the pair view. */
const latestBands = new WeakMap<Workspace, Record<string, LengthBand>>();

/**
 * The usual length ratio per language as the latest finished review of the
 * workspace measured it; null before any review finished (the `length`
 * check then uses its generous default band).
 */
export function knownLengthBands(ws: Workspace): Record<string, LengthBand> | null {
  return latestBands.get(ws) ?? null;
}

/**
 * The open workspace's review, from the review facts the index holds
 * (computed by the index workers as files change): the folder is not read
 * again, only translations whose checks must be recomputed. A review still running is shared (the list and its facets ask at
 * once). A finished one is the answer while the folder is watched and
 * nothing was indexed since: at 100,000 files listing the folder again takes
 * most of a second, on every dashboard page and every `status:` query.
 * `indexed`: the caller has just brought the index up to date.
 */
export function workspaceReview(ws: Workspace, options: ReviewFolderOptions, how: { indexed?: boolean } = {}): Promise<FolderReview> {
  let byOptions = reviews.get(ws);
  if (!byOptions) {
    byOptions = new Map();
    reviews.set(ws, byOptions);
  }
  const key = JSON.stringify([options.langs ?? null, options.sourceLang ?? null]);
  const generation = ws.dataGeneration();
  const known = byOptions.get(key);
  if (known && known.generation === generation && (known.running || ws.isWatching())) return known.review;
  const review = ws.contentModel().then(async (model) => {
    // The index is a cache of the files: files changed since it was last brought up to date are indexed first (the watcher does it while watching).
    if (!ws.isWatching() && how.indexed !== true) await ws.update({ rankLists: false });
    let checking = 0;
    const onCheckProgress = (done: number, total: number): void => {
      checking = done < total ? total : 0;
      ws.reportChecking(done, total);
    };
    try {
      const checkStore = indexCheckStore(ws.pairChecks());
      const reviewOptions = { ...options, model, checkStore, onCheckProgress };
      const workerPath = ws.workerScript();
      const first = workerPath === undefined ? null : await reviewOrCheckInWorkers(ws, workerPath, reviewOptions);
      // The review itself, from the stored results (a few left, or files changed meanwhile, are checked here).
      const done = first ?? (await withTightHeap(() => reviewFolder(ws.root, { ...reviewOptions, facts: ws.reviewFacts() }, reviewCache(ws))));
      // A large review leaves its plan (more than what it keeps) as garbage: returned now, before whatever runs next grows the heap beside it.
      if (done.entries.length >= LARGE_REVIEW) releaseMemory();
      return done;
    } finally {
      // A review that failed while checking must not leave the progress showing.
      if (checking > 0) ws.reportChecking(checking, checking);
    }
  });
  const entry = { generation, running: true, review };
  byOptions.delete(key);
  byOptions.set(key, entry);
  if (byOptions.size > REVIEWS_KEPT) byOptions.delete(byOptions.keys().next().value as string);
  review.then(
    (done) => {
      entry.running = false;
      latestBands.set(ws, done.lengthBands);
    },
    // A failed review is not kept: the next request tries again.
    () => byOptions.get(key) === entry && byOptions.delete(key),
  );
  return review;
}

/**
 * The review when few translations are left to check (they are checked on
 * this thread); null when many were (a fresh index, a changed schema or
 * check): worker threads have then checked and stored them, while this
 * thread held only the list (not a whole review) and kept serving, and the
 * caller reviews from the stored results.
 */
async function reviewOrCheckInWorkers(ws: Workspace, workerPath: string, options: ReviewFolderOptions & { model: ContentModel; checkStore: CheckStore }): Promise<FolderReview | null> {
  const onCheckProgress = options.onCheckProgress;
  // Rank lists being built after an index run are built first: searches wait on them more than on the checks, and the
  // builder beside this thread's plan, or beside two check workers, would share two cores and add their peaks. Only
  // when enough translations for the workers have no results stored at all (a fresh index): after an edit, the few
  // to check go at once.
  if (ws.buildingRankLists()) {
    const unchecked = ws.pairChecks().unchecked();
    if (unchecked >= CHECK_WORKERS_MIN) {
      onCheckProgress?.(0, unchecked);
      await ws.rankListsSettled();
    }
  }
  const first = await reviewOrPackedJobs(ws, options);
  if (!('chunks' in first)) return first;
  onCheckProgress?.(0, first.total);
  // Rank lists started meanwhile (rows changed) are built first too.
  await ws.rankListsSettled();
  // The plan behind the jobs is garbage now, and this thread only waits from here on: returned before the workers grow.
  releaseMemory();
  // Its last progress is all done. Closing the workspace stops them (what they stored stays valid).
  await checkInWorkers(workerPath, ws.root, options.model, first, { db: ws.workerDb(), ...(onCheckProgress && { onProgress: onCheckProgress }), signal: ws.closingSignal });
  // What the workers' run left here, and their threads' memory, go before the review builds its plan again.
  releaseMemory();
  return null;
}

/**
 * The review, or the translations to check packed for the workers. A
 * function of its own so that nothing of the plan outlives it: an async
 * function's frame can hold an awaited value past its last use, and with it
 * the whole plan.
 */
async function reviewOrPackedJobs(ws: Workspace, options: ReviewFolderOptions): Promise<FolderReview | PackedJobs> {
  const first = await withTightHeap(() => reviewUnlessManyPending(ws.root, { ...options, facts: ws.reviewFacts() }, reviewCache(ws), CHECK_WORKERS_MIN));
  return first.review ?? packJobs(first.pending);
}

function reviewCache(ws: Workspace): ReviewCache {
  let cache = caches.get(ws);
  if (!cache) {
    cache = new ReviewCache();
    caches.set(ws, cache);
  }
  return cache;
}

function folderOptions(input: { langs?: string[] | undefined; sourceLang?: string | undefined }): ReviewFolderOptions {
  return { ...(input.langs !== undefined && { langs: input.langs }), ...(input.sourceLang !== undefined && { sourceLang: input.sourceLang }) };
}

/** `review.summary`: the overview plus one filtered page of the matrix. */
export async function reviewSummary(ws: Workspace, input: HandlerInput<'review.summary'>): Promise<ChannelOutput<'review.summary'>> {
  const review = await workspaceReview(ws, folderOptions(input));
  const groups = filterGroups(review.groups, {
    ...(input.status !== undefined && { status: input.status }),
    ...(input.lang !== undefined && { lang: input.lang }),
    query: input.query,
  });
  return {
    summary: review.summary,
    sourceLang: review.sourceLang,
    langs: review.langs,
    total: groups.length,
    groups: groups.slice(input.offset, input.offset + input.limit),
    skipped: review.skipped,
  };
}

/**
 * `review.queue`: the first translation by path after `after` with the
 * status (in a target language, or `lang`), wrapping around to the start;
 * `remaining` counts them all except `after`.
 */
export async function reviewQueue(ws: Workspace, input: HandlerInput<'review.queue'>): Promise<ChannelOutput<'review.queue'>> {
  const review = await workspaceReview(ws, folderOptions(input));
  const langs = new Set(input.lang !== undefined ? [input.lang.toLowerCase()] : review.langs);
  const candidates = review.entries
    .filter((e) => !e.isOriginal && e.status === input.status && e.lang !== null && langs.has(e.lang.toLowerCase()))
    .map((e) => e.path)
    .sort();
  const after = input.after;
  const others = after === undefined ? candidates : candidates.filter((p) => p !== after);
  const next = (after === undefined ? undefined : others.find((p) => p > after)) ?? others[0] ?? null;
  const note = next === null ? null : (review.entries.find((e) => e.path === next)?.note ?? null);
  return { path: next, remaining: others.length, note };
}
