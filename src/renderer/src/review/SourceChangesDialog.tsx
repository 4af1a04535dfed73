import { ReadOnlyCompareDialog } from '../components/ReadOnlyCompareDialog';

interface Props {
  path: string;
  /** The commit the approved version was found in. */
  commit: string;
  approved: string;
  current: string;
  onClose: () => void;
}

/** The original as approved (from git) beside the original now, in a read-only merge view. */
export function SourceChangesDialog({ path, commit, approved, current, onClose }: Props) {
  return (
    <ReadOnlyCompareDialog
      titleId="source-changes-title"
      title="What changed in the original since approval"
      note={
        <>
          <span dir="ltr">{path}</span> — left: as approved (commit <code>{commit.slice(0, 10)}</code>); right: now. Check the translation against the highlighted changes.
        </>
      }
      labels={['As approved', 'Now']}
      before={approved}
      after={current}
      onClose={onClose}
    />
  );
}
