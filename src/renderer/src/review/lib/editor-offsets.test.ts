import { describe, expect, it } from 'vitest';
import { fileToEditorOffsets } from './editor-offsets';

describe('fileToEditorOffsets', () => {
  it('keeps offsets of a file edited as is', () => {
    const map = fileToEditorOffsets('a\nb\n', 'a\nb\n');
    expect([0, 2, 4].map(map)).toEqual([0, 2, 4]);
  });
  it('drops one per earlier \\r\\n of a CRLF file', () => {
    const file = 'ab\r\ncd\r\nef';
    const map = fileToEditorOffsets(file, file.replace(/\r\n/g, '\n'));
    // a=0, c=4 → 3, e=8 → 6, end 10 → 8; an offset on the \r itself stays before it.
    expect([0, 2, 4, 8, 10].map(map)).toEqual([0, 2, 3, 6, 8]);
  });
});
