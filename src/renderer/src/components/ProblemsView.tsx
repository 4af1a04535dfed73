import type { ReactNode } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { formatCount } from '../lib/format';
import { EmptyState } from './EmptyState';
import { CheckIcon } from './Icons';
import { IssueLine } from './IssueLine';

type Report = ChannelOutput<'validation.report'>;

/** Everything wrong in the workspace, by kind; counts orphans, duplicate sets and mismatches once each. */
export function problemCount(report: Report): number {
  return report.invalid.length + report.orphans.length + report.duplicates.length + report.langMismatches.length;
}

interface Props {
  report: Report | null;
  error: string | null;
  openPath: string | null;
  onOpen: (path: string) => void;
}

/** The validation report: invalid files with each error, orphans, duplicates and language mismatches. */
export function ProblemsView({ report, error, openPath, onOpen }: Props) {
  if (error) return <EmptyState title="Could not load the validation report">{error}</EmptyState>;
  if (!report) return <EmptyState title="Checking files…" />;
  if (problemCount(report) === 0)
    return (
      <EmptyState title="No problems">
        <CheckIcon /> All {formatCount(report.files)} files have valid frontmatter
        {report.missing.length === 0 ? ' and complete translation groups.' : '.'}
        <MissingLine report={report} />
      </EmptyState>
    );

  const fileButton = (path: string, extra?: ReactNode) => (
    <button type="button" className={`problem-file${path === openPath ? ' problem-file--open' : ''}`} title={path} onClick={() => onOpen(path)}>
      <span className="problem-path">{path}</span>
      {extra}
    </button>
  );

  return (
    <div className="problems" aria-label="Problems">
      <MissingLine report={report} />
      <Section title="Invalid files" count={report.invalid.length} hint="Frontmatter that is missing, does not parse, or breaks the schema.">
        {report.invalid.map(({ path, issues }) => (
          <li key={path} className="problem" data-path={path}>
            {fileButton(path, <span className="problem-count">{issues.length === 1 ? '1 error' : `${issues.length} errors`}</span>)}
            <div className="problem-issues">
              {issues.map((issue, i) => (
                <IssueLine key={i} issue={issue} onClick={() => onOpen(path)} />
              ))}
            </div>
          </li>
        ))}
      </Section>
      <Section title="Orphan translations" count={report.orphans.length} hint="Translations whose original (by their collection's pairing rule) is not in this folder; the Review tab counts the same.">
        {report.orphans.map((path) => (
          <li key={path} className="problem" data-path={path}>
            {fileButton(path)}
          </li>
        ))}
      </Section>
      <Section title="Duplicates" count={report.duplicates.length} hint="Several files of one collection are in the same translation group and language.">
        {report.duplicates.map((paths) => (
          <li key={paths.join('\n')} className="problem problem--set">
            {paths.map((path) => (
              <div key={path}>{fileButton(path)}</div>
            ))}
          </li>
        ))}
      </Section>
      <Section title="Language mismatches" count={report.langMismatches.length} hint="The language the file name or locale folder says disagrees with the language field.">
        {report.langMismatches.map(({ path, lang, suffix }) => (
          <li key={path} className="problem" data-path={path}>
            {fileButton(
              path,
              <span className="problem-count">
                lang: {lang} · suffix: {suffix}
              </span>,
            )}
          </li>
        ))}
      </Section>
    </div>
  );
}

/**
 * Missing translations are not problems of a file, so they are not counted
 * here; the line says how many there are, as the Review tab counts them.
 */
function MissingLine({ report }: { report: Report }) {
  const byLang = new Map<string, number>();
  for (const group of report.missing) for (const lang of group.langs) byLang.set(lang, (byLang.get(lang) ?? 0) + 1);
  if (byLang.size === 0) return null;
  const parts = [...byLang].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([lang, count]) => `${lang} ${formatCount(count)}`);
  return (
    <p className="problem-note" data-testid="problems-missing">
      Missing translations (not counted above; the Review tab lists them): {parts.join(' · ')}
    </p>
  );
}

function Section({ title, count, hint, children }: { title: string; count: number; hint: string; children: ReactNode }) {
  if (count === 0) return null;
  const id = `problems-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="problem-section" aria-labelledby={id}>
      <h2 id={id} className="problem-heading">
        {title} <span className="tab-count tab-count--bad">{formatCount(count)}</span>
        <span className="problem-hint">{hint}</span>
      </h2>
      <ul className="problem-list">{children}</ul>
    </section>
  );
}
