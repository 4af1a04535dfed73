import { useCallback, useState } from 'react';

const PREFIX = 'copydesk.setting.';

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === typeof fallback ? (parsed as T) : fallback;
  } catch {
    return fallback;
  }
}

/** `true` → boolean, `0.5` → number, `'en'` → string. */
type Widen<T> = T extends boolean ? boolean : T extends number ? number : string;

/**
 * A user preference kept in localStorage (per origin, so per `copydesk serve`
 * port in a browser and for good in the desktop app). Only plain JSON values
 * of the fallback's type are accepted back.
 */
export function useSetting<T extends boolean | number | string>(key: string, fallback: T): [Widen<T>, (value: Widen<T>) => void] {
  const [value, setValue] = useState<Widen<T>>(() => read<Widen<T>>(key, fallback as unknown as Widen<T>));
  const set = useCallback(
    (next: Widen<T>) => {
      setValue(next);
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the setting lasts for this session only.
      }
    },
    [key],
  );
  return [value, set];
}
