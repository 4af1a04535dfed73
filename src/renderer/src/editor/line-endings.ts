import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';

/** Converts a file's text to the editor's and back, so that saving an unchanged file writes the same bytes. */
export interface LineBreakCodec {
  /** The file's line break as the user sees it in the status, `\n` or `\r\n`. */
  readonly lineBreak: '\n' | '\r\n';
  toEditor(text: string): string;
  toDisk(text: string): string;
}

const identity: LineBreakCodec = { lineBreak: '\n', toEditor: (text) => text, toDisk: (text) => text };

const crlf: LineBreakCodec = {
  lineBreak: '\r\n',
  toEditor: (text) => text.replace(/\r\n/g, '\n'),
  toDisk: (text) => text.replace(/\r?\n/g, '\r\n'),
};

/**
 * A file that uses `\r\n` throughout is edited with `\n` and written back with
 * `\r\n` (lines typed by the user follow the file's convention). Any other
 * file — `\n`, or mixed endings — is edited as is: with `preserveLineEndings`
 * a stray `\r` stays a character of its line, so nothing is rewritten.
 */
export function lineBreakCodec(text: string): LineBreakCodec {
  let crlfCount = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== 0x0d) return identity;
    crlfCount++;
  }
  return crlfCount > 0 ? crlf : identity;
}

/**
 * Splits lines on `\n` only. CodeMirror's default also splits on `\r` and
 * joins with `\n`, which would silently rewrite line endings; with this the
 * document is exactly the string it was given and positions are plain string
 * offsets, which is what the frontmatter splices use.
 */
export function preserveLineEndings(): Extension {
  return EditorState.lineSeparator.of('\n');
}
