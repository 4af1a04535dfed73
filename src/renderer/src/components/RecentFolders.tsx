import { call } from '../api/client';
import { useAsyncValue } from '../hooks/useAsyncValue';

/** A select of recently opened folders (desktop only); choosing one opens it. */
export function RecentFolders({ current, onOpen }: { current: string | null; onOpen: (root: string) => void }) {
  const recent = useAsyncValue(`recent\n${current ?? ''}`, () => call('workspace.recent', {}));
  const folders = (recent.value?.folders ?? []).filter((folder) => folder !== current);
  if (folders.length === 0) return null;
  return (
    <select
      className="select recent-select"
      aria-label="Recent folders"
      value=""
      onChange={(event) => event.target.value && onOpen(event.target.value)}
    >
      <option value="">Recent…</option>
      {folders.map((folder) => (
        <option key={folder} value={folder}>
          {folder}
        </option>
      ))}
    </select>
  );
}
