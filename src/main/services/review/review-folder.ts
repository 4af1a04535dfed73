import { join } from 'node:path';
import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import {
  checkRulesFor,
  DEFAULT_BAND,
  deriveStatus,
  lengthBands,
  lengthCheck,
  lengthRatio,
  summarizeReview,
  type CheckRules,
  type LengthBand,
  type Check,
  type ReviewRow,
  type ReviewSummary,
} from '../../core/review';
import { collectionFor } from '../../core/model';
import { analyzeGroups, collectionFacts, type GroupAnalysis, type GroupInput } from '../../core/translation-groups';
import { contentPaths, loadContentModel } from '../content-model';
import { scanWorkspace } from '../indexing/scan-workspace';
import { readReviewFile, sha256Hex, type ReviewFile } from './review-file';
import { storedFactsOf, unreadableStoredFacts, type FileFacts } from './file-facts';
import { checksKey, type CheckStore } from './stored-checks';
import { ReviewFindings, withLength } from './review-findings';
import { computeChecks, storable, type CheckJob } from './pair-checks';
import type { ReviewGroup } from '@shared/ipc/review-contract';
import { buildGroups } from './review-groups';
import { byPath } from './by-path';
import { mergeSummaries } from './merge-summaries';
import { pickOriginal } from '../../core/review/pick-original';
import { timeSlicer } from '../time-slice';

export type { FileFacts } from './file-facts';

/** One translation or original with its derived status and the checks that fired. */
export interface ReviewEntry extends ReviewRow {
  /** The collection it was reviewed in. */
  collection: string;
  /** The source the translation was checked against. */
  source: string | null;
  /** `review.note`, null when none. */
  note: string | null;
}

/**
 * Facts and check results from earlier runs, keyed by each file's size and
 * mtime, so the app's repeated overviews read only files that changed.
 * One per workspace; a one-shot command uses a fresh one. Facts depend on
 * the model that placed them: another model starts afresh.
 */
export class ReviewCache {
  readonly facts = new Map<string, FileFacts>();
  /**
   * Per translation: the stat key it was checked under, the ids found, and
   * where the findings are (the index's key, or the list itself when the
   * index does not hold it).
   */
  readonly checks = new Map<string, KnownChecks>();
  model: ContentModel | null = null;
}

/**
 * What a translation's checks were computed on: both files' stat and how
 * the pairing placed it. Fields, not one joined key: at 100,000 files the
 * keys were a tenth of a review's memory.
 */
interface CheckBasis {
  size: number;
  mtimeMs: number;
  source: string | null;
  sourceSize: number | null;
  sourceMtimeMs: number | null;
  originalExists: boolean;
  duplicate: boolean;
}

const sameBasis = (a: CheckBasis, b: CheckBasis): boolean =>
  a.size === b.size &&
  a.mtimeMs === b.mtimeMs &&
  a.source === b.source &&
  a.sourceSize === b.sourceSize &&
  a.sourceMtimeMs === b.sourceMtimeMs &&
  a.originalExists === b.originalExists &&
  a.duplicate === b.duplicate;

/** A translation's checks as known, with where its findings are: the index's key, or the list itself when the index does not hold it. */
interface KnownChecks extends CheckBasis {
  ids: string[];
  storedKey: string | null;
  list: Check[] | null;
}

/** Written out rather than spread: a spread copy of this many fields is a much larger object. */
const knownChecks = (basis: CheckBasis, ids: string[], storedKey: string | null, list: Check[] | null): KnownChecks => ({
  size: basis.size,
  mtimeMs: basis.mtimeMs,
  source: basis.source,
  sourceSize: basis.sourceSize,
  sourceMtimeMs: basis.sourceMtimeMs,
  originalExists: basis.originalExists,
  duplicate: basis.duplicate,
  ids,
  storedKey,
  list,
});

