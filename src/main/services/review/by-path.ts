/** Items by their path, filled in a loop: `new Map(items.map(…))` first makes a pair for each of 100,000 items. */
export function byPath<T extends { path: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.path, item);
  return map;
}
