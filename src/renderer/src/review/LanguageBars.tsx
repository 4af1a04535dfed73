import type { LanguageCounts } from '@shared/review';
import { formatCount } from '../lib/format';
import { barSegments, describeCounts, STATUS_LOOKS } from './lib/review-status';
import type { BarStatus } from './lib/review-status';

interface Props {
  languages: Record<string, LanguageCounts>;
  sourceLang: string;
  /** The status and language the matrix is filtered by, to show the pressed legend entry. */
  active: { status: string | null; lang: string | null };
  onPick: (status: BarStatus, lang: string) => void;
}

/**
 * One stacked bar per target language (approved, unreviewed, needs work,
 * outdated, draft, missing), each segment with its count in a legend below
 * that filters the matrix when clicked.
 */
export function LanguageBars({ languages, sourceLang, active, onPick }: Props) {
  const langs = Object.keys(languages).sort();
  if (langs.length === 0) {
    return <p className="review-bars-empty">No translations yet: every article is in {sourceLang.toUpperCase()}.</p>;
  }
  return (
    <ul className="review-bars" aria-label="Progress by language">
      {langs.map((lang) => {
        const counts = languages[lang];
        if (!counts) return null;
        const { total, segments } = barSegments(counts);
        const approved = total > 0 ? Math.round((counts.approved / total) * 100) : 0;
        return (
          <li key={lang} className="review-bar-row" data-lang={lang}>
            <span className="review-bar-lang">{lang}</span>
            <div className="review-bar" role="img" aria-label={describeCounts(lang, counts)}>
              {segments.map((segment) => (
                <span
                  key={segment.status}
                  className={`review-bar-segment review-fill--${segment.status}`}
                  style={{ width: `${segment.percent}%` }}
                />
              ))}
            </div>
            <span className="review-bar-done" title={`${formatCount(counts.approved)} of ${formatCount(total)} approved`}>
              {approved}% <span className="review-bar-of">approved</span>
            </span>
            <div className="review-legend" role="group" aria-label={`${lang} by status`}>
              {segments.map((segment) => (
                <button
                  key={segment.status}
                  type="button"
                  className="review-legend-item"
                  data-status={segment.status}
                  aria-pressed={active.status === segment.status && active.lang === lang}
                  title={`Show ${lang} articles: ${STATUS_LOOKS[segment.status].label.toLowerCase()}`}
                  onClick={() => onPick(segment.status, lang)}
                >
                  <span className={`review-swatch review-fill--${segment.status}`} aria-hidden="true" />
                  <span className="review-legend-label">{STATUS_LOOKS[segment.status].short}</span>
                  <span className="review-legend-count">{formatCount(segment.count)}</span>
                </button>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
