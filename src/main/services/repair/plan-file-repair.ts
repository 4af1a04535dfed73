import { CopydeskError } from '@shared/errors';
import type { RepairPlanOutput } from '@shared/ipc/repair-contract';
import { lineDiff } from '@shared/text/line-diff';
import { planRepair } from '../../core/repair';
import { decodeFileBytes } from '../decode-file';
import { readRegularFile } from '../read-regular-file';
import type { Workspace } from '../workspace';
import { contentHash } from '../write/content-hash';
import { normaliseRelPath } from '../write/save-article';
import { findOriginal } from './find-original';
import { workspaceModel } from './workspace-model';

/** Lines of unchanged context around the diff's changes. */
const CONTEXT = 3;

/** A plan with what the apply writes: the abs path, the bytes it was made from and the new bytes. */
export interface FileRepair {
  plan: RepairPlanOutput;
  abs: string;
  oldBytes: Buffer;
  newBytes: Buffer;
}

/**
 * Plans the repair of one file from disk: finds its original by path under
 * the content model, reads both, and builds the new frontmatter (see
 * core/repair). `not-found` with the reason when there is no original.
 */
export async function planFileRepair(ws: Workspace, relPath: string): Promise<FileRepair> {
  const path = normaliseRelPath(relPath);
  const abs = await ws.resolveInside(relPath);
  const oldBytes = await readText(abs, path);
  const text = decoded(oldBytes, path);
  const model = await workspaceModel(ws);
  const found = await findOriginal(ws, model, path);
  if (!found.ok) throw new CopydeskError('not-found', found.reason, { path });
  const original = decoded(await readText(await ws.resolveInside(found.original), found.original), found.original);
  const planned = planRepair({ path, text, lang: found.lang, original: { path: found.original, text: original }, collection: found.collection });
  if (!planned.ok) throw new CopydeskError('bad-input', planned.reason, { path });
  const newBytes = Buffer.from(planned.text, 'utf8');
  return {
    abs,
    oldBytes,
    newBytes,
    plan: {
      path,
      original: found.original,
      lang: found.lang,
      changed: planned.changed,
      baseHash: contentHash(oldBytes),
      newHash: contentHash(newBytes),
      block: planned.block,
      replaced: planned.replaced,
      broken: planned.broken,
      frontmatter: planned.frontmatter,
      warnings: planned.warnings,
      errors: planned.errors,
      hunks: planned.changed ? lineDiff(text, planned.text, CONTEXT) : [],
    },
  };
}

async function readText(abs: string, path: string): Promise<Buffer> {
  try {
    return (await readRegularFile(abs, path)).bytes;
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new CopydeskError('not-found', `There is no file ${path} in the workspace.`, { path });
    throw new CopydeskError('internal', `${path} could not be read (${code ?? String(error)}).`, { path });
  }
}

function decoded(bytes: Buffer, path: string): string {
  const result = decodeFileBytes(bytes);
  if (!result.ok) throw new CopydeskError('bad-input', `${path} is not UTF-8 text (${result.issue.message}); re-save it as UTF-8 first.`, { path });
  return result.text;
}