export interface ReviewFolderOptions {
  /** Target languages; translations in other languages are then left out of the summary's lists. Default: every language of each collection except its source's. */
  langs?: readonly string[];
  /** The source language of every collection. Default: each collection's own (`sourceLanguage` of the model). */
  sourceLang?: string;
  /** The folder's content model. Default: built from the folder without running its code. */
  model?: ContentModel;
  /**
   * Every file's facts as the index holds them (computed under `model` by
   * the index workers; see file-facts.ts). Given, the folder is neither
   * listed nor read for them: only translations whose checks must be
   * (re)computed are read. Default: each file is read (or taken from the cache).
   */
  facts?: readonly FileFacts[];
  /** Where check results outlive the run (the index); with `facts`, an unchanged pair is then never checked again. */
  checkStore?: CheckStore;
  /** Told how many of the translations to check (not known from earlier runs) are done, now and then and at the end; not called when none is. */
  onCheckProgress?: (done: number, total: number) => void;
}

/** One collection's part of a review. */
export interface CollectionReview {
  name: string;
  sourceLang: string;
  langs: string[];
  summary: ReviewSummary;
}

/** The review of a whole folder, from the files themselves (no index), collection by collection. */
export interface FolderReview {
  /** The source language of the collection with the most files (every collection has its own: see `collections`). */
  sourceLang: string;
  /** Every collection's target languages. */
  langs: string[];
  entries: ReviewEntry[];
  groups: ReviewGroup[];
  /** The collections' summaries summed. */
  summary: ReviewSummary;
  collections: CollectionReview[];
  /** Languages of the reviewed files (originals included), sorted. */
  fileLangs: string[];
  /** Translations compared with an original: 0 with several `fileLangs` means nothing paired. */
  paired: number;
  /**
   * Files left out: unreadable frontmatter in the source language (or with no
   * language), so neither an original nor a translation can be told.
   */
  skipped: string[];
  /** Per target language, the length ratio its translations usually have (what `length` judges against). */
  lengthBands: Record<string, LengthBand>;
  /** Every finding of an entry, with its message, in the checks' order (entries keep only the ids). */
  findingsOf(path: string): Check[];
}

/** The check list of every entry with none: shared, so it is frozen (entries get a new list, never a changed one). */
const NO_CHECKS = Object.freeze([]) as unknown as string[];

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Everything a review decides before checking: facts by collection, group counts, bands, entries and the checks to compute. */
async function planFolder(root: string, options: ReviewFolderOptions, cache: ReviewCache) {
  const model = options.model ?? (await loadContentModel(root, { trusted: false, dataDir: null }));
  if (cache.model !== model) {
    cache.facts.clear();
    cache.checks.clear();
    cache.model = model;
  }
  const facts = options.facts ? [...options.facts].sort((a, b) => byText(a.path, b.path)) : await factsFromFiles(root, model, cache);
  const seen = new Set(facts.map((f) => f.path));
  const byName = new Map(model.collections.map((c) => [c.name, c]));
  const byCollection = new Map<ModelCollection, FileFacts[]>(model.collections.map((c) => [c, []]));
  for (const fact of facts) {
    const collection = fact.collection === null ? undefined : byName.get(fact.collection);
    if (collection !== undefined) byCollection.get(collection)?.push(fact);
  }

  const wantedLangs = options.langs ? [...new Set(options.langs.map((l) => l.toLowerCase()))] : null;
  const allFacts: FileFacts[] = [];
  // First every collection's groups, so the length bands come from all of the folder's pairs.
  // The languages asked for count as missing too, and a source language given overrides the model's.
  const collections = new Map(
    [...collectionFacts(model)].map(([name, c]) => [
      name,
      { ...c, languages: [...c.languages, ...(wantedLangs ?? [])], sourceLanguage: options.sourceLang ?? c.sourceLanguage },
    ]),
  );
  const prepared = [...byCollection].flatMap(([collection, found]) => {
    if (found.length === 0) return [];
    allFacts.push(...found);
    const rules = checkRulesFor(collection);
    // Counted as the index counts: a translation that lost its frontmatter is placed in its group by path, orphans and missing languages follow.
    const analysis = analyzeGroups(found.map(groupInputOf), { collections });
    // Only the counts go on: the groups (a copy of every file's pairing facts) are garbage once the placed files have their keys.
    const counted = { orphans: analysis.orphans, missing: analysis.missing, needsWork: analysis.needsWork, duplicates: analysis.duplicates };
    return [{ collection, facts: placedFacts(found, analysis), rules, counted }];
  });
  const ratios = new Map<string, number[]>();
  for (const { facts } of prepared) collectRatios(facts, ratios);
  const bands = lengthBands(ratios);

  const findings = new ReviewFindings(options.checkStore);
  // Every collection's entries first, so one check pass covers all of the folder's translations to check.
  const planned = prepared.map(({ collection, facts, rules, counted }) => {
    const sourceLang = (options.sourceLang ?? collection.sourceLanguage).toLowerCase();
    const plan = planEntries(facts, { collection, rules, sourceLang, duplicates: new Set(counted.duplicates.flat()), store: options.checkStore }, cache, findings);
    return { collection, facts, counted, sourceLang, ...plan };
  });
  return { model, facts, seen, allFacts, wantedLangs, bands, planned, findings };
}

