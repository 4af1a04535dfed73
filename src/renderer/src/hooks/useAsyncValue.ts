import { useEffect, useRef, useState } from 'react';

/** The latest value of an async load, with its error. */
export interface AsyncValue<T> {
  value: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes (and not at all while `key` is null).
 * The previous value stays visible until the new one arrives, so lists do not
 * flash empty, and a slow answer to an older key never overwrites a newer one.
 */
export function useAsyncValue<T>(key: string | null, load: () => Promise<T>): AsyncValue<T> {
  const [state, setState] = useState<AsyncValue<T>>({ value: null, error: null, loading: key !== null });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    loadRef.current().then(
      (value) => current && setState({ value, error: null, loading: false }),
      (error: unknown) => current && setState((previous) => ({ value: previous.value, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [key]);

  return state;
}
