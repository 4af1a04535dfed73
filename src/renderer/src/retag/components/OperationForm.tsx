import type { OperationDraft, OperationKind } from '../lib/operation-draft';
import type { RetagLabels } from '../lib/role-labels';
import { CompletingInput, TagInput } from './TagInput';

interface Props {
  draft: OperationDraft;
  onDraft: (draft: OperationDraft) => void;
  /** The kinds offered as a switch; one kind hides the switch. */
  kinds: readonly OperationKind[];
  tagOptions: readonly string[];
  categoryOptions: readonly string[];
  /** `null` hides the "whole translation groups" option. */
  groups: boolean | null;
  onGroups: (groups: boolean) => void;
  /** Names of the fields written (the site's tag list and category), for the labels. */
  labels: RetagLabels;
}

/** The operation being composed: what to do, with which tags, and how tags match. */
export function OperationForm({ draft, onDraft, kinds, tagOptions, categoryOptions, groups, onGroups, labels }: Props) {
  const set = (patch: Partial<OperationDraft>): void => onDraft({ ...draft, ...patch });
  return (
    <div className="retag-form">
      {kinds.length > 1 && (
        <div className="segmented" role="radiogroup" aria-label="Operation">
          {kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              role="radio"
              aria-checked={draft.kind === kind}
              className="segmented-option"
              onClick={() => set({ kind })}
            >
              {labels.operations[kind]}
            </button>
          ))}
        </div>
      )}

      {(draft.kind === 'add' || draft.kind === 'remove') && (
        <TagInput
          key={draft.kind}
          label={draft.kind === 'add' ? labels.tagsToAdd : labels.tagsToRemove}
          tags={draft.tags}
          onChange={(tags) => set({ tags })}
          options={tagOptions}
          autoFocus
        />
      )}
      {draft.kind === 'rename' && (
        <div className="retag-pair">
          <CompletingInput label={labels.renameFrom} value={draft.from} onChange={(from) => set({ from })} options={tagOptions} placeholder="MINING" autoFocus={draft.from === ''} />
          <span className="retag-arrow" aria-hidden="true">
            →
          </span>
          <CompletingInput label="New name" value={draft.to} onChange={(to) => set({ to })} options={tagOptions} placeholder="BITCOIN MINING" autoFocus={draft.from !== ''} />
        </div>
      )}
      {draft.kind === 'merge' && (
        <div className="retag-pair retag-pair--merge">
          <TagInput label={labels.mergeFrom} tags={draft.tags} onChange={(tags) => set({ tags })} options={tagOptions} autoFocus={draft.tags.length === 0} />
          <span className="retag-arrow" aria-hidden="true">
            →
          </span>
          <CompletingInput label="Into" value={draft.to} onChange={(to) => set({ to })} options={tagOptions} placeholder="Tag to keep" autoFocus={draft.tags.length > 0} />
        </div>
      )}
      {draft.kind === 'category' && (
        <div className="retag-category">
          {!draft.clearCategory && (
            <CompletingInput label={labels.categoryHeader} value={draft.category} onChange={(category) => set({ category })} options={categoryOptions} placeholder="MARKETS" autoFocus />
          )}
          <label className="retag-check">
            <input type="checkbox" checked={draft.clearCategory} onChange={(event) => set({ clearCategory: event.target.checked })} />
            {labels.clearCategory}
          </label>
        </div>
      )}

      <div className="retag-options">
        {draft.kind !== 'category' && (
          <label className="retag-check" title="Insensitive matching also ignores extra spaces">
            <input
              type="checkbox"
              checked={draft.matchCase === 'insensitive'}
              onChange={(event) => set({ matchCase: event.target.checked ? 'insensitive' : 'exact' })}
            />
            Ignore case when matching {labels.tagsNoun} <span className="retag-hint">(MINING = Mining = mining)</span>
          </label>
        )}
        {groups !== null && (
          <label className="retag-check">
            <input type="checkbox" checked={groups} onChange={(event) => onGroups(event.target.checked)} />
            Whole translation groups <span className="retag-hint">(every language of each selected article)</span>
          </label>
        )}
      </div>
    </div>
  );
}
