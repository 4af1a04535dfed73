/** Keys that move the roving selection in the article list. */
export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** Whether a `KeyboardEvent.key` is one the list handles. */
export function isNavigationKey(key: string): key is NavigationKey {
  return ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'].includes(key);
}

/**
 * The next selected index after a key press. `current` is -1 when nothing is
 * selected yet; `pageRows` is how many rows fit on screen.
 */
export function nextIndex(current: number, key: NavigationKey, count: number, pageRows: number): number {
  if (count <= 0) return -1;
  const step = Math.max(1, pageRows - 1);
  const clamp = (i: number): number => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : clamp(current + 1);
    case 'ArrowUp':
      return current < 0 ? 0 : clamp(current - 1);
    case 'PageDown':
      return clamp(current + step);
    case 'PageUp':
      return clamp(current - step);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}
