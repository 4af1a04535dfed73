import type { ChannelOutput } from '@shared/ipc/contract';
import { ReadOnlyCompareDialog } from '../components/ReadOnlyCompareDialog';

interface Props {
  compared: ChannelOutput<'git.compare'>;
  onClose: () => void;
}

/** A changed file as the last commit has it (left) beside the file now (right), in the read-only merge view. */
export function GitCompareDialog({ compared, onClose }: Props) {
  const { path, head, current } = compared;
  const what = head === null ? 'a new file: the last commit does not have it.' : current === null ? 'deleted here: the last commit still has it.' : 'left: the last commit; right: the file now.';
  return (
    <ReadOnlyCompareDialog
      titleId="git-compare-title"
      title="Changes since the last commit"
      note={
        <>
          <span dir="ltr">{path}</span> — {what}
        </>
      }
      labels={['Last commit', 'Now']}
      before={head ?? ''}
      after={current ?? ''}
      className="git-compare"
      testId="git-compare"
      onClose={onClose}
    />
  );
}
