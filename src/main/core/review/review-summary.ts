import type { LanguageCounts, ReviewRow, ReviewSummary } from '@shared/review';
import type { GroupAnalysis } from '../translation-groups';

export type { LanguageCounts, ReviewRow, ReviewSummary } from '@shared/review';

export interface SummaryOptions {
  /** The language originals are written in, e.g. `en`. */
  sourceLang: string;
  /** Languages the workspace translates into; default: every language in `rows` except `sourceLang`. */
  targetLangs?: readonly string[];
  /**
   * The rows' orphans, missing translations and translations needing work,
   * as `analyzeGroups` counts them for every view: the summary takes them
   * from there rather than deriving its own.
   */
  counted: Pick<GroupAnalysis, 'orphans' | 'missing' | 'needsWork'>;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const emptyCounts = (): LanguageCounts => ({ missing: 0, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 0 });

/**
 * The review overview (`copydesk review --json`). Per target language:
 * translations by status, and `missing` — groups that have an original but
 * no file in that language. Missing, orphans and needs-work are those
 * `analyzeGroups` counted (`options.counted`), limited to the rows given and
 * the target languages, so the review agrees with Problems and
 * `copydesk index`. Languages compare case-insensitively and are reported
 * lower-case. Originals are not counted as translations. `outdated` and
 * `inconsistent` (rows whose checks fired) list paths; every list is sorted by path.
 */
export function summarizeReview(rows: readonly ReviewRow[], options: SummaryOptions): ReviewSummary {
  const source = options.sourceLang.toLowerCase();
  const targets = options.targetLangs
    ? [...new Set(options.targetLangs.map((l) => l.toLowerCase()))].filter((l) => l !== source)
    : [...new Set(rows.flatMap((r) => (r.lang ? [r.lang.toLowerCase()] : [])))].filter((l) => l !== source);
  targets.sort(byText);

  const languages: Record<string, LanguageCounts> = {};
  for (const lang of targets) languages[lang] = emptyCounts();
  const groupsWithRows = new Set(rows.flatMap((row) => (row.groupKey === null ? [] : [row.groupKey])));
  for (const group of options.counted.missing) {
    if (!groupsWithRows.has(group.groupKey)) continue;
    for (const lang of group.langs) {
      const counts = languages[lang];
      if (counts) counts.missing++;
    }
  }

  const listed = new Set(rows.map((row) => row.path));
  const needsWork = new Set(options.counted.needsWork);
  const outdated: string[] = [];
  const inconsistent: ReviewSummary['inconsistent'] = [];
  for (const row of rows) {
    if (row.checks.length > 0) inconsistent.push({ path: row.path, checks: [...new Set(row.checks)] });
    if (row.isOriginal) continue;
    const counts = row.lang ? languages[row.lang.toLowerCase()] : undefined;
    if (counts) counts[needsWork.has(row.path) ? 'needs-work' : row.status]++;
    if (row.status === 'outdated') outdated.push(row.path);
  }

  return {
    source,
    languages,
    outdated: outdated.sort(byText),
    inconsistent: inconsistent.sort((a, b) => byText(a.path, b.path)),
    orphans: options.counted.orphans.filter((path) => listed.has(path)).sort(byText),
  };
}
