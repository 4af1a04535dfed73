import { CloseIcon } from '../../components/Icons';
import { formatCount } from '../../lib/format';
import type { BulkSelectionApi } from '../hooks/useBulkSelection';
import { useRetagLabels } from '../hooks/useRetagLabels';
import type { OperationKind } from '../lib/operation-draft';

interface Props {
  bulk: BulkSelectionApi;
  onEdit: (kind: OperationKind) => void;
}

const ACTIONS: readonly OperationKind[] = ['add', 'remove', 'rename', 'merge', 'category'];

/**
 * Floats over the list while articles are ticked: how many (or "all N
 * matching"), the offer to widen to every match, the bulk operations, and
 * clear. Nothing here writes: each action opens the plan dialog. The
 * buttons name the site's fields where they are not called tags/category.
 */
export function BulkBar({ bulk, onEdit }: Props) {
  const labels = useRetagLabels();
  if (bulk.count === 0) return null;
  const { selection, total, query } = bulk;
  const allMatching = selection.mode === 'query';
  const canWiden = !allMatching && total !== null && total > 0;
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Bulk edit" data-testid="bulk-bar">
      <span className="bulk-count" aria-live="polite">
        {allMatching ? (
          <>
            All <strong>{formatCount(bulk.count)}</strong> matching{query.trim() ? <code className="bulk-query">{query.trim()}</code> : ' (every article)'}
            {selection.excluded.size > 0 && <span className="bulk-excluded"> · {formatCount(selection.excluded.size)} unticked</span>}
          </>
        ) : (
          <>
            <strong>{formatCount(bulk.count)}</strong> selected
          </>
        )}
        {bulk.busy && <span className="spinner" aria-label="Selecting…" />}
      </span>
      {canWiden && (
        <button type="button" className="link-button" onClick={bulk.selectAllMatching} title="Ctrl+A in the list">
          Select all {formatCount(total)} matching
        </button>
      )}
      <span className="bulk-sep" aria-hidden="true" />
      {ACTIONS.map((kind) => (
        <button key={kind} type="button" className="button bulk-action" onClick={() => onEdit(kind)} title={kind === 'add' ? 'Bulk edit (E)' : undefined}>
          {labels.bulkActions[kind]}
          {kind === 'add' && <kbd>E</kbd>}
        </button>
      ))}
      <button type="button" className="icon-button" aria-label="Clear selection" title="Clear selection (Esc)" onClick={bulk.clear}>
        <CloseIcon />
      </button>
    </div>
  );
}