/**
 * The review, unless at least `atLeast` translations must be checked (in
 * neither `cache` nor `options.checkStore`): then only those, each with what
 * it takes to store its results, sorted by source, for the caller to check
 * elsewhere before it reviews again. The plan behind them is dropped on
 * return: a caller checking tens of thousands on worker threads does not
 * hold a whole review meanwhile. Planned once either way: at 100,000 files a
 * review with a few checks to make (an edit, an app opening on a checked
 * index) planned twice took a second more, and the first plan's garbage
 * (≈ 150 MB) still sat in the heap while the second loaded its facts.
 */
export async function reviewUnlessManyPending(
  root: string,
  options: ReviewFolderOptions,
  cache: ReviewCache,
  atLeast: number,
): Promise<{ review: FolderReview; pending: null } | { review: null; pending: CheckJob[] }> {
  const plan = await planFolder(root, options, cache);
  if (plan.planned.reduce((n, p) => n + p.pending.length, 0) >= atLeast) return { review: null, pending: jobsOf(plan) };
  return { review: await reviewOf(root, options, cache, plan), pending: null };
}

function jobsOf({ planned }: FolderPlan): CheckJob[] {
  return planned.flatMap((p) => p.pending.map((pending) => pending.job)).sort((a, b) => byText(a.source ?? '', b.source ?? ''));
}

/**
 * Reviews every article of the folder's content model: each file is placed
 * by its collection's pairing rule (`placeFile`), groups are per collection
 * and group key, and each collection is judged with its own source
 * language, shared fields and pairing fields. Statuses (deriveStatus against
 * the source's current content hash), consistency checks, orphans, and per
 * group the languages it lacks. Each changed file is read once for its
 * facts; a translation whose checks must be (re)computed is read again with
 * its source (one source read per group), then only its check ids are kept.
 */
export async function reviewFolder(root: string, options: ReviewFolderOptions = {}, cache = new ReviewCache()): Promise<FolderReview> {
  return reviewOf(root, options, cache, await planFolder(root, options, cache));
}

type FolderPlan = Awaited<ReturnType<typeof planFolder>>;

