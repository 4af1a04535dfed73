import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { splitFrontmatter } from '@shared/frontmatter';
import { langFromPath } from '@shared/paths/lang-from-path';
import { decodeFileBytes } from '../decode-file';
import { readRegularFile } from '../read-regular-file';
import { parseArticle } from '../../core/parse-article';
import { keyText, valueAt } from '../../core/model';
import { scanTopLevelScalars } from '../../core/scan-scalars';
import type { ArticleIssue } from '@shared/errors';
import type { Review } from '@shared/review';
import { normalizeText, readReview, sourceContentHash, type ArticleSide } from '../../core/review';

/** Hex sha256 of a text, the `hash` the pure review core asks for. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** One article read for review: its text, frontmatter as parsed, and its body with the body's place in the file. */
export interface ReviewFile {
  /** Workspace-relative, `/` separators. */
  path: string;
  text: string;
  /** sha256 hex of the file's bytes: what `writeFileAtomic` compares. */
  hash: string;
  /** Parsed frontmatter (js-yaml, as the index reads it); null when missing or unreadable. */
  data: Record<string, unknown> | null;
  /** The body exactly as in the file (CRLF kept), so block offsets map back to the text. */
  body: string;
  /** UTF-16 offset of the body in `text`. */
  bodyFrom: number;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** `lang`, else the file name's `<slug>.<lang>.md` suffix. */
  lang: string | null;
  externalId: string | null;
  translatedFrom: string | null;
  draft: boolean;
  title: string | null;
  publishedAt: string | null;
  review: Review | null;
  reviewWarning: string | null;
  /** Why `data` is null (the parser's first issue); null when the frontmatter was read. */
  problem: string | null;
  /** What makes the file invalid (schema and YAML problems); empty when it is valid. */
  issues: ArticleIssue[];
  /** The frontmatter as written, between the `---` lines; null without one. */
  yaml: string | null;
  /** `review.note` as written; null when there is none. */
  note: string | null;
}

/**
 * Reads and parses one article; null when it cannot be read or decoded (the
 * validator reports those). Only a regular file is read: one that became a
 * FIFO since the scan is null too, not a review that never ends.
 */
export async function readReviewFile(abs: string, path: string): Promise<ReviewFile | null> {
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(abs, path)).bytes;
  } catch {
    return null;
  }
  return reviewFileFromBytes(path, bytes);
}

/** `readReviewFile` on bytes already read; `schema` (its collection's validator) makes schema problems issues. */
export function reviewFileFromBytes(path: string, bytes: Uint8Array, schema: z.ZodType | null = null): ReviewFile | null {
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return null;
  const text = decoded.text;
  const parsed = parseArticle(text, schema);
  const block = splitFrontmatter(text);
  const bodyFrom = block?.bodyFrom ?? 0;
  const { meta } = parsed;
  const { review, warning } = readReview(parsed.frontmatter);
  return {
    path,
    text,
    hash: createHash('sha256').update(bytes).digest('hex'),
    data: parsed.frontmatter,
    body: text.slice(bodyFrom),
    bodyFrom,
    bodyLine: lineOf(text, bodyFrom),
    lang: meta.lang ?? langFromPath(path),
    // The index's metadata now comes from the content model; review still reads the newsroom's fields until it does too.
    externalId: keyText(valueAt(parsed.frontmatter ?? (block ? scanTopLevelScalars(text.slice(block.yamlFrom, block.yamlTo)) : null), 'externalId')),
    translatedFrom: keyText(valueAt(parsed.frontmatter, 'ai.translatedFrom')),
    draft: meta.draft,
    title: meta.title,
    publishedAt: meta.publishedAt,
    review,
    reviewWarning: warning,
    problem: parsed.frontmatter === null ? (parsed.issues[0]?.message ?? 'The frontmatter cannot be read.') : null,
    issues: parsed.issues,
    yaml: block ? text.slice(block.yamlFrom, block.yamlTo) : null,
    note: typeof review?.note === 'string' && review.note.trim() !== '' ? review.note : null,
  };
}

/** Content hashes by file hash: a pure function of the bytes, and normalising a 1.5 MB body takes ~5 ms. */
const contentHashes = new Map<string, string | null>();
const CONTENT_HASHES_KEPT = 256;

/** The source's content hash (title, description, body), as recorded at approval. */
export function contentHashOf(file: ReviewFile): string | null {
  const known = contentHashes.get(file.hash);
  if (known !== undefined) return known;
  const hash = sourceContentHash(file.text, sha256Hex);
  contentHashes.set(file.hash, hash);
  if (contentHashes.size > CONTENT_HASHES_KEPT) contentHashes.delete(contentHashes.keys().next().value as string);
  return hash;
}

/** The file as the consistency checks take it; null without readable frontmatter. */
export function articleSide(file: ReviewFile): ArticleSide | null {
  if (file.data === null) return null;
  return { path: file.path, data: file.data, body: file.body, bodyLine: file.bodyLine, ...(file.yaml !== null && { yaml: file.yaml, yamlLine: 2 }) };
}

/** The normalised body's length in characters, as the `length` check measures it. */
export function bodyLength(file: ReviewFile): number {
  return normalizeText(file.body).length;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
