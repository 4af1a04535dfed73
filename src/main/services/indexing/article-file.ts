import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { CopydeskError, type ArticleIssue } from '@shared/errors';
import type { ArticleRecord } from '../../db/article-record';
import { decodeFileBytes } from '../decode-file';
import { readRegularFileSync } from '../read-regular-file';
import type { ContentModel } from '@shared/model/content-model';
import { collectionFor, validatorFor } from '../../core/model';
import { extractMeta, NO_COLLECTION, type MetaContext } from '../../core/article-meta';
import { parseArticle, type ParsedArticle } from '../../core/parse-article';
import { storedFactsOf, unreadableStoredFacts, type StoredFacts } from '../review/file-facts';
import { reviewFileFromParse } from '../review/review-file';

/** One file to (re)read, with the stat the scan saw and the hash the index holds. */
export interface ParseJob {
  path: string;
  /** NaN when the scan did not stat the file: it is stat-ed when read. */
  size: number;
  mtimeMs: number;
  /** Hash stored in the index; a file whose bytes still hash to it is not parsed again. */
  knownHash: string | null;
}

/** The outcome of reading one file: metadata plus searchable text, or "unchanged". */
export type ParsedFile =
  | { kind: 'unchanged'; path: string; size: number; mtimeMs: number }
  | {
      kind: 'parsed';
      record: ArticleRecord;
      /** What a review needs of the file (see review/file-facts.ts); null for a file in no collection or read without a model. */
      facts: StoredFacts | null;
      /**
       * 1-based line where the body starts, or 0 when there is no text to search.
       * Bodies are re-read when the full text is written rather than carried
       * around: at 100k files they would hold hundreds of MB meanwhile.
       */
      bodyLine: number;
    };

/**
 * Reads, hashes, decodes and parses one file, judged by its collection's
 * schema in `model` (without a model: the built-in article schema). Never
 * throws: problems become issues.
 */
export function parseArticleFile(root: string, job: ParseJob, model?: ContentModel): ParsedFile {
  let bytes: Buffer;
  try {
    // Only a regular file is read: the scan listed one, but it may have become a FIFO since, and reading that blocks this thread for good.
    const read = readRegularFileSync(join(root, job.path), job.path);
    bytes = read.bytes;
    if (Number.isNaN(job.size)) job = { ...job, size: read.info.size, mtimeMs: read.info.mtimeMs };
  } catch (error) {
    // Never stat-ed: record 0s, which the next scan's real stat will not match, so it is tried again.
    if (Number.isNaN(job.size)) job = { ...job, size: 0, mtimeMs: 0 };
    const message =
      error instanceof CopydeskError
        ? error.message
        : `The file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check that it exists and that you may read it.`;
    return failed(job, '', { code: 'unreadable', message }, model);
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (hash === job.knownHash) return { kind: 'unchanged', path: job.path, size: job.size, mtimeMs: job.mtimeMs };
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return failed(job, hash, decoded.issue, model);
  const where = placeOf(model, job.path);
  const parsed =
    model === undefined ? parseArticle(decoded.text, undefined, where) : parseArticle(decoded.text, where.collection && validatorFor(where.collection), where);
  // The review facts come from the same parse: reviewing then needs no second read of the file.
  const facts = model !== undefined && where.collection !== null ? storedFactsOf(reviewFileFromParse(job.path, decoded.text, hash, parsed, where.collection)) : null;
  return { kind: 'parsed', record: toRecord(job, hash, parsed), facts, bodyLine: parsed.bodyLine };
}

/**
 * The file's collection under `model` (none without a model: the built-in
 * schema then judges it and its metadata is read by the usual names).
 */
function placeOf(model: ContentModel | undefined, path: string): MetaContext {
  return { collection: model === undefined ? null : collectionFor(model, path), path };
}

/** Builds the index record from a parse; the file name stands in for a missing title. */
export function toRecord(job: Pick<ParseJob, 'path' | 'size' | 'mtimeMs'>, hash: string, parsed: Pick<ParsedArticle, 'meta' | 'issues'>): ArticleRecord {
  const { meta } = parsed;
  return {
    path: job.path,
    size: job.size,
    mtimeMs: job.mtimeMs,
    hash,
    lang: meta.lang,
    pathLang: meta.pathLang,
    collection: meta.collection,
    groupKey: meta.groupKey,
    translatedFrom: meta.translatedFrom,
    title: meta.title ?? fileName(job.path),
    description: meta.description,
    publishedAt: meta.publishedAt,
    updatedAt: meta.updatedAt,
    category: meta.category,
    tags: meta.tags,
    draft: meta.draft,
    valid: parsed.issues.length === 0,
    issues: parsed.issues,
  };
}

/**
 * A file that could not be read or decoded: what its path says (collection,
 * language, and the group a path rule gives it) and the issue.
 */
function failed(job: ParseJob, hash: string, issue: ArticleIssue, model?: ContentModel): ParsedFile {
  const where = model === undefined ? { ...NO_COLLECTION, path: job.path } : placeOf(model, job.path);
  const meta = extractMeta(null, where);
  return {
    kind: 'parsed',
    facts: model !== undefined && where.collection !== null ? unreadableStoredFacts(job.path, where.collection) : null,
    // No frontmatter was read: every field is empty, the title is the file name.
    record: toRecord(job, hash, { meta, issues: [issue] }),
    bodyLine: 0,
  };
}

function fileName(relPath: string): string {
  return relPath.slice(relPath.lastIndexOf('/') + 1);
}

/**
 * The searchable body of a file: its text from `bodyLine` on ('' for 0 or
 * an unreadable file). Cheap: no YAML parsing, just a newline count.
 */
export function readBody(root: string, relPath: string, bodyLine: number): string {
  return readBodyBytes(root, relPath, bodyLine).toString('utf8');
}

/** `readBody` as the file's bytes, for the full-text index (see FulltextDoc.body). */
export function readBodyBytes(root: string, relPath: string, bodyLine: number): Buffer {
  if (bodyLine < 1) return EMPTY;
  let bytes: Buffer;
  try {
    // A file indexed as regular that is a FIFO now would hang the search that wants its snippet.
    bytes = readRegularFileSync(join(root, relPath), relPath).bytes;
  } catch {
    return EMPTY;
  }
  let offset = 0;
  for (let line = 1; line < bodyLine && offset !== -1; line++) {
    offset = bytes.indexOf(0x0a, offset);
    if (offset !== -1) offset++;
  }
  return offset === -1 ? EMPTY : bytes.subarray(offset);
}

const EMPTY = Buffer.alloc(0);
