import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { articleForm } from '@shared/schema/article-form';
import { offscreenHost, warmUpEditor, warmUpText } from '../editor/prewarm';
import { EditorPane } from './EditorPane';
import type { ArticleRead } from './usePaneEditor';

const ignore = (): void => undefined;

/** Not a workspace path (no `.md`): the pane's disk watch can never match a real change. */
const WARM_UP_PATH = 'copydesk-warm-up';

/**
 * While the app is idle after start, builds what opening an article builds,
 * off screen: a whole editor pane (header, form, editor) on a long sample
 * article given as an answered read, plus an editor taking one edit in the
 * YAML and one in the body; then throws them away. The first real open then
 * runs compiled code and styles that were already resolved once. Nothing
 * visible, no file read, nothing recorded as unsaved.
 */
export function prewarmPairWhenIdle(): void {
  const run = (): void => {
    try {
      const editor = warmUpEditor();
      const paneHost = offscreenHost(720, 800);
      paneHost.inert = true;
      const root = createRoot(paneHost);
      const article: ArticleRead = {
        path: WARM_UP_PATH,
        text: warmUpText(),
        hash: '',
        mtimeMs: 0,
        lang: 'en',
        collection: null,
        groupKey: null,
        valid: true,
        issues: [],
      };
      flushSync(() =>
        root.render(
          <EditorPane
            path={WARM_UP_PATH}
            side="source"
            role="Warm-up"
            preload={null}
            initial={article}
            fields={articleForm}
            locked={false}
            collapsed={false}
            onToggleCollapse={ignore}
            touchUpdatedAt={false}
            tagOptions={['A', 'B']}
            onReady={ignore}
            onSaved={ignore}
            onDirtyChange={ignore}
          />,
        ),
      );
      requestAnimationFrame(() => {
        root.unmount();
        paneHost.remove();
        editor.view.destroy();
        editor.host.remove();
      });
    } catch {
      // A warm-up that fails costs only the speed-up; the real editor reports real problems.
    }
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 500);
}