/** The review from its plan: the pending checks made here, then each collection's summary and groups. */
async function reviewOf(root: string, options: ReviewFolderOptions, cache: ReviewCache, plan: FolderPlan): Promise<FolderReview> {
  const { model, facts, seen, allFacts, wantedLangs, bands, planned, findings } = plan;
  await checkPending(root, model, planned.flatMap((p) => p.pending), options, cache, findings);
  const factsByPath = byPath(facts);

  const parts: { review: CollectionReview; entries: ReviewEntry[]; groups: ReviewGroup[]; files: number }[] = [];
  for (const { collection, facts, counted, sourceLang, entries } of planned) {
    addLength(entries, factsByPath, bands, findings);
    const present = [...collection.languages, ...facts.flatMap((f) => (f.lang ? [f.lang] : []))].map((l) => l.toLowerCase());
    const langs = [...new Set(wantedLangs ?? present)].filter((l) => l !== sourceLang).sort(byText);
    // Languages named by the caller limit the lists too: a CI job for uk and pt must not fail on es.
    const wanted = new Set(langs);
    const rows = wantedLangs ? entries.filter((e) => e.isOriginal || e.lang === null || wanted.has(e.lang.toLowerCase())) : entries;
    const summary = summarizeReview(rows, { sourceLang, targetLangs: langs, counted });
    parts.push({ review: { name: collection.name, sourceLang, langs, summary }, entries, groups: buildGroups(collection.name, facts, entries, langs, counted), files: facts.length });
  }
  for (const path of cache.checks.keys()) if (!seen.has(path)) cache.checks.delete(path);

  const largest = [...parts].sort((a, b) => b.files - a.files)[0];
  const sourceLang = (options.sourceLang ?? largest?.review.sourceLang ?? model.collections[0]?.sourceLanguage ?? 'en').toLowerCase();
  const entries = parts.flatMap((p) => p.entries);
  const langs = [...new Set(parts.flatMap((p) => p.review.langs))].sort(byText);
  const reviewed = new Set(entries.map((e) => e.path));
  const skipped = allFacts.filter((f) => !reviewed.has(f.path)).map((f) => f.path);
  const groups = parts
    .flatMap((p) => p.groups)
    .sort((a, b) => byText(b.publishedAt ?? '', a.publishedAt ?? '') || byText(a.collection, b.collection) || byText(a.groupKey, b.groupKey));
  return {
    sourceLang,
    langs,
    entries,
    groups,
    summary: mergeSummaries(sourceLang, parts.map((p) => p.review.summary)),
    collections: parts.map((p) => p.review),
    fileLangs: [...new Set(allFacts.flatMap((f) => (f.lang ? [f.lang.toLowerCase()] : [])))].sort(byText),
    paired: entries.filter((e) => !e.isOriginal && e.source !== null).length,
    skipped,
    lengthBands: Object.fromEntries(bands),
    findingsOf: (path) => findings.of(path),
  };
}

/**
 * Every file's facts read from the files, by path: each file changed since
 * the cache saw it is read once.
 */
async function factsFromFiles(root: string, model: ContentModel, cache: ReviewCache): Promise<FileFacts[]> {
  const content = contentPaths(model, root);
  const scanned = (await scanWorkspace(root, { accept: content.entry }).finally(() => content.forget())).sort((a, b) => byText(a.path, b.path));
  const seen = new Set<string>();
  const facts: FileFacts[] = [];
  const slice = timeSlicer();
  for (const entry of scanned) {
    await slice.pause();
    const collection = collectionFor(model, entry.path);
    if (collection === null) continue;
    seen.add(entry.path);
    let fact = cache.facts.get(entry.path);
    if (!fact || fact.size !== entry.size || fact.mtimeMs !== entry.mtimeMs) {
      const file = await readReviewFile(join(root, entry.path), entry.path, collection);
      fact = file ? toFacts(file, entry.size, entry.mtimeMs) : unreadableFacts(entry, collection);
      cache.facts.set(entry.path, fact);
    }
    facts.push(fact);
  }
  for (const path of cache.facts.keys()) if (!seen.has(path)) cache.facts.delete(path);
  return facts;
}

/**
 * Adds the length ratios of a collection's pairs, per language: every
 * translation that is neither a draft nor marked needs-work, against the
 * original its pairing rule gives it.
 */
function collectRatios(facts: readonly FileFacts[], ratios: Map<string, number[]>): void {
  const { originals } = pairing(facts);
  for (const f of facts) {
    if (f.translatedFrom === null || f.broken !== null || f.draft || f.review?.status === 'needs-work' || f.lang === null || f.bodyLength === null) continue;
    const source = originalOf(f, originals);
    const ratio = source?.bodyLength != null ? lengthRatio(source.bodyLength, f.bodyLength) : null;
    if (ratio === null) continue;
    const lang = f.lang.toLowerCase();
    const list = ratios.get(lang);
    if (list) list.push(ratio);
    else ratios.set(lang, [ratio]);
  }
}

