import type { ReviewSummary } from '@shared/review';
import { workspaceReport, type ReviewReport } from '../services/review';
import { EXIT, UsageError, type CliIo } from './cli-io';
import { openCliWorkspace } from './open-workspace';
import { createProgressLine } from './progress-line';

/** Per-language counts as `copydesk review --json` prints them. */
export interface ReviewJsonCounts {
  missing: number;
  draft: number;
  unreviewed: number;
  'needs-work': number;
  approved: number;
  outdated: number;
}

/** One collection's part of `copydesk review --json`, with its own source language. */
export interface ReviewJsonCollection {
  source: string;
  languages: Record<string, ReviewJsonCounts>;
  outdated: string[];
  inconsistent: { path: string; checks: string[] }[];
  orphans: string[];
}

/** The JSON printed by `copydesk review --json`; CI scripts read it, keep its shape. The top-level fields sum `collections`. */
export interface ReviewJson extends ReviewJsonCollection {
  collections: Record<string, ReviewJsonCollection>;
}

const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** `--langs uk,pt` → `['uk', 'pt']`; a usage error for anything that is not a language code. */
export function parseLangs(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const langs = raw.split(',').map((l) => l.trim()).filter((l) => l !== '');
  const bad = langs.find((l) => !LANG.test(l));
  if (langs.length === 0 || bad !== undefined) {
    throw new UsageError(`--langs takes language codes separated by commas (uk,pt,pt-BR), not "${bad ?? raw}".`);
  }
  return langs;
}

/** A folder's review in the exact `--json` shape, keys in a fixed order: the summed summary, then each collection's. */
export function reviewJson(review: Pick<ReviewReport, 'summary' | 'collections'>): ReviewJson {
  return {
    ...summaryJson(review.summary),
    collections: Object.fromEntries(review.collections.map((collection) => [collection.name, summaryJson(collection.summary)])),
  };
}

function summaryJson(summary: ReviewSummary): ReviewJsonCollection {
  const languages: Record<string, ReviewJsonCounts> = {};
  for (const [lang, c] of Object.entries(summary.languages)) {
    languages[lang] = { missing: c.missing, draft: c.draft, unreviewed: c.unreviewed, 'needs-work': c['needs-work'], approved: c.approved, outdated: c.outdated };
  }
  return {
    source: summary.source,
    languages,
    outdated: summary.outdated,
    inconsistent: summary.inconsistent.map(({ path, checks }) => ({ path, checks })),
    orphans: summary.orphans,
  };
}

/**
 * Why the review compared nothing although the folder has several
 * languages (every pairing rule found no pair), or null. A CI gate must
 * never pass because nothing was compared.
 */
export function nothingCompared(review: Pick<ReviewReport, 'fileLangs' | 'paired'>): string | null {
  if (review.fileLangs.length < 2 || review.paired > 0) return null;
  return `The folder has files in ${review.fileLangs.join(', ')} but no translation was paired with an original, so nothing was compared. Check how its collections pair translations (copydesk model), or set the pairing in copydesk.config.json.`;
}

/**
 * `copydesk review DIR [--json] [--langs uk,pt] [--db FILE] [--no-trust]`:
 * review statuses per collection and language, each file placed by the
 * folder's content model, for a content repository's CI. The index is
 * brought up to date first (built on first use, outside the folder), then
 * the review reads the facts and check results it holds: only translations
 * whose files changed since are checked, on the index's worker threads, and
 * when no file changed since the last report, that report is printed again.
 * Exit 1 when any translation is outdated or inconsistent, or when the
 * folder has several languages and nothing was paired; else 0.
 */
export async function runReview(
  root: string,
  opts: { json: boolean; langs: string[] | undefined; trusted: boolean; db?: string | undefined; workerPath?: string | undefined },
  io: CliIo,
): Promise<number> {
  const ws = openCliWorkspace(root, opts.db, io.stderr, opts.trusted, opts.workerPath, { searches: false });
  let review: ReviewReport;
  try {
    // On a terminal only: a CI job's log keeps to the report and what went wrong.
    const progress = createProgressLine(io.stderr);
    const off = io.stderr.isTTY ? ws.on('progress', (p) => progress.update(p)) : () => undefined;
    try {
      review = await workspaceReport(ws, { ...(opts.langs && { langs: opts.langs }) }, { findings: !opts.json });
    } finally {
      off();
      progress.finish();
    }
  } finally {
    await ws.close();
  }
  const { summary } = review;
  if (opts.json) io.stdout.write(`${JSON.stringify(reviewJson(review))}\n`);
  else io.stdout.write(humanReport(review));
  const unpaired = nothingCompared(review);
  if (unpaired !== null) {
    io.stderr.write(`copydesk review: ${unpaired}\n`);
    return EXIT.failed;
  }
  return summary.outdated.length > 0 || summary.inconsistent.length > 0 ? EXIT.failed : EXIT.ok;
}

const COLUMNS = ['missing', 'draft', 'unreviewed', 'needs-work', 'approved', 'outdated'] as const;

function humanReport(review: ReviewReport): string {
  const { summary } = review;
  const out: string[] = [];
  const langs = Object.keys(summary.languages);
  const sources = review.collections.map((c) => `${c.name} ${c.sourceLang}`);
  out.push(`Source language: ${review.collections.length > 1 ? sources.join(', ') : summary.source}. Target languages: ${langs.length > 0 ? langs.join(', ') : 'none'}.`, '');
  if (langs.length > 0) {
    const header = ['lang', ...COLUMNS];
    const rows = langs.map((lang) => [lang, ...COLUMNS.map((c) => String(summary.languages[lang]?.[c] ?? 0))]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
    out.push(line(header), ...rows.map(line), '');
  }
  if (summary.outdated.length > 0) {
    out.push(`Outdated (${summary.outdated.length}): the source changed since approval`);
    for (const path of summary.outdated) out.push(`  ${path}  (source: ${review.sources[path] ?? '?'})`);
    out.push('');
  }
  if (summary.inconsistent.length > 0) {
    out.push(`Inconsistent (${summary.inconsistent.length}):`);
    for (const { path } of summary.inconsistent) {
      out.push(`  ${path}`);
      for (const check of review.findings[path] ?? []) out.push(`    ${check.id}: ${check.message}`);
    }
    out.push('');
  }
  if (summary.orphans.length > 0) {
    out.push(`Orphans (${summary.orphans.length}): translations whose original is not in the folder`, ...summary.orphans.map((p) => `  ${p}`), '');
  }
  if (review.skipped.length > 0) {
    out.push(`Skipped (${review.skipped.length}): no readable frontmatter (copydesk validate explains)`, ...review.skipped.map((p) => `  ${p}`), '');
  }
  const unpaired = nothingCompared(review);
  if (unpaired !== null) out.push(unpaired, '');
  const problems = summary.outdated.length + summary.inconsistent.length;
  out.push(problems === 0 ? 'No outdated or inconsistent translations.' : `${summary.outdated.length} outdated, ${summary.inconsistent.length} inconsistent.`);
  return `${out.join('\n')}\n`;
}
