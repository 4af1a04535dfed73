import { history, defaultKeymap, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import {
  crosshairCursor,
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import { copydeskTheme } from './editor-theme';

/**
 * CodeMirror's own default set minus `\r` and the BOM: with line endings
 * preserved (line-endings.ts) those are part of the text and must not be
 * drawn as red dots.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SPECIAL_CHARS = /[\u0000-\u0008\u000a-\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u2028\u2029\u202d\u202e\u2066\u2067\u2069\ufff9-\ufffc]/gu;

/** Ctrl/Cmd+Shift+M toggles the problems view app-wide; the lint panel stays on F8 / Shift+F8 and the gutter. */
const lintKeys = lintKeymap.filter((binding) => binding.key !== 'Mod-Shift-m');

/**
 * The basic editor: line numbers, folding, history, search (top panel),
 * selection matches, bracket matching, line wrapping, the usual keymaps
 * (Tab indents; Esc then Tab leaves the editor), and the Copydesk theme.
 */
export function editorSetup(): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    foldGutter(),
    highlightSpecialChars({ specialChars: SPECIAL_CHARS }),
    history(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    bracketMatching(),
    rectangularSelection(),
    crosshairCursor(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    EditorView.lineWrapping,
    keymap.of([...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...lintKeys, indentWithTab]),
    copydeskTheme(),
  ];
}
