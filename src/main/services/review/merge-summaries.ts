import type { LanguageCounts, ReviewSummary } from '@shared/review';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The folder's summary from its collections': counts per language summed,
 * the lists joined and sorted by path. `source` is the folder's (collections
 * may each have their own).
 */
export function mergeSummaries(source: string, parts: readonly ReviewSummary[]): ReviewSummary {
  const languages: Record<string, LanguageCounts> = {};
  for (const part of parts) {
    for (const [lang, counts] of Object.entries(part.languages)) {
      const sum = (languages[lang] ??= { missing: 0, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 0 });
      for (const status of Object.keys(sum) as (keyof LanguageCounts)[]) sum[status] += counts[status];
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => byText(a, b)));
  return {
    source,
    languages: sorted,
    outdated: parts.flatMap((p) => p.outdated).sort(byText),
    inconsistent: parts.flatMap((p) => p.inconsistent).sort((a, b) => byText(a.path, b.path)),
    orphans: parts.flatMap((p) => p.orphans).sort(byText),
  };
}
