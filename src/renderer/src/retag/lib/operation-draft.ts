import type { MatchCase, RetagOperationInput } from '@shared/retag/operation';
import { DEFAULT_LABELS, type RetagLabels } from './role-labels';

/** The operations the dialog offers; each becomes one `RetagOperationInput`; their labels are in role-labels.ts. */
export type OperationKind = 'add' | 'remove' | 'rename' | 'merge' | 'category';

/** What the operation dialog holds while the user types. */
export interface OperationDraft {
  kind: OperationKind;
  /** Tags to add or remove; for a merge, the tags merged away. */
  tags: string[];
  /** Rename: the tag renamed. */
  from: string;
  /** Rename: the new name; merge: the tag everything is merged into. */
  to: string;
  category: string;
  /** Set category: remove the category field instead. */
  clearCategory: boolean;
  matchCase: MatchCase;
}

export function emptyDraft(kind: OperationKind = 'add', overrides: Partial<OperationDraft> = {}): OperationDraft {
  return { kind, tags: [], from: '', to: '', category: '', clearCategory: false, matchCase: 'exact', ...overrides };
}

export type DraftResult = { ok: true; operation: RetagOperationInput } | { ok: false; problem: string };

const unique = (tags: readonly string[]): string[] => [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
const quote = (text: string): string => `“${text}”`;

/**
 * The operation a draft describes, or why it cannot be planned yet (shown
 * under the form; the planner checks the rest, e.g. a tag both added and
 * removed, and its message is shown as is).
 */
export function draftToOperation(draft: OperationDraft): DraftResult {
  const { matchCase } = draft;
  const tags = unique(draft.tags);
  const from = draft.from.trim();
  const to = draft.to.trim();
  switch (draft.kind) {
    case 'add':
    case 'remove':
      if (tags.length === 0) return { ok: false, problem: `Type at least one tag to ${draft.kind}.` };
      return { ok: true, operation: { [draft.kind]: tags, matchCase } };
    case 'rename':
      if (from === '' || to === '') return { ok: false, problem: 'Pick the tag to rename and type its new name.' };
      if (from === to) return { ok: false, problem: `${quote(from)} is already called that: type a different new name.` };
      return { ok: true, operation: { rename: [{ from, to }], matchCase } };
    case 'merge': {
      if (to === '') return { ok: false, problem: 'Pick the tag to merge into.' };
      // Merging a tag into itself is not a rename: leave it out, as the planner's mergeTags does.
      const sources = tags.filter((tag) => tag !== to);
      if (sources.length === 0) return { ok: false, problem: `Pick at least one tag other than ${quote(to)} to merge into it.` };
      return { ok: true, operation: { rename: sources.map((tag) => ({ from: tag, to })), matchCase } };
    }
    case 'category': {
      if (draft.clearCategory) return { ok: true, operation: { category: null } };
      const category = draft.category.trim();
      if (category === '') return { ok: false, problem: 'Type the category to set, or choose to remove the category.' };
      return { ok: true, operation: { category } };
    }
  }
}

/** A one-line account for titles and the summary: `Rename “MINING” → “BITCOIN MINING”`, `Set section “news”`. */
export function describeDraft(draft: OperationDraft, labels: RetagLabels = DEFAULT_LABELS): string {
  const tags = unique(draft.tags).map(quote).join(', ');
  const ignoringCase = draft.matchCase === 'insensitive' && draft.kind !== 'category' ? ' (ignoring case)' : '';
  switch (draft.kind) {
    case 'add':
      return `Add ${tags || labels.tagsNoun}`;
    case 'remove':
      return `Remove ${tags || labels.tagsNoun}${ignoringCase}`;
    case 'rename':
      return `Rename ${quote(draft.from.trim())} → ${quote(draft.to.trim())}${ignoringCase}`;
    case 'merge':
      return `Merge ${tags || labels.tagsNoun} into ${quote(draft.to.trim())}${ignoringCase}`;
    case 'category':
      return draft.clearCategory ? `Remove the ${labels.categoryNoun}` : `Set ${labels.categoryNoun} ${quote(draft.category.trim())}`;
  }
}
