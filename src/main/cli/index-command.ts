import type { IndexJson } from '../services/indexing/index-summary';
import { workspaceReport } from '../services/review';
import type { Workspace } from '../services/workspace';
import type { CliIo } from './cli-io';
import { EXIT } from './cli-io';
import { openCliWorkspace } from './open-workspace';
import { createProgressLine } from './progress-line';

/** The JSON printed by `copydesk index --json`; other tools read it, keep its keys and order. */
export type IndexReport = IndexJson & { ms: number };

/**
 * `copydesk index DIR [--db FILE] [--json]`: brings the index up to date,
 * including the check results of translations whose files changed (so a
 * review after it only reads them), and summarises it.
 */
export async function runIndexCommand(root: string, options: { db?: string | undefined; json: boolean; trusted?: boolean; workerPath?: string | undefined }, io: CliIo): Promise<number> {
  const started = performance.now();
  const ws = openCliWorkspace(root, options.db, io.stderr, options.trusted ?? true, options.workerPath, { searches: false });
  try {
    const progress = createProgressLine(io.stderr);
    const off = ws.on('progress', (p) => progress.update(p));
    try {
      await ws.index({ signal: io.signal });
      await checkTranslations(ws, io);
    } finally {
      off();
      progress.finish();
    }
    const report = indexReport(ws, Math.round(performance.now() - started));
    io.stdout.write(options.json ? `${JSON.stringify(report)}\n` : humanSummary(report));
    return EXIT.ok;
  } finally {
    await ws.close();
  }
}

/**
 * Checks the translations the index holds no results for. The index itself
 * is already complete: a failure here is told and the command still
 * succeeds; the next review checks them.
 */
async function checkTranslations(ws: Workspace, io: CliIo): Promise<void> {
  try {
    // The report `copydesk review` without options prints is kept too.
    await workspaceReport(ws, {}, { indexed: true, findings: false });
  } catch (error) {
    if (io.signal?.aborted) throw error;
    io.stderr.write(`copydesk: the translations could not be checked (${error instanceof Error ? error.message : String(error)}); copydesk review will check them.\n`);
  }
}

function indexReport(ws: Workspace, ms: number): IndexReport {
  const s = ws.indexSummary();
  // Rebuilt key by key so the printed order is the documented one whatever the service returns.
  return {
    files: s.files,
    articles: s.articles,
    invalid: s.invalid,
    languages: s.languages,
    groups: s.groups,
    orphans: s.orphans,
    duplicates: s.duplicates,
    tags: s.tags,
    ms,
  };
}

function humanSummary(r: IndexReport): string {
  const top = (counts: Record<string, number>, n: number): string =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  const lines = [
    `Indexed ${r.files} files in ${(r.ms / 1000).toFixed(1)} s: ${r.articles} articles, ${r.invalid} invalid.`,
    `Languages: ${top(r.languages, 20)}`,
    `Translation groups: ${r.groups}`,
    `Top tags: ${top(r.tags, 10)}`,
  ];
  if (r.orphans.length > 0) lines.push(`Orphans (translation without original): ${r.orphans.join(', ')}`);
  for (const group of r.duplicates) lines.push(`Duplicates (same collection, translation group and language): ${group.join(', ')}`);
  if (r.invalid > 0) lines.push('Run `copydesk validate DIR` to see what is wrong with the invalid files.');
  return `${lines.join('\n')}\n`;
}
