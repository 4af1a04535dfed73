import { useCallback, useEffect, useState } from 'react';
import { on } from '../api/client';

/** The damaged-index notice to show, if any, and how to put it away. */
export interface IndexRecovered {
  /** Main's line (`index.recovered`), until dismissed. */
  message: string | null;
  dismiss: () => void;
}

/**
 * Follows `index.recovered`: main sends it once per rebuild of a damaged
 * index, and the notice stays until the person dismisses it (the rebuild
 * itself needs nothing from them). A later rebuild shows its own line.
 */
export function useIndexRecovered(): IndexRecovered {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => on('index.recovered', (payload) => setMessage(payload.message)), []);
  const dismiss = useCallback(() => setMessage(null), []);
  return { message, dismiss };
}
