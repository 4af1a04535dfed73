import { createHash } from 'node:crypto';
import { CopydeskError } from '@shared/errors';
import type { ChannelOutput } from '@shared/ipc/contract';
import { decodeFileBytes } from './decode-file';
import { readRegularFile } from './read-regular-file';
import type { ContentModel } from '@shared/model/content-model';
import { collectionFor, validatorFor } from '../core/model';
import { parseArticle } from '../core/parse-article';

/**
 * Reads one article as it is on disk now (not as indexed): text, sha256 of
 * its bytes (the write path compares it), mtime, and its issues. `abs` must
 * already be resolved inside the workspace; `relPath` is echoed normalised.
 * Judged by its collection's schema in `model` (without one: the built-in schema).
 * Only a regular file is read: a FIFO or device is `bad-input`, never a hang.
 */
export async function readArticleFile(abs: string, relPath: string, model?: ContentModel): Promise<ChannelOutput<'article.read'>> {
  const path = normalizeRel(relPath);
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    const file = await readRegularFile(abs, path);
    bytes = file.bytes;
    mtimeMs = file.info.mtimeMs;
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      throw new CopydeskError('not-found', `There is no file ${relPath} in the workspace.`, { path: relPath });
    }
    // The code only: the system's message names the absolute path.
    throw new CopydeskError('internal', `${relPath} could not be read (${code ?? 'unknown error'}).`, { path: relPath });
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) {
    return { path, text: '', hash, mtimeMs, lang: null, collection: null, groupKey: null, valid: false, issues: [decoded.issue] };
  }
  const collection = model === undefined ? null : collectionFor(model, path);
  const where = { collection, path };
  const parsed = model === undefined ? parseArticle(decoded.text, undefined, where) : parseArticle(decoded.text, collection && validatorFor(collection), where);
  return {
    path,
    text: decoded.text,
    hash,
    mtimeMs,
    lang: parsed.meta.lang,
    collection: parsed.meta.collection,
    groupKey: parsed.meta.groupKey,
    valid: parsed.issues.length === 0,
    issues: parsed.issues,
  };
}

function normalizeRel(relPath: string): string {
  return relPath.split(/[\\/]+/).filter((part) => part !== '' && part !== '.').join('/');
}
