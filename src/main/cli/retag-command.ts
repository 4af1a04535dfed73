import { CopydeskError } from '@shared/errors';
import type { ChannelOutput } from '@shared/ipc/contract';
import type { RetagOperationInput } from '@shared/retag/operation';
import type { DiffHunk } from '@shared/text/diff-hunk';
import { cliCall, type CliCall } from './cli-call';
import { CommitFlag, printCommit, type CommitReport } from './commit-flag';
import { EXIT, UsageError, type CliIo, type Writer } from './cli-io';
import { openCliWorkspace } from './open-workspace';

export interface RetagOptions {
  where: string;
  add: string[];
  remove: string[];
  /** `A=B` each. */
  rename: string[];
  category?: string;
  groups: boolean;
  ignoreCase: boolean;
  dryRun: boolean;
  json: boolean;
  db?: string;
  /** Commit exactly the files written, with this message. */
  commit?: string;
}

/** The JSON printed by `copydesk retag --json`; other tools read it, keep its shape. `journal` is null on a dry run or when nothing was written. */
export interface RetagReport {
  changed: number;
  unchanged: number;
  skipped: Array<{ path: string; reason: string }>;
  journal: string | null;
}

/** With `--commit`: the report plus the commit and the files left out of it. */
export type RetagCommitReport = RetagReport & CommitReport;

/** The operation the flags describe; `--rename A=B` splits at the first `=`. */
export function operationFromFlags(options: RetagOptions): RetagOperationInput {
  const rename = options.rename.map((pair) => {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new UsageError(`--rename takes OLD=NEW, not "${pair}".`);
    return { from: pair.slice(0, eq), to: pair.slice(eq + 1) };
  });
  return {
    add: options.add,
    remove: options.remove,
    rename,
    ...(options.category !== undefined && { category: options.category }),
    matchCase: options.ignoreCase ? 'insensitive' : 'exact',
  };
}

const PAGE = 200;

function printHunks(out: Writer, path: string, hunks: DiffHunk[]): void {
  out.write(`--- ${path}\n+++ ${path}\n`);
  for (const hunk of hunks) {
    out.write(`@@ -${hunk.oldStart} +${hunk.newStart} @@\n`);
    for (const line of hunk.lines) out.write(`${line.kind}${line.text}\n`);
  }
}

/** Every changed file's diff, a page at a time (the plan holds no texts; diffs are made per page). */
async function printDiffs(call: CliCall, planId: string, out: Writer): Promise<void> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await call('retag.preview', { planId, status: 'changed', offset, limit: PAGE });
    for (const file of page.files) printHunks(out, file.path, file.hunks);
    if (offset + PAGE >= page.total) return;
  }
}

function humanSummary(out: Writer, changed: number, unchanged: number, skipped: RetagReport['skipped'], verb: string): void {
  for (const { path, reason } of skipped) out.write(`skipped ${path}: ${reason}\n`);
  out.write(`${changed} file${changed === 1 ? '' : 's'} ${verb}, ${unchanged} already right, ${skipped.length} skipped.\n`);
}

/**
 * `copydesk retag DIR --where QUERY …`: updates the index, plans the
 * operation on the files the query selects (as the app does) and applies it
 * with a journal, or with `--dry-run` prints the plan and writes nothing.
 * Exit 1 when a file was skipped or failed (or the journal stopped the
 * apply: then runCli prints its one line), 2 for a bad operation.
 */
export async function runRetag(root: string, options: RetagOptions, io: CliIo): Promise<number> {
  const operation = operationFromFlags(options);
  const ws = openCliWorkspace(root, options.db, io.stderr);
  try {
    await ws.index({ signal: io.signal });
    const commitFlag = options.dryRun ? null : await CommitFlag.prepare(ws, options.commit);
    const call = cliCall(ws);
    let plan: ChannelOutput<'retag.plan'>;
    try {
      plan = await call('retag.plan', { selection: { query: options.where }, groups: options.groups, operation });
    } catch (error) {
      if (error instanceof CopydeskError && error.code === 'bad-input') throw new UsageError(error.message);
      throw error;
    }
    const planSkips = plan.summary.skipped.map(({ path, reason }) => ({ path, reason }));
    if (options.dryRun) {
      const report: RetagReport = { changed: plan.summary.changed, unchanged: plan.summary.unchanged, skipped: planSkips, journal: null };
      if (options.json) io.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        await printDiffs(call, plan.planId, io.stdout);
        humanSummary(io.stdout, report.changed, report.unchanged, report.skipped, 'would change');
      }
      return EXIT.ok;
    }

    const applied = await call('retag.apply', { planId: plan.planId });
    const skipped = [
      ...planSkips,
      ...applied.skipped.map(({ path, reason }) => ({ path, reason })),
      ...applied.failed.map(({ path }) => ({ path, reason: 'failed' })),
    ];
    const report: RetagReport = {
      changed: applied.changed.length,
      unchanged: plan.summary.unchanged,
      skipped,
      journal: applied.journalId === '' ? null : applied.journalId,
    };
    const committed = commitFlag ? await commitFlag.done(applied.changed, io) : null;
    if (options.json) io.stdout.write(`${JSON.stringify(committed ? { ...report, commit: committed.commit, leftOut: committed.leftOut } : report)}\n`);
    else {
      humanSummary(io.stdout, report.changed, report.unchanged, report.skipped, 'changed');
      if (report.journal !== null) io.stdout.write(`Undo with: copydesk undo ${root} --journal ${report.journal}\n`);
      if (committed) printCommit(io, committed);
    }
    for (const { path, message } of applied.failed) io.stderr.write(`${path}: ${message}\n`);
    return skipped.length > 0 || committed?.failed ? EXIT.failed : EXIT.ok;
  } finally {
    await ws.close();
  }
}
