import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CopydeskError } from '@shared/errors';
import type { ChannelOutput, HandlerInput } from '@shared/ipc/contract';
import { decodeFileBytes } from '../decode-file';
import { readRegularFile } from '../read-regular-file';
import { isMarkdownPath } from '@shared/paths/lang-from-path';
import { collectionFor, schemaForPath } from '../../core/model';
import { parseArticle } from '../../core/parse-article';
import type { Workspace } from '../workspace';
import { contentHash } from './content-hash';
import { touchUpdatedAt } from './touch-updated-at';
import { writeFileAtomic } from './write-file-atomic';

export type SaveArticleInput = HandlerInput<'article.save'>;
export type SaveArticleResult = ChannelOutput<'article.save'>;

/** Workspace-relative path with `/` separators and no empty or `.` parts, as the index stores it. */
export function normaliseRelPath(relPath: string): string {
  return relPath
    .split(/[\\/]+/)
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/** The file as it is now, or null when there is none; a FIFO or device is `bad-input`, never opened for reading. */
async function readDisk(abs: string, label: string): Promise<{ bytes: Buffer; mtimeMs: number } | null> {
  try {
    const { bytes, info } = await readRegularFile(abs, label);
    return { bytes, mtimeMs: info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Saves an editor's text: the one path for the app's save and `copydesk set`.
 * Text equal to the disk writes nothing (`written: false`, mtime untouched).
 * Otherwise the text must be a valid article under its collection's schema
 * (`invalid-article` with its issues, nothing written), `updatedAt` is set to now in its own format
 * (unless `touchUpdatedAt` is off or the person edited it), and the file is
 * written atomically against `baseHash` (`conflict` unless `force`), then
 * re-indexed so the library shows the change at once.
 */
export async function saveArticle(ws: Workspace, input: SaveArticleInput, now: Date = new Date()): Promise<SaveArticleResult> {
  // Resolve the path as given: normalising first would turn `/etc/x.md` into a harmless-looking `etc/x.md`.
  const abs = await ws.resolveInside(input.path);
  const path = normaliseRelPath(input.path);
  if (!isMarkdownPath(path)) {
    throw new CopydeskError('bad-input', `Only Markdown articles (.md, .mdx, .markdown) can be saved, not "${input.path}".`, { path });
  }
  const disk = await readDisk(abs, path);
  const typed = Buffer.from(input.text, 'utf8');
  if (disk !== null && disk.bytes.equals(typed)) {
    return { path, written: false, hash: contentHash(disk.bytes), mtimeMs: disk.mtimeMs, text: input.text };
  }

  const model = await ws.contentModel();
  const issues = parseArticle(input.text, schemaForPath(model, path)).issues;
  if (issues.length > 0) {
    const first = issues[0];
    const where = first?.line !== undefined ? ` (line ${first.line})` : '';
    throw new CopydeskError(
      'invalid-article',
      `${path} was not saved: ${first?.message ?? 'the article is not valid'}${where}${issues.length > 1 ? ` and ${issues.length - 1} more problem(s)` : ''}.`,
      { path, issues },
    );
  }

  let text = input.text;
  // The field that records the last change is the collection's; a collection without one gets nothing touched.
  const updatedField = collectionFor(model, path)?.roles.updated;
  if (input.touchUpdatedAt && updatedField !== undefined) {
    const decoded = disk === null ? null : decodeFileBytes(disk.bytes);
    text = touchUpdatedAt(text, decoded?.ok ? decoded.text : null, now, updatedField);
  }
  if (disk === null) await mkdir(dirname(abs), { recursive: true });
  const written = await writeFileAtomic(abs, Buffer.from(text, 'utf8'), {
    expectedHash: input.baseHash,
    force: input.force,
    label: path,
  });
  await ws.reindexPaths([path]);
  return { path, written: true, hash: written.hash, mtimeMs: written.mtimeMs, text };
}
