import type { ArticleIssue } from '@shared/errors';

/** Result of turning a file's bytes into text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; issue: ArticleIssue };

/**
 * Decodes an article file as strict UTF-8. A leading BOM is kept in the text
 * because the editor must write it back unchanged; `parseArticle` skips it.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  try {
    // A new decoder per call: fatal decoders are cheap and this keeps the function stateless.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, issue: encodingIssue(bytes) };
  }
}

function encodingIssue(bytes: Uint8Array): ArticleIssue {
  if (looksLikeUtf16(bytes)) {
    return {
      code: 'encoding',
      message: 'The file is encoded as UTF-16, not UTF-8; re-save it as UTF-8 (without BOM).',
      line: 1,
    };
  }
  const offset = firstInvalidUtf8Offset(bytes);
  const line = lineOfByte(bytes, offset);
  return {
    code: 'encoding',
    message: `The file is not valid UTF-8 (byte offset ${offset}, line ${line}); re-save it as UTF-8.`,
    line,
  };
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [b0, b1] = bytes;
  return (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence
 * (Unicode Table 3-7). Only called after TextDecoder has rejected the input.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? low : 0x80;
      const hi = k === 1 ? high : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return bytes.length;
}
