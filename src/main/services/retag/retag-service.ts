import { CopydeskError } from '@shared/errors';
import type { ChannelOutput, HandlerInput } from '@shared/ipc/contract';
import type { Workspace } from '../workspace';
import { applyRetag, type RetagApplyResult } from './apply-retag';
import { journalsDirFor, newJournalId } from './journal-files';
import { JournalStore } from './journal-store';
import { planRetag, type RetagPlanInput } from './plan-retag';
import { PlanStore } from './plan-store';
import { previewPlan, type RetagPreviewResult } from './preview-plan';
import type { ProgressSink } from './progress-throttle';
import { undoRetag, type RetagUndoResult } from './undo-retag';

export interface RetagServiceOptions {
  /** The app's data folder; journals live in `journals/<workspace-key>/`. */
  dataDir: string;
  /** Receives `retag.progress` for planning and applying. */
  onProgress?: ProgressSink;
  /** Test hook, see ApplyOptions.beforeReplace. */
  beforeReplace?: (path: string) => Promise<void>;
}

/**
 * Bulk retagging for whichever workspace is open: plans held in memory under
 * an id, applies that journal every file they replace, undo from journals
 * on disk. One instance per process (per handler map); every method takes
 * the workspace it acts on.
 */
export class RetagService {
  private readonly plans = new PlanStore();
  /** Plans being computed or applied, by plan id, to cancel them. */
  private readonly running = new Map<string, AbortController>();
  /** Journal ids being written by an apply in this process. */
  private readonly applying = new Set<string>();

  constructor(private readonly opts: RetagServiceOptions) {}

  private journals(ws: Workspace): JournalStore {
    return new JournalStore(journalsDirFor(this.opts.dataDir, ws.root));
  }

  async plan(ws: Workspace, input: RetagPlanInput): Promise<ChannelOutput<'retag.plan'>> {
    const planId = PlanStore.newId();
    const controller = new AbortController();
    this.running.set(planId, controller);
    try {
      const plan = await planRetag(ws, input, {
        planId,
        signal: controller.signal,
        ...(this.opts.onProgress && { onProgress: this.opts.onProgress }),
      });
      this.plans.add(plan);
      return { planId, summary: plan.summary, selected: plan.selected };
    } finally {
      this.running.delete(planId);
    }
  }

  preview(ws: Workspace, input: HandlerInput<'retag.preview'>): Promise<RetagPreviewResult> {
    return previewPlan(ws, this.plans.get(input.planId, ws.root), input);
  }

  async apply(ws: Workspace, planId: string): Promise<RetagApplyResult> {
    const plan = this.plans.get(planId, ws.root);
    if (plan.state !== 'ready') {
      const why = plan.state === 'applying' ? 'is being applied right now' : 'was already applied';
      throw new CopydeskError('bad-input', `This plan ${why}. Plan the operation again to run it once more.`);
    }
    plan.state = 'applying';
    const controller = new AbortController();
    const journalId = newJournalId();
    this.running.set(planId, controller);
    this.applying.add(journalId);
    try {
      const result = await applyRetag(ws, plan, {
        journalsDir: this.journals(ws).dir,
        journalId,
        signal: controller.signal,
        ...(this.opts.onProgress && { onProgress: this.opts.onProgress }),
        ...(this.opts.beforeReplace && { beforeReplace: this.opts.beforeReplace }),
      });
      plan.state = 'applied';
      return result;
    } catch (error) {
      // Applying again is safe: files already written no longer have the planned hash and are skipped.
      plan.state = 'ready';
      throw error;
    } finally {
      this.running.delete(planId);
      this.applying.delete(journalId);
    }
  }

  /** Stops a plan being computed or applied; false when it is not running. */
  cancel(planId: string): { cancelled: boolean } {
    const controller = this.running.get(planId);
    if (!controller || controller.signal.aborted) return { cancelled: false };
    controller.abort();
    return { cancelled: true };
  }

  async undo(ws: Workspace, journalId: string | undefined): Promise<RetagUndoResult> {
    const store = this.journals(ws);
    return undoRetag(ws, store, await store.pick(journalId, this.applying));
  }

  async listJournals(ws: Workspace): Promise<ChannelOutput<'retag.journals'>> {
    return { journals: await this.journals(ws).list(this.applying) };
  }
}