/** What `analyzeGroups` needs of a file's facts. Needs work as `deriveStatus` would say it (it does not depend on the source). */
function groupInputOf(fact: FileFacts): GroupInput {
  const translation = fact.translatedFrom !== null && fact.broken === null;
  return {
    path: fact.path,
    collection: fact.collection,
    lang: fact.lang,
    pathLang: null,
    groupKey: fact.groupKey,
    translatedFrom: fact.translatedFrom,
    valid: fact.broken === null,
    readable: fact.broken === null,
    status: translation ? deriveStatus({ isOriginal: false, draft: fact.draft, review: fact.review, currentSourceHash: null }) : null,
  };
}

/** The facts with each unreadable file that `analyzeGroups` placed by its path given its group's key. */
function placedFacts(facts: FileFacts[], analysis: GroupAnalysis): FileFacts[] {
  if (analysis.placedByPath.size === 0) return facts;
  const keyOf = new Map<string, string>();
  for (const group of analysis.groups) for (const m of group.members) if (analysis.placedByPath.has(m.path)) keyOf.set(m.path, group.groupKey);
  return facts.map((fact) => {
    const groupKey = keyOf.get(fact.path);
    return groupKey === undefined ? fact : { ...fact, groupKey };
  });
}

/** The `frontmatter` check of a translation placed in its group by path: what Repair from original does. */
export function lostFrontmatterCheck(fact: Pick<FileFacts, 'broken' | 'noFrontmatter'>): Check {
  const what = fact.noFrontmatter
    ? 'This translation has no frontmatter.'
    : `This translation's frontmatter cannot be read: ${fact.broken ?? ''}`;
  return {
    id: 'frontmatter',
    message: `${what} Repair from original copies the original's fields (its key, the shared fields, the language from the file name) as a draft, and leaves the text as it is.`,
  };
}

function toFacts(file: ReviewFile, size: number, mtimeMs: number): FileFacts {
  return { path: file.path, size, mtimeMs, hash: file.hash, ...storedFactsOf(file) };
}

/** A file that is not UTF-8 text: what its path says under its collection's rule. */
function unreadableFacts(entry: { path: string; size: number; mtimeMs: number }, collection: ModelCollection): FileFacts {
  return { path: entry.path, size: entry.size, mtimeMs: entry.mtimeMs, ...unreadableStoredFacts(entry.path, collection) };
}

/** The pairing facts every translation's status and checks depend on, within one collection. */
interface Pairing {
  /** The originals (readable, not translations) per group key, by path. */
  originals: Map<string, FileFacts[]>;
  members: Map<string, FileFacts[]>;
}

function pairing(facts: readonly FileFacts[]): Pairing {
  const originals = new Map<string, FileFacts[]>();
  const members = new Map<string, FileFacts[]>();
  const add = (map: Map<string, FileFacts[]>, key: string, f: FileFacts): void => {
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  };
  for (const f of facts) {
    if (f.groupKey === null) continue;
    if (f.translatedFrom === null && f.broken === null) add(originals, f.groupKey, f);
    add(members, f.groupKey, f);
  }
  return { originals, members };
}

/**
 * The original a translation is compared with: of its group's originals (or
 * those its translated-from key names), the one beside it by path — the
 * same name with another suffix, the same path in another locale folder —
 * else the first by path. A group with duplicate originals then pairs each
 * translation with its own.
 */
function originalOf(f: FileFacts, originals: ReadonlyMap<string, FileFacts[]>): FileFacts | null {
  const candidates = (f.groupKey !== null ? originals.get(f.groupKey) : undefined) ?? (f.translatedFrom !== null ? originals.get(f.translatedFrom) : undefined) ?? [];
  return pickOriginal(f.path, candidates);
}

