import { useEffect, useState } from 'react';
import { roleFieldNames } from '@shared/model/role-fields';
import { call, on } from '../../api/client';
import { DEFAULT_LABELS, retagLabels, type RetagLabels } from '../lib/role-labels';

/** One answer per open folder, shared by every component that asks; dropped when another folder opens. */
let cached: Promise<RetagLabels> | null = null;

function load(): Promise<RetagLabels> {
  cached ??= call('workspace.model', {}).then(
    ({ model }) => retagLabels({ tags: roleFieldNames(model, 'tags'), category: roleFieldNames(model, 'category') }),
    // No model (no folder yet, or it failed): the usual words, and ask again next time.
    () => {
      cached = null;
      return DEFAULT_LABELS;
    },
  );
  return cached;
}

/**
 * The bulk-edit labels for the open folder's content model: the names of
 * the fields its collections use as tag list and category. The usual words
 * until the model has answered. A change of `key` (the data version) asks
 * again when the last answer was the fallback (no folder was open yet).
 */
export function useRetagLabels(key: unknown = null): RetagLabels {
  const [labels, setLabels] = useState<RetagLabels>(DEFAULT_LABELS);
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      on('workspace.opened', () => {
        cached = null;
        setGeneration((n) => n + 1);
      }),
    [],
  );
  useEffect(() => {
    let live = true;
    void load().then((next) => live && setLabels(next));
    return () => {
      live = false;
    };
  }, [generation, key]);
  return labels;
}
