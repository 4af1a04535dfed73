/**
 * Sorting and filtering for the taxonomy tables (tags and categories), pure
 * so the order is tested, not eyeballed.
 */

/** What every taxonomy row has: a name, a total and counts per language. */
export interface CountedRow {
  total: number;
  byLang: Record<string, number>;
}

/** `name`, `total`, or one language's column (`lang:uk`). */
export type SortKey = 'name' | 'total' | `lang:${string}`;
export interface SortSpec {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_SORT: SortSpec = { key: 'total', dir: 'desc' };

/** Languages in any row, most used first (ties alphabetical): the column order. */
export function languagesOf(rows: readonly CountedRow[]): string[] {
  const totals = new Map<string, number>();
  for (const row of rows) for (const [lang, count] of Object.entries(row.byLang)) totals.set(lang, (totals.get(lang) ?? 0) + count);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([lang]) => lang);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function value(row: CountedRow, key: SortKey): number {
  if (key === 'total') return row.total;
  return row.byLang[key.slice('lang:'.length)] ?? 0;
}

/**
 * Rows in the asked order; ties fall back to the name (A→Z) so the order is
 * stable whatever the server sent.
 */
export function sortRows<T extends CountedRow>(rows: readonly T[], nameOf: (row: T) => string, sort: SortSpec): T[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const byName = collator.compare(nameOf(a), nameOf(b)) || nameOf(a).localeCompare(nameOf(b));
    if (sort.key === 'name') return sign * byName;
    return sign * (value(a, sort.key) - value(b, sort.key)) || byName;
  });
}

/** Clicking a column header: the same column flips; a new one starts A→Z for names, largest first for counts. */
export function nextSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'name' ? 'asc' : 'desc' };
}

/** Rows whose name (or any spelling of it) contains `text`, ignoring case. */
export function filterRows<T>(rows: readonly T[], text: string, namesOf: (row: T) => readonly string[]): T[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...rows];
  return rows.filter((row) => namesOf(row).some((name) => name.toLowerCase().includes(needle)));
}

/** Badge text and tooltip for each taxonomy flag. */
export const FLAG_LABELS: Record<string, { label: string; title: string }> = {
  'single-use': { label: 'used once', title: 'Only one article has this tag: maybe a typo, or merge it into a common one.' },
  'case-variants': { label: 'case variants', title: 'The same tag spelled with different capitals (Mining / MINING).' },
  'spacing-variants': { label: 'spacing variants', title: 'The same tag with different spaces (“AI  policy”, “ AI policy”).' },
};
