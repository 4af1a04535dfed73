import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { articleForm } from '@shared/schema/article-form';
import { frontmatterState } from '../editor';
import { offscreenHost, warmUpEditor } from '../editor/prewarm';
import { FrontmatterForm } from './FrontmatterForm';

const ignore = (): void => undefined;

/**
 * While the app is idle after start, builds what opening an article builds,
 * off screen: an editor on a long sample article and the frontmatter form
 * for it, then throws both away. The first real open then runs compiled code
 * and styles that were already resolved once. Nothing visible, no file read.
 */
export function prewarmPairWhenIdle(): void {
  const run = (): void => {
    try {
      const editor = warmUpEditor();
      const formHost = offscreenHost(420, 600);
      const root = createRoot(formHost);
      flushSync(() =>
        root.render(
          <FrontmatterForm
            idPrefix="warm-up"
            fields={articleForm}
            snapshot={editor.view.state.field(frontmatterState)}
            locked={false}
            tagOptions={['A', 'B']}
            onEdit={ignore}
            onJumpToLine={ignore}
            onJumpToField={ignore}
            onAddFrontmatter={ignore}
          />,
        ),
      );
      requestAnimationFrame(() => {
        root.unmount();
        formHost.remove();
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
