import { join } from 'node:path';
import {
  checkConsistency,
  DEFAULT_BAND,
  deriveStatus,
  lengthBands,
  lengthRatio,
  parseMarkdown,
  blocksFromTree,
  outlineFromTree,
  summarizeReview,
  type LengthBand,
  type ArticleSide,
  type Check,
  type ReviewRow,
  type ReviewSummary,
} from '../../core/review';
import { langFromPath } from '@shared/paths/lang-from-path';
import { opensFrontmatter } from '@shared/frontmatter';
import { groupByPath } from '../../core/repair';
import { scanWorkspace } from '../scan-workspace';
import { articleSide, bodyLength, contentHashOf, readReviewFile, type ReviewFile } from './review-file';
import type { ReviewGroup } from '@shared/ipc/review-contract';
import { buildGroups } from './review-groups';
import { timeSlicer } from './time-slice';

/** What a review keeps of one file: the frontmatter facts of its `ReviewFile`, with its stat and the original's content hash. */
export interface FileFacts
  extends Pick<ReviewFile, 'path' | 'lang' | 'externalId' | 'translatedFrom' | 'draft' | 'title' | 'publishedAt' | 'review'> {
  size: number;
  mtimeMs: number;
  /** `sourceContentHash` of an original (no `ai.translatedFrom`); null for translations or unreadable frontmatter. */
  contentHash: string | null;
  /** Why the frontmatter could not be read; null when it was. `lang` and `externalId` are then best guesses. */
  broken: string | null;
  /** The normalised body's length (what `length` compares); null when unreadable. */
  bodyLength: number | null;
  /** `review.note`, null when none. */
  note: string | null;
  /** The file has no frontmatter block at all (it lost it), as opposed to one that cannot be read. */
  noFrontmatter?: boolean;
}

/** One translation or original with its derived status and the checks that fired. */
export interface ReviewEntry extends ReviewRow {
  checkList: Check[];
  /** The source the translation was checked against. */
  source: string | null;
  /** `review.note`, null when none. */
  note: string | null;
}

/**
 * Facts and check results from earlier runs, keyed by each file's size and
 * mtime, so the app's repeated overviews read only files that changed.
 * One per workspace; a one-shot command uses a fresh one.
 */
export class ReviewCache {
  readonly facts = new Map<string, FileFacts>();
  readonly checks = new Map<string, { key: string; checks: Check[] }>();
}

export interface ReviewFolderOptions {
  /** Target languages; translations in other languages are then left out of the summary's lists. Default: every language of the folder except the source's. */
  langs?: readonly string[];
  /** Default: the most common language of originals (ties: alphabetical), else `en`. */
  sourceLang?: string;
}

