import type { LanguageCounts, ReviewRow, ReviewSummary } from '@shared/review';

export type { LanguageCounts, ReviewRow, ReviewSummary } from '@shared/review';

export interface SummaryOptions {
  /** The language originals are written in, e.g. `en`. */
  sourceLang: string;
  /** Languages the workspace translates into; default: every language in `rows` except `sourceLang`. */
  targetLangs?: readonly string[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const emptyCounts = (): LanguageCounts => ({ missing: 0, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 0 });

/**
 * The review overview (`copydesk review --json`). Per target language:
 * translations by status, and `missing` — groups (files of one group
 * key) that have an original but no file in that language. Languages
 * compare case-insensitively and are reported lower-case. Originals are not
 * counted as translations. `outdated` and `inconsistent` (rows whose checks
 * fired) list paths; `orphans` are translations whose group has no original.
 * Every list is sorted by path.
 */
export function summarizeReview(rows: readonly ReviewRow[], options: SummaryOptions): ReviewSummary {
  const source = options.sourceLang.toLowerCase();
  const targets = options.targetLangs
    ? [...new Set(options.targetLangs.map((l) => l.toLowerCase()))].filter((l) => l !== source)
    : [...new Set(rows.flatMap((r) => (r.lang ? [r.lang.toLowerCase()] : [])))].filter((l) => l !== source);
  targets.sort(byText);

  const languages: Record<string, LanguageCounts> = {};
  for (const lang of targets) languages[lang] = emptyCounts();

  const groups = new Map<string, { original: boolean; langs: Set<string> }>();
  for (const row of rows) {
    if (row.groupKey === null) continue;
    const group = groups.get(row.groupKey) ?? { original: false, langs: new Set<string>() };
    groups.set(row.groupKey, group);
    if (row.isOriginal) group.original = true;
    if (row.lang) group.langs.add(row.lang.toLowerCase());
  }
  for (const group of groups.values()) {
    if (!group.original) continue;
    for (const lang of targets) {
      const counts = languages[lang];
      if (counts && !group.langs.has(lang)) counts.missing++;
    }
  }

  const outdated: string[] = [];
  const inconsistent: ReviewSummary['inconsistent'] = [];
  const orphans: string[] = [];
  for (const row of rows) {
    if (row.checks.length > 0) inconsistent.push({ path: row.path, checks: [...new Set(row.checks)] });
    if (row.isOriginal) continue;
    const counts = row.lang ? languages[row.lang.toLowerCase()] : undefined;
    if (counts) counts[row.status]++;
    if (row.status === 'outdated') outdated.push(row.path);
    if (row.groupKey === null || !groups.get(row.groupKey)?.original) orphans.push(row.path);
  }

  return {
    source,
    languages,
    outdated: outdated.sort(byText),
    inconsistent: inconsistent.sort((a, b) => byText(a.path, b.path)),
    orphans: orphans.sort(byText),
  };
}
