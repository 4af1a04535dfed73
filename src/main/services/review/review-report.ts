import { gunzipSync, gzipSync } from 'node:zlib';
import type { Check } from '@shared/review';
import { modelFingerprint } from '../content-model/model-fingerprint';
import type { Workspace } from '../workspace';
import type { FolderReview, ReviewFolderOptions } from './review-folder';
import { sha256Hex } from './review-file';
import { CHECKS_VERSION } from './stored-checks';
import { mergeSummaries } from './merge-summaries';
import { workspaceReview } from './workspace-review';

/**
 * What `copydesk review` prints, in either form: the summaries, and for
 * the translations it lists their sources and findings. A fraction of a
 * whole review (no groups, no clean entries), so it can be kept.
 */
export interface ReviewReport extends Pick<FolderReview, 'sourceLang' | 'langs' | 'summary' | 'collections' | 'fileLangs' | 'paired' | 'skipped'> {
  /** The original each outdated translation is compared with. */
  sources: Record<string, string | null>;
  /** Every finding of each inconsistent translation, with its message. */
  findings: Record<string, Check[]>;
}

/**
 * Bump when what a report holds, or how a review counts, changes: a report
 * kept by another version is then made again.
 */
// 1: the first kept reports. 2: kept compressed. 3: kept without the summary (the collections' summed when read).
const REPORT_VERSION = 3;
const META_KEY = 'review-report';
const FINDINGS_KEY = 'review-report-findings';

/** The report of a review; `findings: false` leaves the findings out (reading them all is most of the work at 100,000 files). */
export function reportOf(review: FolderReview, opts: { findings?: boolean } = {}): ReviewReport {
  // One pass for the few outdated translations, rather than a map of every entry.
  const outdated = new Set(review.summary.outdated);
  const sources = new Map<string, string | null>();
  for (const entry of review.entries) if (outdated.has(entry.path)) sources.set(entry.path, entry.source);
  return {
    sourceLang: review.sourceLang,
    langs: review.langs,
    summary: review.summary,
    collections: review.collections,
    fileLangs: review.fileLangs,
    paired: review.paired,
    skipped: review.skipped,
    sources: Object.fromEntries(review.summary.outdated.map((path) => [path, sources.get(path) ?? null])),
    findings: opts.findings === false ? {} : Object.fromEntries(review.summary.inconsistent.map(({ path }) => [path, review.findingsOf(path)])),
  };
}

/**
 * The workspace's review report. The index is brought up to date first;
 * when it then holds the very files (paths and bytes) the last report was
 * made from, under the same content model, options and version, that
 * report is the answer: a review of an unchanged archive reads one row
 * instead of every file's facts and check results. Otherwise the review
 * runs (checking what the index lacks) and its report is kept.
 * `indexed`: the caller has just brought the index up to date; `findings:
 * false`: the caller prints no messages (`findings` may then be empty).
 */
export async function workspaceReport(
  ws: Workspace,
  options: Pick<ReviewFolderOptions, 'langs' | 'sourceLang'>,
  how: { indexed?: boolean; findings?: boolean } = {},
): Promise<ReviewReport> {
  const model = await ws.contentModel();
  if (!ws.isWatching() && how.indexed !== true) await ws.update({ rankLists: false });
  const token = sha256Hex(JSON.stringify([REPORT_VERSION, CHECKS_VERSION, modelFingerprint(model), options.langs ?? null, options.sourceLang ?? null, ws.indexedContent()]));
  const kept = readKept(ws, token, how.findings !== false);
  if (kept) return kept;
  const withFindings = how.findings !== false;
  const report = reportOf(await workspaceReview(ws, options, { indexed: true }), { findings: withFindings });
  // The summary is the collections' summed (as the review made it): kept once, not twice. At 100k files it halves what is
  // kept and what a review with nothing changed parses.
  const { findings, summary: _summed, ...rest } = report;
  // Apart, and only when asked for: the findings' messages are most of a report's size, and only the human-readable form prints them.
  keep(ws, META_KEY, { token, report: rest });
  if (withFindings) keep(ws, FINDINGS_KEY, { token, findings });
  return report;
}

function readKept(ws: Workspace, token: string, withFindings: boolean): ReviewReport | null {
  const kept = parseKept<Omit<ReviewReport, 'findings' | 'summary'>>(ws.indexMeta(META_KEY), token, 'report');
  if (kept === null) return null;
  const report = { ...kept, summary: mergeSummaries(kept.sourceLang, kept.collections.map((c) => c.summary)) };
  if (!withFindings) return { ...report, findings: {} };
  const findings = parseKept<ReviewReport['findings']>(ws.indexMeta(FINDINGS_KEY), token, 'findings');
  return findings === null ? null : { ...report, findings };
}

/**
 * Kept as gzipped JSON: a report of 100,000 files is ≈ 17 MB of JSON (2.4 MB
 * gzipped, ≈ 70 ms), and handing SQLite that much text cost the review's
 * peak ≈ 50 MB of native memory for its copy and pages, and the index 17 MB
 * of log on every change.
 */
function keep(ws: Workspace, key: string, value: unknown): void {
  ws.setIndexMeta(key, gzipSync(JSON.stringify(value), { level: 1 }));
}

function parseKept<T>(value: string | Buffer | undefined, token: string, field: string): T | null {
  if (value === undefined) return null;
  try {
    const kept = JSON.parse(typeof value === 'string' ? value : gunzipSync(value).toString()) as Record<string, unknown>;
    return kept.token === token && kept[field] !== undefined ? (kept[field] as T) : null;
  } catch {
    // A damaged value is a cache miss: the review runs again and replaces it.
    return null;
  }
}
