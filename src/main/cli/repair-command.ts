import { CopydeskError } from '@shared/errors';
import type { ChannelOutput } from '@shared/ipc/contract';
import { cliCall } from './cli-call';
import { EXIT, UsageError, type CliIo } from './cli-io';
import { openCliWorkspace } from './open-workspace';
import { fileInside } from './set-command';

/** The JSON printed by `copydesk repair --json`; other tools read it, keep its shape (fields are only ever added). */
export interface RepairReport {
  path: string;
  /** True when the file was written (or, with --dry-run, would be). */
  changed: boolean;
  /** The frontmatter written (or planned); empty when none. */
  frontmatter: Record<string, unknown>;
  warnings: string[];
  /** The original copied from, when one was found. */
  original?: string;
  /** The journal `copydesk undo --journal` reverts, when written. */
  journal?: string;
  /** Why nothing was written: no original, broken YAML without --replace-broken, an invalid result. */
  error?: string;
}

export interface RepairOptions {
  db?: string;
  json: boolean;
  dryRun: boolean;
  replaceBroken: boolean;
}

/**
 * `copydesk repair DIR FILE`: gives a translation that lost its frontmatter
 * the frontmatter of its original (found by path), as the app's "Repair
 * from original" does, through `repair.plan` and `repair.apply`. Exit 1 when
 * no original can be found, the YAML it would replace is broken and
 * --replace-broken was not given, or the result would be invalid.
 */
export async function runRepair(root: string, file: string, options: RepairOptions, io: CliIo): Promise<number> {
  const path = fileInside(root, file);
  const ws = openCliWorkspace(root, options.db, io.stderr);
  const report = (out: RepairReport, code: number): number => {
    if (options.json) io.stdout.write(`${JSON.stringify(out)}\n`);
    else if (out.error !== undefined) io.stderr.write(`copydesk repair: ${out.error}\n`);
    for (const warning of options.json ? [] : out.warnings) io.stderr.write(`warning: ${warning}\n`);
    return code;
  };
  try {
    const call = cliCall(ws);
    let plan: ChannelOutput<'repair.plan'>;
    try {
      plan = await call('repair.plan', { path });
    } catch (error) {
      if (error instanceof CopydeskError && error.code === 'outside-workspace') throw new UsageError(error.message);
      if (error instanceof CopydeskError && (error.code === 'not-found' || error.code === 'bad-input')) {
        return report({ path, changed: false, frontmatter: {}, warnings: [], error: error.message }, EXIT.failed);
      }
      throw error;
    }
    const base: RepairReport = { path, changed: plan.changed, frontmatter: plan.frontmatter, warnings: plan.warnings, original: plan.original };
    if (!plan.changed) {
      if (!options.json) io.stdout.write(`${path} already has readable frontmatter; nothing to repair.\n`);
      return report({ ...base, warnings: [] }, EXIT.ok);
    }
    if (!options.json) printPlan(io, plan);
    const invalid = plan.errors.map((e) => e.message).join('; ');
    if (options.dryRun) return report(base, EXIT.ok);
    if (invalid !== '') return report({ ...base, changed: false, error: `the repaired frontmatter would not be valid: ${invalid}. ${path} was not changed.` }, EXIT.failed);
    if (plan.broken !== null && !options.replaceBroken) {
      return report(
        { ...base, changed: false, error: `${plan.broken} Repairing replaces that block (shown above with --dry-run); run again with --replace-broken to replace it. ${path} was not changed.` },
        EXIT.failed,
      );
    }
    const done = await call('repair.apply', { path, baseHash: plan.baseHash, newHash: plan.newHash, replaceBroken: options.replaceBroken });
    if (!options.json) io.stdout.write(`Repaired ${path} from ${plan.original}. \`copydesk undo ${root} --journal ${done.journalId}\` puts the old bytes back.\n`);
    return report({ ...base, journal: done.journalId }, EXIT.ok);
  } finally {
    await ws.close();
  }
}

/** The block replaced (if any) and the new one, as −/+ lines; the body is never touched, so it is not shown. */
function printPlan(io: CliIo, plan: ChannelOutput<'repair.plan'>): void {
  io.stdout.write(`${plan.path}: frontmatter from ${plan.original} (language ${plan.lang})\n`);
  const lines = (text: string): string[] => text.replace(/\r?\n$/, '').split(/\r?\n/);
  if (plan.replaced !== null) for (const line of lines(plan.replaced)) io.stdout.write(`- ${line}\n`);
  for (const line of lines(plan.block)) io.stdout.write(`+ ${line}\n`);
  for (const error of plan.errors) io.stdout.write(`invalid: ${error.message}\n`);
}