interface CollectionContext {
  collection: ModelCollection;
  rules: CheckRules;
  sourceLang: string;
  /** The files `analyzeGroups` found sharing a group and language with another. */
  duplicates: ReadonlySet<string>;
  /** Check results kept across runs and processes; none for a review from the files alone. */
  store?: CheckStore | undefined;
}

/** A translation whose checks are neither cached nor stored: what to check, and where its results go. */
interface PendingCheck {
  job: CheckJob;
  fact: FileFacts;
  source: FileFacts | null;
  /** What the in-memory cache keeps it under. */
  basis: CheckBasis;
  /** The index's key (hashes of both files), or null when results cannot be stored. */
  storedKey: string | null;
  entry: ReviewEntry;
}

/**
 * Every file's entry, with the checks known from the cache or the index;
 * the translations still to check come back as `pending`. Checks are kept
 * without `length` (see `NO_LENGTH_BAND`), which `addLength` adds.
 */
function planEntries(facts: readonly FileFacts[], context: CollectionContext, cache: ReviewCache, findings: ReviewFindings): { entries: ReviewEntry[]; pending: PendingCheck[] } {
  const { collection, rules, sourceLang, duplicates, store } = context;
  // Hashed once: the key of every translation of the collection names the rules.
  const rulesHash = store ? sha256Hex(JSON.stringify(rules)) : '';
  const { originals } = pairing(facts);
  const entries: ReviewEntry[] = [];
  const pending: PendingCheck[] = [];
  // Every entry made by one function, so all share one shape (and one empty check list until checks are known).
  const entryOf = (f: FileFacts, isOriginal: boolean, status: ReviewEntry['status'], checks: string[], source: string | null): ReviewEntry => ({
    path: f.path,
    collection: collection.name,
    lang: f.lang,
    groupKey: f.groupKey,
    note: f.note,
    isOriginal,
    status,
    checks,
    source,
  });
  for (const f of facts) {
    if (f.broken !== null) {
      // A broken file in another language is most likely a translation: report it rather than count its language missing.
      if (f.lang === null || f.lang.toLowerCase() === sourceLang) continue;
      const original = f.groupKey !== null ? (pickOriginal(f.path, originals.get(f.groupKey) ?? []) ?? undefined) : undefined;
      if (original) {
        // Placed by path: its group's translation, a draft until repaired (Repair from original makes it a draft).
        const lost = lostFrontmatterCheck(f);
        entries.push(entryOf(f, false, 'draft', [lost.id], original.path));
        findings.keep(f.path, [lost]);
        continue;
      }
      const check: Check = { id: 'frontmatter', message: `${f.broken} Fix the frontmatter so the translation can be checked.` };
      entries.push(entryOf(f, false, 'unreviewed', [check.id], null));
      findings.keep(f.path, [check]);
      continue;
    }
    if (f.translatedFrom === null) {
      const status = deriveStatus({ isOriginal: true, draft: f.draft, review: f.review, currentSourceHash: null });
      entries.push(entryOf(f, true, status, NO_CHECKS, null));
      continue;
    }
    const source = originalOf(f, originals);
    const originalExists = originals.has(f.translatedFrom);
    const duplicate = duplicates.has(f.path);
    const status = deriveStatus({ isOriginal: false, draft: f.draft, review: f.review, currentSourceHash: source?.contentHash ?? null });
    const entry = entryOf(f, false, status, NO_CHECKS, source?.path ?? null);
    entries.push(entry);
    const basis: CheckBasis = {
      size: f.size,
      mtimeMs: f.mtimeMs,
      source: source?.path ?? null,
      sourceSize: source?.size ?? null,
      sourceMtimeMs: source?.mtimeMs ?? null,
      originalExists,
      duplicate,
    };
    const known = cache.checks.get(f.path);
    if (known !== undefined && sameBasis(known, basis)) {
      entry.checks = known.ids;
      if (known.storedKey !== null) findings.storedUnder(f.path, known.storedKey);
      else if (known.list) findings.keep(f.path, known.list);
      continue;
    }
    // Known by their bytes (the index's hashes): results stored by an earlier run or another process.
    const storedKey =
      store && f.hash !== undefined && (source === null || source.hash !== undefined)
        ? checksKey({ rules: rulesHash, path: f.path, hash: f.hash, source: source && { path: source.path, hash: source.hash ?? '' }, originalExists, duplicate })
        : null;
    const stored = storedKey !== null ? store?.ids(f.path, storedKey) : undefined;
    if (stored && storedKey !== null) {
      cache.checks.set(f.path, knownChecks(basis, stored, storedKey, null));
      entry.checks = stored;
      findings.storedUnder(f.path, storedKey);
    } else {
      const job: CheckJob = {
        collection: collection.name,
        path: f.path,
        source: source?.path ?? null,
        originalExists,
        duplicate,
        ...(storedKey !== null && f.hash !== undefined && { store: { key: storedKey, hash: f.hash, sourceHash: source?.hash ?? null } }),
      };
      pending.push({ job, fact: f, source, basis, storedKey, entry });
    }
  }
  return { entries, pending };
}

