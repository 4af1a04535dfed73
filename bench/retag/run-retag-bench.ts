import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createOperation } from '../../src/main/core/retag';
import { RetagService } from '../../src/main/services/retag';
import { Workspace } from '../../src/main/services/workspace';
import { defaultCorpusDir, ensureCorpus, flag } from '../generate-corpus';
import { listMarkdown } from '../measure/list-markdown';
import { countStrayLines } from './count-stray-lines';
import { naiveRetag } from './naive-retag';

/**
 * `npm run bench:retag` — renames a tag across the bench corpus twice, on two
 * temp copies: with Copydesk's plan + journaled atomic apply, and with a
 * naive script (gray-matter parse/stringify, temp + fsync + rename). Prints
 * both times and how many lines outside tags/category each one changed.
 *   tsx --tsconfig tsconfig.node.json bench/retag/run-retag-bench.ts [--articles 10000] [--from BITCOIN] [--to Bitcoin] [--rounds 3]
 */

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const ms = (value: number): string => `${(value / 1000).toFixed(2)} s`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function strayLines(root: string, files: readonly string[], before: Map<string, string>): { files: number; lines: number } {
  let changedFiles = 0;
  let lines = 0;
  for (const rel of files) {
    const old = before.get(rel) ?? '';
    const now = readFileSync(join(root, rel), 'utf8');
    if (now === old) continue;
    const stray = countStrayLines(old, now);
    if (stray > 0) changedFiles++;
    lines += stray;
  }
  return { files: changedFiles, lines };
}

async function main(argv: readonly string[]): Promise<void> {
  const articles = Number(flag(argv, 'articles') ?? 10_000);
  const from = flag(argv, 'from') ?? 'BITCOIN';
  const to = flag(argv, 'to') ?? 'Bitcoin';
  const rounds = Number(flag(argv, 'rounds') ?? 3);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer');

  const corpus = ensureCorpus({ articles, out: defaultCorpusDir(articles) });
  log(`corpus: ${articles} articles (${corpus.generated ? 'generated' : 'reused'}) in ${corpus.dir}`);
  const temp = mkdtempSync(join(tmpdir(), 'copydesk-retag-bench-'));
  try {
    const naiveRoot = join(temp, 'naive');
    const oursRoot = join(temp, 'ours');
    cpSync(corpus.dir, naiveRoot, { recursive: true });
    cpSync(corpus.dir, oursRoot, { recursive: true });
    const files = listMarkdown(oursRoot).map((file) => relative(oursRoot, file).split('\\').join('/'));
    const before = new Map(files.map((rel) => [rel, readFileSync(join(oursRoot, rel), 'utf8')]));
    // Warm the page cache for the naive copy too, so neither side pays for cold reads.
    for (const rel of files) readFileSync(join(naiveRoot, rel));

    const ws = Workspace.open({ root: oursRoot, dbPath: join(temp, 'index.db') });
    const indexStarted = performance.now();
    await ws.index();
    const indexMs = performance.now() - indexStarted;
    // Apply ends by re-indexing what it wrote (the library must show it); timed apart, since the naive script has no index.
    const reindex = ws.reindexPaths.bind(ws);
    let reindexMs = 0;
    ws.reindexPaths = async (paths) => {
      const started = performance.now();
      try {
        return await reindex(paths);
      } finally {
        reindexMs += performance.now() - started;
      }
    };
    const service = new RetagService({ dataDir: join(temp, 'data') });
    const operation = createOperation({ rename: [{ from, to }] });

    // Rounds alternate naive and Copydesk, so a busy disk weighs on both; medians are printed.
    const naiveRuns: number[] = [];
    const naiveWrites: number[] = [];
    const planRuns: number[] = [];
    const writeRuns: number[] = [];
    const reindexRuns: number[] = [];
    const undoRuns: number[] = [];
    let naive: ReturnType<typeof naiveRetag> | undefined;
    let plan: Awaited<ReturnType<RetagService['plan']>> | undefined;
    let changedCount = 0;
    for (let round = 1; round <= rounds; round++) {
      log(`round ${round}/${rounds}: naive…`);
      for (const rel of naive?.rewritten.keys() ?? []) writeFileSync(join(naiveRoot, rel), before.get(rel) ?? '');
      const naiveStarted = performance.now();
      naive = naiveRetag(naiveRoot, files, from, to);
      naiveRuns.push(performance.now() - naiveStarted);
      naiveWrites.push(naive.writeMs);

      log(`round ${round}/${rounds}: copydesk…`);
      const planStarted = performance.now();
      plan = await service.plan(ws, { selection: { query: '' }, groups: false, operation });
      planRuns.push(performance.now() - planStarted);
      reindexMs = 0;
      const applyStarted = performance.now();
      const applied = await service.apply(ws, plan.planId);
      writeRuns.push(performance.now() - applyStarted - reindexMs);
      reindexRuns.push(reindexMs);
      changedCount = applied.changed.length;
      if (round < rounds) {
        const undoStarted = performance.now();
        await service.undo(ws, applied.journalId);
        undoRuns.push(performance.now() - undoStarted);
      }
    }
    // What a person in the app does: select by tag, so only those files are read.
    const narrowStarted = performance.now();
    const narrow = await service.plan(ws, { selection: { query: `tag:${to}` }, groups: false, operation: createOperation({ rename: [{ from: to, to: from }] }) });
    const narrowMs = performance.now() - narrowStarted;
    await ws.close();
    if (!naive || !plan) throw new Error('--rounds must be at least 1');

    const oursStray = strayLines(oursRoot, files, before);
    const naiveStray = strayLines(naiveRoot, files, before);
    const naiveMs = median(naiveRuns);
    const writeMs = median(writeRuns);
    const ratio = writeMs / naiveMs;
    const rows: [string, string][] = [
      ['files in corpus', String(files.length)],
      [`files with tag ${from}`, `${naive.rewritten.size} (naive), ${changedCount} (copydesk; skipped ${plan.summary.skipped.length} unreadable/invalid)`],
      ['rounds (medians below)', String(rounds)],
      ['naive total (read+parse+stringify all, write changed)', `${ms(naiveMs)} (write part ${ms(median(naiveWrites))}; runs ${naiveRuns.map(ms).join(', ')})`],
      ['copydesk index (not part of the retag)', ms(indexMs)],
      ['copydesk plan, whole corpus (read + YAML plan of every file)', ms(median(planRuns))],
      [`copydesk plan, selected by tag:${to} (${narrow.selected} files)`, ms(narrowMs)],
      ['copydesk apply: re-check hash, journal, atomic write', `${ms(writeMs)} = ${ratio.toFixed(2)}× naive total (target ≤ 1.5×; runs ${writeRuns.map(ms).join(', ')})`],
      ['copydesk apply: then re-index the changed files', ms(median(reindexRuns))],
      ['copydesk undo of the batch', undoRuns.length > 0 ? ms(median(undoRuns)) : 'not run (one round)'],
      ['changed lines outside tags/category: copydesk', `${oursStray.lines} in ${oursStray.files} files`],
      ['changed lines outside tags/category: naive', `${naiveStray.lines} in ${naiveStray.files} of ${naive.rewritten.size} files`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    process.stdout.write(`\nRetag bench: rename ${from} → ${to}\n`);
    for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
