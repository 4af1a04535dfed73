/** A translation group as the index names it: a collection and the group key its pairing rule gives the files. */
export interface GroupRef {
  collection: string;
  groupKey: string;
}

/** The group of a list row or a read article; null when it is in none. */
export function groupRefOf(item: { collection: string | null; groupKey: string | null } | null | undefined): GroupRef | null {
  return item?.collection != null && item.groupKey != null ? { collection: item.collection, groupKey: item.groupKey } : null;
}

/** One string per group, for caches and effect dependencies (JSON, so no collection name or key can collide). */
export function groupRefKey(ref: GroupRef): string {
  return JSON.stringify([ref.collection, ref.groupKey]);
}

/** The group a `groupRefKey` names. */
export function groupRefFromKey(key: string): GroupRef {
  const [collection, groupKey] = JSON.parse(key) as [string, string];
  return { collection, groupKey };
}
