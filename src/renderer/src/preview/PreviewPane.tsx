import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { measureSince, PERF } from '../lib/perf';
import type { DocFeed } from './doc-feed';
import { PreviewBlocks } from './PreviewBlocks';
import { PreviewImage } from './PreviewImage';
import { bodyOf, coverUrl, isMdxPath } from './preview-source';
import { PreviewScheduler } from './preview-scheduler';
import type { RenderedPreview } from './preview-scheduler';
import './preview.css';

interface Props {
  path: string;
  feed: DocFeed;
  /** The article's language: the preview is read (and spell-checked) as that language. */
  lang: string | null;
  /** The parsed frontmatter: title, description and cover render above the body, as on the site. */
  data: Readonly<Record<string, unknown>> | null;
  /** Gets the scrolling element (for the pair's scroll sync); null when it goes. */
  scrollerRef?: (element: HTMLElement | null) => void;
  /** Shown in the preview's bar (the pane's own controls). */
  actions?: ReactNode;
}

/**
 * A pane's rendered preview: the article as the site would show it, built
 * from the editor's current text (sanitized, MDX as placeholders), following
 * typing on small articles and rendering when typing pauses on large ones.
 */
export function PreviewPane({ path, feed, lang, data, scrollerRef, actions }: Props) {
  const [rendered, setRendered] = useState<RenderedPreview | null>(null);
  // The first document change not yet on screen, for keystroke → preview.
  const unseen = useRef<{ version: number; since: number } | null>(null);

  useEffect(() => {
    let version = 0;
    const scheduler = new PreviewScheduler(setRendered);
    const mdx = isMdxPath(path);
    const send = (immediate: boolean): void => {
      const view = feed.view();
      if (!view) return;
      version += 1;
      scheduler.update({ ...bodyOf(view.state.doc), mdx, version }, { immediate });
    };
    send(true);
    const unsubscribe = feed.subscribe((view) => {
      if (!view) return;
      if (!unseen.current) {
        // From the key press when there is one (keystroke-mark.ts), else from the change itself.
        // A mark older than a second belongs to a key that changed nothing (an arrow key).
        const now = performance.now();
        const key = performance.getEntriesByName(PERF.previewKeydown, 'mark')[0];
        unseen.current = { version: version + 1, since: key && now - key.startTime < 1000 ? key.startTime : now };
        performance.clearMarks(PERF.previewKeydown);
      }
      send(false);
    });
    return () => {
      unsubscribe();
      scheduler.destroy();
    };
  }, [feed, path]);

  useLayoutEffect(() => {
    const pending = unseen.current;
    if (!rendered || !pending || rendered.version < pending.version) return;
    unseen.current = null;
    measureSince(PERF.keystrokeToPreview, pending.since);
  }, [rendered]);

  const title = typeof data?.title === 'string' ? data.title : null;
  const description = typeof data?.description === 'string' ? data.description : null;
  const cover = coverUrl(data);

  return (
    <div className="preview" data-testid="preview" data-rendered-version={rendered?.version ?? 0}>
      <div className="preview-bar">
        <span className="preview-bar-label">Preview</span>
        {rendered === null && <span className="preview-bar-state">Rendering…</span>}
        {actions}
      </div>
      <div className="preview-scroller" ref={scrollerRef} tabIndex={0} aria-label={`Preview of ${path}`} lang={lang ?? undefined}>
        <article className="preview-article">
          {(title || description || cover) && (
            <header className="preview-head" data-source-line={1}>
              {title && <h1 className="preview-title">{title}</h1>}
              {description && <p className="preview-description">{description}</p>}
              {cover && (
                <figure className="preview-cover">
                  <PreviewImage src={cover} alt={title ?? 'Cover image'} />
                </figure>
              )}
            </header>
          )}
          {rendered?.error && <div className="preview-error">This text could not be rendered: {rendered.error}</div>}
          {rendered && <PreviewBlocks blocks={rendered.blocks} />}
        </article>
      </div>
    </div>
  );
}
