import type { ReviewCell, ReviewCellStatus, ReviewGroup } from '@shared/ipc/review-contract';
import type { ReviewStatus } from '@shared/review';
import type { GroupAnalysis } from '../../core/translation-groups';
import type { FileFacts, ReviewEntry } from './review-folder';
import { byPath } from './by-path';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One collection's rows of the groups × languages matrix: one row per group
 * key, one cell per target language. A cell shows the first file of that
 * language (by path): the translation's status, or `original`; `missing`
 * where `analyzeGroups` counted the language missing (the group has an
 * original and no file in it), as every other view counts it. Rows are
 * newest first (the original's date, else any member's), then by group key.
 */
export function buildGroups(
  collection: string,
  facts: readonly FileFacts[],
  entries: readonly ReviewEntry[],
  langs: readonly string[],
  counted: Pick<GroupAnalysis, 'missing'>,
): ReviewGroup[] {
  const entryOf = byPath(entries);
  const missingOf = new Map(counted.missing.filter((m) => m.collection === collection).map((m) => [m.groupKey, new Set(m.langs)]));
  const byKey = new Map<string, FileFacts[]>();
  for (const f of facts) {
    if (f.groupKey === null) continue;
    const list = byKey.get(f.groupKey);
    if (list) list.push(f);
    else byKey.set(f.groupKey, [f]);
  }
  const groups: ReviewGroup[] = [];
  for (const [groupKey, members] of byKey) {
    const original = members.find((m) => m.translatedFrom === null && m.broken === null) ?? null;
    const head = original ?? members[0];
    const cells: Record<string, ReviewCell> = {};
    for (const lang of langs) {
      const file = members.find((m) => m.lang?.toLowerCase() === lang);
      const entry = file ? entryOf.get(file.path) : undefined;
      if (file && entry) {
        const status: ReviewCellStatus = entry.isOriginal ? 'original' : entry.status;
        // The note set apart rather than spread in: a spread makes each cell a larger object of its own shape.
        const cell: ReviewCell = { status, path: file.path, checks: entry.checks };
        if (entry.note !== null) cell.note = entry.note;
        cells[lang] = cell;
      } else if (missingOf.get(groupKey)?.has(lang)) {
        cells[lang] = { status: 'missing', path: null, checks: [] };
      }
    }
    groups.push({
      collection,
      groupKey,
      original: original?.path ?? null,
      title: head?.title ?? null,
      publishedAt: head?.publishedAt ?? members.find((m) => m.publishedAt !== null)?.publishedAt ?? null,
      cells,
    });
  }
  return groups.sort((a, b) => byText(b.publishedAt ?? '', a.publishedAt ?? '') || byText(a.groupKey, b.groupKey));
}

export interface GroupFilter {
  status?: ReviewStatus;
  lang?: string;
  query?: string;
}

/** Groups with a cell of `status` (in `lang` when given; `inconsistent` = checks fired) and `query` in the title, group key or a path. */
export function filterGroups(groups: readonly ReviewGroup[], filter: GroupFilter): ReviewGroup[] {
  const lang = filter.lang?.toLowerCase();
  const needle = filter.query?.trim().toLowerCase() ?? '';
  return groups.filter((group) => {
    if (filter.status !== undefined) {
      const cells = lang !== undefined ? [group.cells[lang]] : Object.values(group.cells);
      const wanted = filter.status;
      const hit = cells.some((cell) => cell !== undefined && (wanted === 'inconsistent' ? cell.checks.length > 0 : cell.status === wanted));
      if (!hit) return false;
    }
    if (needle === '') return true;
    const haystack = [group.title ?? '', group.groupKey, group.original ?? '', ...Object.values(group.cells).map((c) => c.path ?? '')];
    return haystack.some((text) => text.toLowerCase().includes(needle));
  });
}
