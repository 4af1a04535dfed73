import { createHash, hash } from 'node:crypto';
import { splitFrontmatter } from '@shared/frontmatter';
import type { ModelCollection } from '@shared/model/content-model';
import { langFromPath } from '@shared/paths/lang-from-path';
import { decodeFileBytes } from '../decode-file';
import { readRegularFile } from '../read-regular-file';
import { parseArticle, type ParsedArticle } from '../../core/parse-article';
import { pathInCollection, placeFile, readOtherFrontmatter, validatorFor } from '../../core/model';
import type { ArticleIssue } from '@shared/errors';
import type { Review } from '@shared/review';
import { contentHash, normalizeText, readReview, sourceContentHash, type ArticleSide } from '../../core/review';

/** Hex sha256 of a text, the `hash` the pure review core asks for. */
export function sha256Hex(text: string): string {
  // One-shot: no Hash object per call (a review keys 60,000 pairs at 100k files).
  return hash('sha256', text);
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
  /** The collection the file is judged and paired in; null for a file in none (not an article). */
  collection: string | null;
  /** The language its collection's rule gives it (`placeFile`); without a collection, the file name's suffix. */
  lang: string | null;
  /** Its translation group in its collection (`placeFile`); null when the rule pairs nothing. */
  groupKey: string | null;
  /** The group key of the original it translates; null for an original (see `placeFile`). */
  translatedFrom: string | null;
  /** The collection's draft field (`roles.draft`) is true. */
  draft: boolean;
  /** The collection's title field (`roles.title`), when text. */
  title: string | null;
  /** The collection's date field (`roles.date`), as an ISO string or the text written. */
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
export async function readReviewFile(abs: string, path: string, collection: ModelCollection | null, opts: { validate?: boolean } = {}): Promise<ReviewFile | null> {
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(abs, path)).bytes;
  } catch {
    return null;
  }
  return reviewFileFromBytes(path, bytes, collection, opts);
}

/**
 * `readReviewFile` on bytes already read. The file is placed by its
 * collection's rules (language, group, original or translation) and its
 * title, date and draft flag are the fields the collection's roles name:
 * review knows no field by name. `validate: false` skips the schema pass
 * (`issues` then holds only what stops the frontmatter being read): the
 * consistency checks compare fields, they do not judge them.
 */
export function reviewFileFromBytes(path: string, bytes: Uint8Array, collection: ModelCollection | null, opts: { validate?: boolean } = {}): ReviewFile | null {
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return null;
  const text = decoded.text;
  const parsed = parseArticle(text, collection === null || opts.validate === false ? null : validatorFor(collection));
  return reviewFileFromParse(path, text, createHash('sha256').update(bytes).digest('hex'), parsed, collection);
}

/**
 * `reviewFileFromBytes` on a file already decoded and parsed by
 * `parseArticle` with its collection's validator (as the index workers do):
 * `hash` is the sha256 hex of its bytes.
 */
export function reviewFileFromParse(path: string, text: string, hash: string, parsed: ParsedArticle, collection: ModelCollection | null): ReviewFile {
  const block = splitFrontmatter(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // TOML and JSON frontmatter end where their own reader says; the body is what follows.
  const other = block === null ? readOtherFrontmatter(text.slice(bom)) : null;
  const bodyFrom = block?.bodyFrom ?? (other !== null ? other.bodyFrom + bom : 0);
  const data = parsed.frontmatter;
  const { review, warning } = readReview(data);
  const place = collection === null ? null : placeFile(collection, { path: pathInCollection(collection, path), data });
  const roles = collection?.roles ?? {};
  return {
    path,
    text,
    hash,
    data,
    body: text.slice(bodyFrom),
    bodyFrom,
    bodyLine: lineOf(text, bodyFrom),
    collection: collection?.name ?? null,
    lang: place?.lang ?? langFromPath(path),
    groupKey: place?.groupKey ?? null,
    translatedFrom: place?.translatedFrom ?? null,
    draft: roles.draft !== undefined && data?.[roles.draft] === true,
    title: roles.title !== undefined ? textOf(data?.[roles.title]) : null,
    publishedAt: roles.date !== undefined ? dateText(data?.[roles.date]) : null,
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

/**
 * The source's content hash (title, description, body), as recorded at
 * approval. From the frontmatter already parsed when its title and
 * description are text (or absent), as both YAML parsers read text alike:
 * `sourceContentHash` parses the block again with the `yaml` package, about
 * 300 µs a file, which the index workers would pay for every original.
 */
export function contentHashOf(file: ReviewFile): string | null {
  const known = contentHashes.get(file.hash);
  if (known !== undefined) return known;
  const hash = parsedContentHash(file) ?? sourceContentHash(file.text, sha256Hex);
  contentHashes.set(file.hash, hash);
  if (contentHashes.size > CONTENT_HASHES_KEPT) contentHashes.delete(contentHashes.keys().next().value as string);
  return hash;
}

/** `sourceContentHash` from the parsed YAML block; undefined when that could differ (no YAML block, a title or description that is not text). */
function parsedContentHash(file: ReviewFile): string | undefined {
  if (file.data === null || file.yaml === null) return undefined;
  const { title, description } = file.data;
  const isText = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';
  if (!isText(title) || !isText(description)) return undefined;
  return contentHash({ title, description, body: file.body }, sha256Hex);
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

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A date field as text: a parsed date as ISO, a string as written. */
function dateText(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return textOf(value);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