/** The review of a whole folder, from the files themselves (no index). */
export interface FolderReview {
  sourceLang: string;
  langs: string[];
  entries: ReviewEntry[];
  groups: ReviewGroup[];
  summary: ReviewSummary;
  /**
   * Files left out: unreadable frontmatter in the source language (or with no
   * language), so neither an original nor a translation can be told.
   */
  skipped: string[];
  /** Per target language, the length ratio its translations usually have (what `length` judges against). */
  lengthBands: Record<string, LengthBand>;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reviews every Markdown file under `root`: statuses (deriveStatus against
 * the source's current content hash), consistency checks, orphans, and per
 * group the languages it lacks. Each changed file is read once for its facts;
 * a translation whose checks must be (re)computed is read again with its
 * source (one source read per group), then only its check ids are kept.
 */
export async function reviewFolder(root: string, options: ReviewFolderOptions = {}, cache = new ReviewCache()): Promise<FolderReview> {
  const scanned = (await scanWorkspace(root)).sort((a, b) => byText(a.path, b.path));
  const seen = new Set<string>();
  const facts: FileFacts[] = [];
  const slice = timeSlicer();
  for (const entry of scanned) {
    await slice.pause();
    seen.add(entry.path);
    const known = cache.facts.get(entry.path);
    if (known && known.size === entry.size && known.mtimeMs === entry.mtimeMs) {
      facts.push(known);
      continue;
    }
    const file = await readReviewFile(join(root, entry.path), entry.path);
    const fact = file ? toFacts(file, entry.size, entry.mtimeMs) : unreadableFacts(entry);
    cache.facts.set(entry.path, fact);
    facts.push(fact);
  }
  for (const path of cache.facts.keys()) if (!seen.has(path)) cache.facts.delete(path);

  const sourceLang = (options.sourceLang ?? mostCommonOriginalLang(facts)).toLowerCase();
  const langs = options.langs
    ? [...new Set(options.langs.map((l) => l.toLowerCase()))].filter((l) => l !== sourceLang).sort(byText)
    : [...new Set(facts.flatMap((f) => (f.lang ? [f.lang.toLowerCase()] : [])))].filter((l) => l !== sourceLang).sort(byText);

  const bands = folderLengthBands(facts);
  // A translation that lost its frontmatter is placed in its group by path, before orphans and missing languages are counted.
  const placed = placeByPath(facts);
  const entries = await entriesOf(root, placed, sourceLang, cache, bands);
  // Languages named by the caller limit the lists too: a CI job for uk and pt must not fail on es.
  const wanted = new Set(langs);
  const counted = options.langs ? entries.filter((e) => e.isOriginal || e.lang === null || wanted.has(e.lang.toLowerCase())) : entries;
  const summary = summarizeReview(counted, { sourceLang, targetLangs: langs });
  const reviewed = new Set(entries.map((e) => e.path));
  const skipped = facts.filter((f) => !reviewed.has(f.path)).map((f) => f.path);
  return { sourceLang, langs, entries, groups: buildGroups(placed, entries, langs), summary, skipped, lengthBands: Object.fromEntries(bands) };
}

/**
 * The usual length ratio per language, from the folder's own pairs: every
 * translation that is neither a draft nor marked needs-work, against its
 * original.
 */
function folderLengthBands(facts: readonly FileFacts[]): Map<string, LengthBand> {
  const { originals } = pairing(facts);
  const ratios = new Map<string, number[]>();
  for (const f of facts) {
    if (f.translatedFrom === null || f.broken !== null || f.draft || f.review?.status === 'needs-work' || f.lang === null || f.bodyLength === null) continue;
    const source = (f.externalId !== null ? originals.get(f.externalId) : undefined) ?? originals.get(f.translatedFrom);
    const ratio = source?.bodyLength != null ? lengthRatio(source.bodyLength, f.bodyLength) : null;
    if (ratio === null) continue;
    const lang = f.lang.toLowerCase();
    const list = ratios.get(lang);
    if (list) list.push(ratio);
    else ratios.set(lang, [ratio]);
  }
  return lengthBands(ratios);
}

/** The facts with each unreadable file given its group's externalId when its path places it (see groupByPath). */
function placeByPath(facts: FileFacts[]): FileFacts[] {
  const placed = groupByPath(facts);
  if (placed.size === 0) return facts;
  return facts.map((fact) => {
    const place = placed.get(fact.path);
    return place ? { ...fact, externalId: place.externalId } : fact;
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
  return {
    path: file.path,
    size,
    mtimeMs,
    lang: file.lang,
    externalId: file.externalId,
    translatedFrom: file.translatedFrom,
    draft: file.draft,
    title: file.title,
    publishedAt: file.publishedAt,
    review: file.review,
    contentHash: file.translatedFrom === null && file.data !== null ? contentHashOf(file) : null,
    broken: file.problem,
    bodyLength: bodyLength(file),
    note: file.note,
    ...(file.data === null && !opensFrontmatter(file.text) && { noFrontmatter: true }),
  };
}

function unreadableFacts(entry: { path: string; size: number; mtimeMs: number }): FileFacts {
  return {
    path: entry.path,
    size: entry.size,
    mtimeMs: entry.mtimeMs,
    lang: langFromPath(entry.path),
    externalId: null,
    translatedFrom: null,
    draft: false,
    title: null,
    publishedAt: null,
    review: null,
    contentHash: null,
    broken: 'The file cannot be read as UTF-8 text.',
    bodyLength: null,
    note: null,
  };
}

function mostCommonOriginalLang(facts: readonly FileFacts[]): string {
  const counts = new Map<string, number>();
  for (const f of facts) if (f.translatedFrom === null && f.broken === null && f.lang) counts.set(f.lang.toLowerCase(), (counts.get(f.lang.toLowerCase()) ?? 0) + 1);
  let best = 'en';
  let most = 0;
  for (const [lang, n] of [...counts].sort(([a], [b]) => byText(a, b))) {
    if (n > most) [best, most] = [lang, n];
  }
  return best;
}

/** The pairing facts every translation's status and checks depend on. */
interface Pairing {
  /** First original (by path) per externalId. */
  originals: Map<string, FileFacts>;
  members: Map<string, FileFacts[]>;
}

function pairing(facts: readonly FileFacts[]): Pairing {
  const originals = new Map<string, FileFacts>();
  const members = new Map<string, FileFacts[]>();
  for (const f of facts) {
    if (f.externalId === null) continue;
    if (f.translatedFrom === null && f.broken === null && !originals.has(f.externalId)) originals.set(f.externalId, f);
    const list = members.get(f.externalId);
    if (list) list.push(f);
    else members.set(f.externalId, [f]);
  }
  return { originals, members };
}

async function entriesOf(root: string, facts: readonly FileFacts[], sourceLang: string, cache: ReviewCache, bands: ReadonlyMap<string, LengthBand>): Promise<ReviewEntry[]> {
  const { originals, members } = pairing(facts);
  const entries: ReviewEntry[] = [];
  const pending: { fact: FileFacts; source: FileFacts | null; originalExists: boolean; duplicate: boolean; band: LengthBand; key: string; entry: ReviewEntry }[] = [];
  for (const f of facts) {
    const base = { path: f.path, lang: f.lang, externalId: f.externalId, note: f.note };
    if (f.broken !== null) {
      // A broken file in another language is most likely a translation: report it rather than count its language missing.
      if (f.lang === null || f.lang.toLowerCase() === sourceLang) continue;
      const original = f.externalId !== null ? originals.get(f.externalId) : undefined;
      if (original) {
        // Placed by path: its group's translation, a draft until repaired (Repair from original makes it `draft: true`).
        const lost = lostFrontmatterCheck(f);
        entries.push({ ...base, isOriginal: false, status: 'draft', checks: [lost.id], checkList: [lost], source: original.path });
        continue;
      }
      const check: Check = { id: 'frontmatter', message: `${f.broken} Fix the frontmatter so the translation can be checked.` };
      entries.push({ ...base, isOriginal: false, status: 'unreviewed', checks: [check.id], checkList: [check], source: null });
      continue;
    }
    if (f.translatedFrom === null) {
      const status = deriveStatus({ isOriginal: true, draft: f.draft, review: f.review, currentSourceHash: null });
      entries.push({ ...base, isOriginal: true, status, checks: [], checkList: [], source: null });
      continue;
    }
    const source = (f.externalId !== null ? originals.get(f.externalId) : undefined) ?? originals.get(f.translatedFrom) ?? null;
    const originalExists = originals.has(f.translatedFrom);
    const lang = f.lang?.toLowerCase();
    const duplicate =
      f.externalId !== null && lang !== undefined && (members.get(f.externalId) ?? []).some((m) => m !== f && m.lang?.toLowerCase() === lang);
    const status = deriveStatus({ isOriginal: false, draft: f.draft, review: f.review, currentSourceHash: source?.contentHash ?? null });
    const entry: ReviewEntry = { ...base, isOriginal: false, status, checks: [], checkList: [], source: source?.path ?? null };
    entries.push(entry);
    const band = (lang !== undefined ? bands.get(lang) : undefined) ?? DEFAULT_BAND;
    const key = [f.size, f.mtimeMs, source?.path, source?.size, source?.mtimeMs, originalExists, duplicate, band.low, band.high].join('\u0000');
    const known = cache.checks.get(f.path);
    if (known?.key === key) setChecks(entry, known.checks);
    else pending.push({ fact: f, source, originalExists, duplicate, band, key, entry });
  }

  // Grouped by source so each source is read once.
  pending.sort((a, b) => byText(a.source?.path ?? '', b.source?.path ?? ''));
  let loaded = null as { path: string; side: ArticleSide | null } | null;
  const slice = timeSlicer();
  for (const job of pending) {
    await slice.pause();
    if (job.source && loaded?.path !== job.source.path) {
      const file = await readReviewFile(join(root, job.source.path), job.source.path);
      const side = file ? articleSide(file) : null;
      // The original's outline and blocks are computed once for all of its translations.
      loaded = { path: job.source.path, side: side && withParse(side) };
    }
    const translation = await readReviewFile(join(root, job.fact.path), job.fact.path);
    const side = translation ? articleSide(translation) : null;
    if (!side) continue; // changed under us; the next run sees it
    const sourceSide = job.source ? (loaded?.side ?? null) : null;
    const checks = checkConsistency({ source: sourceSide, translation: side, originalExists: job.originalExists, duplicateOfLang: job.duplicate, lengthBand: job.band });
    cache.checks.set(job.fact.path, { key: job.key, checks });
    setChecks(job.entry, checks);
  }
  const present = new Set(facts.map((f) => f.path));
  for (const path of cache.checks.keys()) if (!present.has(path)) cache.checks.delete(path);
  return entries;
}

function withParse(side: ArticleSide): ArticleSide {
  const tree = parseMarkdown(side.body);
  const blocks = blocksFromTree(tree, side.body);
  return { ...side, blocks, outline: outlineFromTree(tree, side.body, blocks) };
}

function setChecks(entry: ReviewEntry, checks: Check[]): void {
  entry.checkList = checks;
  entry.checks = checks.map((c) => c.id);
}
