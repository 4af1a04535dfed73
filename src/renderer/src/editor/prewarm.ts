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
  // No URL: the form's preview would load it.
  "  thumb: ''",
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

/** The warm-up article: every field kind, and a long body so the loops that build and lay out big documents get hot too. */
export const warmUpText = (): string => SAMPLE + BODY.repeat(BODY_REPEATS);

/** An off-screen box to build warm-up views in; `remove` takes it away. */
export function offscreenHost(width = 640, height = 320): HTMLDivElement {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px;overflow:hidden;pointer-events:none;`;
  document.body.append(host);
  return host;
}

/**
 * Builds and edits one article editor off screen, so that opening the first
 * article runs code the JavaScript engine has already compiled (the first
 * editor otherwise takes several times as long as later ones). The caller
 * destroys the view and removes its host. Touches no file.
 */
export function warmUpEditor(): { view: EditorView; host: HTMLDivElement } {
  const host = offscreenHost();
  const doc = warmUpText();
  const view = new EditorView({ state: EditorState.create({ doc, extensions: articleEditor({ label: 'Warm-up' }) }), parent: host });
  // One edit in the YAML and one in the body: the form sync, lint and both parsers run again.
  view.dispatch({ changes: { from: SAMPLE.indexOf("Warm-up'"), insert: 'x' } });
  view.dispatch({ changes: { from: SAMPLE.indexOf('A paragraph'), insert: 'x' } });
  return { view, host };
}
