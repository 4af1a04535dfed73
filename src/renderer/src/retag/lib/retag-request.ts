import type { OperationDraft, OperationKind } from './operation-draft';
import type { SelectionTarget } from './selection';

/** Everything the bulk-edit dialog needs to start: what it runs on, and the operation to begin with. */
export interface RetagRequest {
  /** What the plan covers; a function when it depends on the tags typed (taxonomy: "articles with these tags"). */
  target: SelectionTarget | ((draft: OperationDraft) => SelectionTarget);
  /** Words for the selection: "10 selected articles", "All 10 articles matching tag:MINING". */
  scope: string;
  draft: OperationDraft;
  /** The kinds offered in the dialog's switch. */
  kinds: readonly OperationKind[];
  /** Offer "whole translation groups" (only meaningful for a hand-made selection). */
  allowGroups: boolean;
}

export const ALL_KINDS: readonly OperationKind[] = ['add', 'remove', 'rename', 'merge', 'category'];
