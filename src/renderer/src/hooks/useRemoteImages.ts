import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { call, on } from '../api/client';

/*
 * Whether the open folder allows remote images, shared by every preview on
 * the page: one question to main per folder, asked again when another folder
 * opens. Main keeps the decision (and enforces it in its image proxy); this
 * only decides whether to show the image or the placeholder.
 */

let allowed: boolean | null = null;
let loading = false;
const listeners = new Set<() => void>();
let offOpened: (() => void) | null = null;

function set(next: boolean | null): void {
  allowed = next;
  for (const listener of listeners) listener();
}

function load(): void {
  if (loading || allowed !== null) return;
  loading = true;
  call('workspace.remoteContent', {})
    .then(({ allowed: answer }) => set(answer))
    .catch(() => set(false))
    .finally(() => {
      loading = false;
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  offOpened ??= on('workspace.opened', () => {
    set(null);
    load();
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      offOpened?.();
      offOpened = null;
    }
  };
}

export interface RemoteImages {
  /** null while the answer is not known yet. */
  allowed: boolean | null;
  /** Records the person's consent for the open folder, then shows the images. */
  allow: () => Promise<void>;
}

export function useRemoteImages(): RemoteImages {
  const value = useSyncExternalStore(subscribe, () => allowed);
  useEffect(load, []);
  const allow = useCallback(async () => {
    const answer = await call('workspace.allowRemoteContent', {});
    set(answer.allowed);
  }, []);
  return { allowed: value, allow };
}
