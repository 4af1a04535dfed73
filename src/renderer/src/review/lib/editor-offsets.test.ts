import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { fileToEditorOffsets } from './editor-offsets';

const docOf = (text: string): Text => Text.of(text.split('\n'));

describe('fileToEditorOffsets', () => {
  it('keeps offsets of a file edited as is', () => {
    const map = fileToEditorOffsets(docOf('a\nb\n'), '\n');
    expect([0, 2, 4].map(map)).toEqual([0, 2, 4]);
  });

  it('drops one per earlier \\r\\n of a CRLF file', () => {
    const file = 'ab\r\ncd\r\nef';
    const map = fileToEditorOffsets(docOf(file.replace(/\r\n/g, '\n')), '\r\n');
    // a=0, c=4 → 3, e=8 → 6, end 10 → 8; an offset on the \r or \n stays at its line's end.
    expect([0, 2, 3, 4, 8, 10].map(map)).toEqual([0, 2, 2, 3, 6, 8]);
  });

  it('agrees with counting \\r\\n pairs in the file, offset by offset', () => {
    const file = ['---', 'title: x', '---', '', '## Head', '', 'Para one.', '', '- item', ''].join('\r\n');
    const map = fileToEditorOffsets(docOf(file.replace(/\r\n/g, '\n')), '\r\n');
    for (let offset = 0; offset <= file.length; offset++) {
      if (file[offset - 1] === '\r') continue; // between \r and \n: no editor position of its own
      const before = file.slice(0, offset).split('\r\n').length - 1;
      expect(map(offset), `file offset ${offset}`).toBe(offset - before);
    }
  });
});
