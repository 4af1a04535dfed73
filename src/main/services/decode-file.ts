import { isUtf8 } from 'node:buffer';
import { decodeArticleBytes, type DecodeResult } from '../core/decode-article';

/**
 * A file's bytes as text, strictly UTF-8 (BOM kept). simdutf's validation plus
 * a plain decode is several times quicker than the fatal TextDecoder (about
 * 4 ms saved on a 1.5 MB article); only bytes that are not UTF-8 go to the
 * core decoder, which explains where and why.
 */
export function decodeFileBytes(bytes: Uint8Array): DecodeResult {
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  return decodeArticleBytes(bytes);
}
