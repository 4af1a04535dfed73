/**
 * Per-folder consent to load remote content (cover images named in
 * articles). Fetching a remote image tells its host the reader's address and
 * when they opened the article, so nothing remote loads until the person
 * allows it for the open folder. The desktop app keeps the decision in its
 * settings; `copydesk serve` keeps it for the run (see `memoryRemoteContentGrants`).
 */
export interface RemoteContentGrants {
  isAllowed(root: string): boolean;
  allow(root: string): void;
}

/** Grants held in memory: `copydesk serve` asks again on its next run rather than writing the app's settings from a browser tab. */
export function memoryRemoteContentGrants(): RemoteContentGrants {
  const allowed = new Set<string>();
  return {
    isAllowed: (root) => allowed.has(root),
    allow: (root) => void allowed.add(root),
  };
}
