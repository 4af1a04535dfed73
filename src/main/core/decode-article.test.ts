import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, firstInvalidUtf8Offset } from './decode-article';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeArticleBytes', () => {
  const valid = [
    { name: 'ascii', input: utf8('---\ntitle: x\n---\n'), expected: '---\ntitle: x\n---\n' },
    { name: 'cyrillic and emoji', input: utf8('Майнінг 😀'), expected: 'Майнінг 😀' },
    { name: 'keeps a BOM', input: bytes(0xef, 0xbb, 0xbf, 0x2d), expected: '\uFEFF-' },
    { name: 'empty file', input: bytes(), expected: '' },
  ];
  it.each(valid)('decodes $name', ({ input, expected }) => {
    expect(decodeArticleBytes(input)).toEqual({ ok: true, text: expected });
  });

  const invalid = [
    { name: 'latin-1 é on line 2', input: bytes(0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a), offset: 5, line: 2 },
    { name: 'truncated 3-byte sequence at end', input: bytes(0x61, 0xe2, 0x82), offset: 1, line: 1 },
    { name: 'overlong encoding of /', input: bytes(0xc0, 0xaf), offset: 0, line: 1 },
    { name: 'UTF-16 surrogate encoded in UTF-8', input: bytes(0x0a, 0x0a, 0xed, 0xa0, 0x80), offset: 2, line: 3 },
    { name: 'stray continuation byte', input: bytes(0x41, 0x80), offset: 1, line: 1 },
  ];
  it.each(invalid)('reports $name with offset and line', ({ input, offset, line }) => {
    const result = decodeArticleBytes(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('encoding');
    expect(result.issue.line).toBe(line);
    expect(result.issue.message).toBe(`The file is not valid UTF-8 (byte offset ${offset}, line ${line}); re-save it as UTF-8.`);
    expect(firstInvalidUtf8Offset(input)).toBe(offset);
  });

  it('recognises UTF-16 with a BOM', () => {
    const result = decodeArticleBytes(bytes(0xff, 0xfe, 0x2d, 0x00, 0x2d, 0x00, 0xd8, 0x00));
    expect(result).toEqual({
      ok: false,
      issue: { code: 'encoding', line: 1, message: 'The file is encoded as UTF-16, not UTF-8; re-save it as UTF-8 (without BOM).' },
    });
  });
});
