import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { articleEditor } from './article-editor';

/** A small article touching what the editor's extensions parse: YAML of every field kind, Markdown blocks, links. */
const SAMPLE = [
  '---',
  "title: 'Warm-up'",
  'description: >-',
  '  Folded text.',
  "publishedAt: '2026-01-01T00:00:00.000Z'",
  'lang: en',
  "externalId: '1'",
  '# a comment',
  'source:',
  '  name: Desk',
  'tags:',
  '  - A',
  '  - B',
  'score: 1',
  'draft: false',
  'coverImage:',
  "  thumb: 'https://example.com/a.jpg'",
  '---',
  '',
  '## Heading',
  '',
  'A paragraph with a [link](https://example.com) and `code`.',
  '',
  '- item',
  '  1. nested',
  '',
  '> quote',
  '',
  '```js',
  'const x = 1;',
  '```',
  '',
].join('\n');

const BODY = SAMPLE.slice(SAMPLE.indexOf('## Heading'));
const BODY_REPEATS = 400;

/**
 * Builds, edits and destroys one article editor off screen while the app is
 * idle, so that opening the first article runs code the JavaScript engine has
 * already compiled: the first editor otherwise takes several times as long as
 * later ones. Does nothing visible and touches no file.
 */
export function prewarmEditor(): void {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:640px;height:320px;overflow:hidden;pointer-events:none;';
  document.body.append(host);
  // A long body, so the loops that build and lay out big documents get hot too.
  const doc = SAMPLE + BODY.repeat(BODY_REPEATS);
  const view = new EditorView({ state: EditorState.create({ doc, extensions: articleEditor({ label: 'Warm-up' }) }), parent: host });
  // One edit in the YAML and one in the body: the form sync, lint and both parsers run again.
  view.dispatch({ changes: { from: SAMPLE.indexOf("Warm-up'"), insert: 'x' } });
  view.dispatch({ changes: { from: SAMPLE.indexOf('A paragraph'), insert: 'x' } });
  requestAnimationFrame(() => {
    view.destroy();
    host.remove();
  });
}

/** Runs `prewarmEditor` once the page is idle (or after two seconds at the latest). */
export function prewarmEditorWhenIdle(): void {
  const run = (): void => {
    try {
      prewarmEditor();
    } catch {
      // A warm-up that fails costs only the speed-up; the real editor reports real problems.
    }
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 500);
}
