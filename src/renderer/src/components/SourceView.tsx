import { useEffect, useMemo, useRef } from 'react';
import type { ArticleIssue } from '@shared/errors';

interface Props {
  text: string;
  issues: ArticleIssue[];
  /** Line to scroll to (1-based), e.g. after clicking an issue. */
  focusLine: number | null;
}

/** Read-only file text with line numbers; lines with issues are highlighted and carry the messages as tooltips. */
export function SourceView({ text, issues, focusLine }: Props) {
  const lines = useMemo(() => text.replace(/^\uFEFF/, '').split(/\r?\n/), [text]);
  const messages = useMemo(() => {
    const byLine = new Map<number, string[]>();
    for (const issue of issues) {
      if (issue.line === undefined) continue;
      byLine.set(issue.line, [...(byLine.get(issue.line) ?? []), issue.message]);
    }
    return byLine;
  }, [issues]);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const line = focusLine ?? Math.min(...messages.keys());
    if (!Number.isFinite(line)) return;
    ref.current?.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'center' });
  }, [focusLine, messages]);

  const gutter = `${String(lines.length).length + 1}ch`;
  return (
    <div className="source" ref={ref} role="region" aria-label="File text" tabIndex={0} style={{ ['--gutter' as string]: gutter }}>
      {lines.map((line, i) => {
        const problems = messages.get(i + 1);
        return (
          <div key={i} className={`source-line${problems ? ' source-line--issue' : ''}`} data-line={i + 1} title={problems?.join('\n')}>
            <span className="source-ln" aria-hidden="true">
              {i + 1}
            </span>
            <span className="source-text">{line || ' '}</span>
          </div>
        );
      })}
    </div>
  );
}