/**
 * Checks the pending translations on the caller's thread, in time slices,
 * grouped by source so each original is read once (many go to the worker
 * threads before: see workspace-review.ts), and keeps
 * the results: in the cache, and in the index when both files still hold
 * the bytes the key names (one may have changed since it was indexed).
 */
async function checkPending(root: string, model: ContentModel, pending: PendingCheck[], options: ReviewFolderOptions, cache: ReviewCache, findings: ReviewFindings): Promise<void> {
  if (pending.length === 0) return;
  pending.sort((a, b) => byText(a.job.source ?? '', b.job.source ?? ''));
  const jobs = pending.map((p) => p.job);
  const tell = options.onCheckProgress;
  const slice = timeSlicer();
  // Told 0 first and all last, each once (a repeated figure would be shown again).
  const results = await computeChecks(root, model, jobs, { pause: () => slice.pause(), onDone: (done) => tell?.(done, jobs.length) });
  const computed: { path: string; key: string; checks: Check[] }[] = [];
  for (const [i, result] of results.entries()) {
    const job = pending[i];
    if (job === undefined || result.checks === null) continue; // changed under us; the next run sees it
    const ids = result.checks.map((c) => c.id);
    job.entry.checks = ids;
    if (job.storedKey !== null && options.checkStore && storable(job.job, result)) {
      computed.push({ path: job.fact.path, key: job.storedKey, checks: result.checks });
      cache.checks.set(job.fact.path, knownChecks(job.basis, ids, job.storedKey, null));
      findings.storedUnder(job.fact.path, job.storedKey);
    } else {
      cache.checks.set(job.fact.path, knownChecks(job.basis, ids, null, result.checks));
      findings.keep(job.fact.path, result.checks);
    }
  }
  if (computed.length > 0) options.checkStore?.putMany(computed);
}

/**
 * `length` for each translation compared with an original, from both
 * files' stored body lengths and the folder's band for its language, in its
 * place among the checks (after `images`, before `repetition`).
 */
function addLength(entries: readonly ReviewEntry[], facts: ReadonlyMap<string, FileFacts>, bands: ReadonlyMap<string, LengthBand>, findings: ReviewFindings): void {
  for (const entry of entries) {
    if (entry.isOriginal || entry.source === null) continue;
    const fact = facts.get(entry.path);
    const source = facts.get(entry.source);
    if (!fact || !source || fact.broken !== null || source.broken !== null || fact.bodyLength === null || source.bodyLength === null) continue;
    const lang = fact.lang?.toLowerCase();
    const band = (lang !== undefined ? bands.get(lang) : undefined) ?? DEFAULT_BAND;
    const finding = lengthCheck(source.bodyLength, fact.bodyLength, band, fact.lang ?? 'these');
    if (finding === null) continue;
    entry.checks = withLength(entry.checks, finding.id, (id) => id);
    findings.addLength(entry.path, finding);
  }
}

