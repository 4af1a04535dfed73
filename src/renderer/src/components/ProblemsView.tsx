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
        <CheckIcon /> All {formatCount(report.files)} files have valid frontmatter and complete translation groups.
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
      <Section title="Orphan translations" count={report.orphans.length} hint="ai.translatedFrom names an original that is not in this folder.">
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
      <Section title="Language mismatches" count={report.langMismatches.length} hint="The file name's .<lang>.md suffix disagrees with the lang field.">
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
