import { lintGutter } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editorSetup } from './editor-setup';
import { frontmatterFold } from './frontmatter-fold';
import { frontmatterLint } from './frontmatter-lint';
import { frontmatterSync } from './frontmatter-sync';
import { keystrokeMark } from './keystroke-mark';
import { preserveLineEndings } from './line-endings';
import { markdownWithFrontmatter } from './markdown-language';
import { readOnlyToggle } from './read-only-toggle';
import { trackSaved } from './saved-baseline';

/** Options for `articleEditor`. */
export interface ArticleEditorOptions {
  /** Start locked (read-only); toggle later with `setReadOnly`. */
  locked?: boolean;
  /** Accessible name of the text area, e.g. "Original text". */
  label?: string;
}

/**
 * Everything an article editor needs, as one extension: exact line endings,
 * the basic setup, Markdown with YAML frontmatter, the frontmatter snapshot
 * for the form, its fold marker ("12 fields · 2 problems"), schema lint marks with a gutter, the saved baseline (dirty
 * state), the read-only lock and the keystroke mark for bench/editor.
 */
export function articleEditor(options: ArticleEditorOptions = {}): Extension {
  return [
    preserveLineEndings(),
    editorSetup(),
    markdownWithFrontmatter(),
    frontmatterSync(),
    frontmatterFold(),
    frontmatterLint(),
    lintGutter(),
    trackSaved(),
    readOnlyToggle(options.locked ?? false),
    keystrokeMark(),
    options.label ? EditorView.contentAttributes.of({ 'aria-label': options.label }) : [],
  ];
}
