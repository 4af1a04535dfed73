import type { RetagSummary } from '@shared/retag/plan-summary';
import type { FileRetagPlan } from './plan-file-retag';

export type { RetagSummary } from '@shared/retag/plan-summary';

/** One file's plan, by its workspace-relative path. */
export interface PlannedFile {
  path: string;
  plan: FileRetagPlan;
}

/**
 * Counts a batch of per-file plans: how many files change, how many need no
 * change, and which are skipped and why (in the order given).
 */
export function summarisePlan(files: readonly PlannedFile[]): RetagSummary {
  const summary: RetagSummary = { changed: 0, unchanged: 0, skipped: [] };
  for (const { path, plan } of files) {
    if (plan.status === 'changed') summary.changed++;
    else if (plan.status === 'unchanged') summary.unchanged++;
    else {
      const { reason, message, line } = plan;
      summary.skipped.push(line === undefined ? { path, reason, message } : { path, reason, message, line });
    }
  }
  return summary;
}
