import type { DiffHunk } from '@shared/text/diff-hunk';
import { changeCounts, diffRows } from '../lib/diff-rows';

const EOL_MARK = { crlf: '␍␊', none: '⊘ no newline at end' } as const;

/** One file's changes as a unified diff: line numbers, −/+ and the exact line text (whitespace kept). */
export function FileDiff({ path, hunks, note }: { path: string; hunks: readonly DiffHunk[]; note?: string }) {
  const { added, removed } = changeCounts(hunks);
  return (
    <section className="file-diff" aria-label={path} data-path={path}>
      <header className="file-diff-head">
        <span className="file-diff-path" dir="ltr" title={path}>
          {path}
        </span>
        <span className="file-diff-counts">
          <span className="diff-added">+{added}</span> <span className="diff-removed">−{removed}</span>
        </span>
      </header>
      {note && <p className="file-diff-note">{note}</p>}
      {hunks.length > 0 && (
        <table className="diff">
          <colgroup>
            <col className="diff-col-no" />
            <col className="diff-col-no" />
            <col className="diff-col-sign" />
            <col />
          </colgroup>
          <tbody>
            {diffRows(hunks).map((row, index) =>
              row.kind === 'gap' ? (
                <tr key={index} className="diff-gap">
                  <td colSpan={4}>{row.skipped === null ? '⋯' : `⋯ ${row.skipped} unchanged line${row.skipped === 1 ? '' : 's'}`}</td>
                </tr>
              ) : (
                <tr key={index} className={row.kind === '+' ? 'diff-add' : row.kind === '-' ? 'diff-del' : 'diff-ctx'}>
                  <td className="diff-no">{row.oldNo ?? ''}</td>
                  <td className="diff-no">{row.newNo ?? ''}</td>
                  <td className="diff-sign" aria-label={row.kind === '+' ? 'added' : row.kind === '-' ? 'removed' : undefined}>
                    {row.kind === ' ' ? '' : row.kind === '-' ? '−' : '+'}
                  </td>
                  <td className="diff-text">
                    {row.text}
                    {row.eol && <span className="diff-eol">{EOL_MARK[row.eol]}</span>}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
