import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage } from '../api/client';

export type TrustState = ChannelOutput<'workspace.trust'>;

export interface FolderTrustState {
  /** null until main answered for the open folder. */
  trust: TrustState | null;
  /** Bumped when the answer changed the content model, so the Collections panel reads it again. */
  modelVersion: number;
  /** True while main reloads the model under a new answer (running the site's config can take seconds). */
  pending: boolean;
  error: string | null;
  /** Records the person's answer for the open folder: Trust folder (true), Not now or Revoke (false). */
  setTrusted: (trusted: boolean) => Promise<void>;
}

/**
 * The open folder's trust, asked of main once per folder (`root`). One
 * instance in App feeds the banner and the Collections panel, so an answer
 * given in one shows in the other; `onChanged` lets the library re-query,
 * since main judges every file again under the new model.
 */
export function useFolderTrust(root: string | null, onChanged: () => void): FolderTrustState {
  const [trust, setTrust] = useState<TrustState | null>(null);
  const [modelVersion, setModelVersion] = useState(0);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setTrust(null);
    setError(null);
    if (root === null) return;
    let current = true;
    call('workspace.trust', {}).then(
      (answer) => current && setTrust(answer),
      (caught: unknown) => current && setError(errorMessage(caught)),
    );
    return () => {
      current = false;
    };
  }, [root]);

  const setTrusted = useCallback(
    async (trusted: boolean) => {
      setPending(true);
      setError(null);
      try {
        const before = trust?.trusted;
        const answer = await call('workspace.setTrust', { trusted });
        setTrust(answer);
        if (answer.trusted !== before) {
          setModelVersion((version) => version + 1);
          onChanged();
        }
      } catch (caught) {
        setError(errorMessage(caught));
      } finally {
        setPending(false);
      }
    },
    [trust, onChanged],
  );

  return { trust, modelVersion, pending, error, setTrusted };
}
