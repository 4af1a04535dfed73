import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { JsonSchema } from '@shared/model/content-model';
import { jsonSchemaToZod } from '@shared/model/json-schema-to-zod';
import { describeForm } from '@shared/schema/describe-form';
import { offscreenHost, warmUpEditor, warmUpText } from '../editor/prewarm';
import { EditorPane } from './EditorPane';
import type { PaneForm } from './pane-form';
import type { ArticleRead } from './usePaneEditor';

const ignore = (): void => undefined;

/** A collection schema for the warm-up article (editor/prewarm's sample): a field of each kind the form draws. */
const WARM_UP_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    description: { type: 'string' },
    publishedAt: { type: 'string', 'x-copydesk-kind': 'date', 'x-copydesk-coerce-date': true },
    lang: { type: 'string', default: 'en' },
    source: { type: 'object', properties: { name: { type: 'string' } } },
    tags: { type: 'array', items: { type: 'string' }, default: [] },
    score: { type: 'number' },
    draft: { type: 'boolean', default: false },
    coverImage: { anyOf: [{ type: 'object', properties: { thumb: { type: 'string' } } }, { type: 'null' }] },
  },
  required: ['title', 'publishedAt'],
};

/** Built on first use (the warm-up runs once, when idle). */
function warmUpForm(): PaneForm {
  const source = { schema: { source: 'config' as const, json: WARM_UP_SCHEMA }, roles: { title: 'title', description: 'description' }, fields: { shared: [], translatable: [], from: 'config' as const } };
  return { collection: null, fields: describeForm(source), schema: jsonSchemaToZod(WARM_UP_SCHEMA), note: null };
}

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
            form={warmUpForm()}
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
