import { randomUUID } from 'node:crypto';
import { CopydeskError } from '@shared/errors';
import type { FileRetagPlan, RetagOperation, RetagSummary } from '../../core/retag';

/**
 * One file of a stored plan: its path, the hash of the bytes the plan was
 * computed from, and the plan itself. Only changes are kept, never texts,
 * so a plan over 50k files stays a few megabytes.
 */
export interface PlanEntry {
  path: string;
  /** sha256 hex of the planned bytes; '' when the file could not be read. */
  hash: string;
  plan: FileRetagPlan;
}

export interface StoredPlan {
  id: string;
  /** Real path of the workspace the plan belongs to. */
  root: string;
  operation: RetagOperation;
  /** For the journal: what the plan does, and to which files. */
  description: string;
  entries: PlanEntry[];
  summary: RetagSummary;
  selected: number;
  state: 'ready' | 'applying' | 'applied';
}

/** Plans are held until applied or pushed out by newer ones; a few are enough for one person. */
const KEEP = 5;

/** In-memory plans by id, newest last; the oldest expire. */
export class PlanStore {
  private readonly plans = new Map<string, StoredPlan>();

  static newId(): string {
    return randomUUID();
  }

  add(plan: StoredPlan): void {
    this.plans.set(plan.id, plan);
    for (const id of this.plans.keys()) {
      if (this.plans.size <= KEEP) break;
      if (this.plans.get(id)?.state !== 'applying') this.plans.delete(id);
    }
  }

  /** The plan, for the workspace `root`; `not-found` when unknown, expired, or of another folder. */
  get(id: string, root: string): StoredPlan {
    const plan = this.plans.get(id);
    if (!plan || plan.root !== root) {
      throw new CopydeskError('not-found', 'This retag plan is no longer available (it expired or belongs to another folder). Plan it again.');
    }
    return plan;
  }
}
