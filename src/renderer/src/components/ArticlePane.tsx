import { useEffect, useState } from 'react';
import { errorMessage } from '../api/client';
import { useArticle } from '../hooks/useArticle';
import { CloseIcon } from './Icons';
import { IssueLine } from './IssueLine';
import { LangBadge } from './LangBadge';
import { SourceView } from './SourceView';
import { TranslationLinks } from './TranslationLinks';

interface Props {
  path: string;
  dataVersion: number;
  onOpen: (path: string) => void;
  onClose: () => void;
}

/** Read-only detail of one file: where it is, what is wrong with it, its translations and its text. */
export function ArticlePane({ path, dataVersion, onOpen, onClose }: Props) {
  const { value, error, loading } = useArticle(path, dataVersion);
  const [focusLine, setFocusLine] = useState<number | null>(null);
  useEffect(() => setFocusLine(null), [path]);

  const current = value && value.article.path === path ? value : null;
  const title = current?.group?.members.find((member) => member.path === path)?.title;
  const fileName = path.split('/').pop() ?? path;

  return (
    <aside className="pane" aria-label="Article" aria-busy={loading}>
      <header className="pane-header">
        <div className="pane-heading">
          <h2 className="pane-title" title={title ?? fileName}>
            {title ?? fileName}
          </h2>
          <div className="pane-path" title={path}>
            <span dir="ltr">{path}</span>
          </div>
        </div>
        <button type="button" className="icon-button" aria-label="Close article" title="Close (Esc)" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      {error !== null && !current && <div className="pane-error">{errorMessage(error)}</div>}
      {current && (
        <>
          <div className="pane-meta">
            <LangBadge lang={current.article.lang} />
            {current.article.valid ? (
              <span className="pill pill--ok">Valid</span>
            ) : (
              <span className="pill pill--bad">
                {current.article.issues.length === 1 ? '1 problem' : `${current.article.issues.length} problems`}
              </span>
            )}
            {current.article.externalId && <span className="pane-id">externalId {current.article.externalId}</span>}
            {current.group && <TranslationLinks group={current.group} currentPath={path} onOpen={onOpen} />}
          </div>
          {current.article.issues.length > 0 && (
            <div className="pane-issues" aria-label="Frontmatter problems">
              {current.article.issues.map((issue, i) => (
                <IssueLine key={i} issue={issue} onClick={issue.line !== undefined ? () => setFocusLine(issue.line ?? null) : undefined} />
              ))}
            </div>
          )}
          <SourceView text={current.article.text} issues={current.article.issues} focusLine={focusLine} />
        </>
      )}
    </aside>
  );
}
