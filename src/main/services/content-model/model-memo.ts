import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_MODEL_VERSION, type ContentModel } from '@shared/model/content-model';

/**
 * Bump whenever detection or inference (core/model, the sampling in
 * load-content-model.ts) changes what a model says for the same files:
 * models kept under another version are derived again.
 */
const MEMO_VERSION = 1;

/**
 * The derived part of a content model kept in the data folder, one file per
 * site: reading and describing the sampled files costs about half a second
 * at 100,000 files, on every `copydesk review` and app start. The key covers
 * everything the derivation reads: the collection definitions (themselves
 * cached by the hashes of the files the config read), the site's languages,
 * every listed path, and the size and mtime of every sampled file — the same
 * test the index trusts for a file's content.
 */
interface MemoFile {
  key: string;
  model: ContentModel;
}

/** The key for a derivation from `inputs` (JSON) and the sampled files (site-relative) under `root`. */
export function modelMemoKey(root: string, inputs: unknown, sampled: readonly string[]): string {
  const hash = createHash('sha256').update(JSON.stringify([MEMO_VERSION, CONTENT_MODEL_VERSION, inputs]));
  for (const path of sampled) {
    const st = lstatSync(join(root, path), { throwIfNoEntry: false });
    hash.update(`\0${path}\0${st ? `${st.size}:${st.mtimeMs}` : '-'}`);
  }
  return hash.digest('hex');
}

/** The model kept under `key`, or null (none, another key, unreadable). */
export function readModelMemo(memoFile: string, key: string): ContentModel | null {
  try {
    const memo = JSON.parse(readFileSync(memoFile, 'utf8')) as MemoFile;
    return memo.key === key ? memo.model : null;
  } catch {
    return null;
  }
}

/** Keeps `model` under `key`, replacing the site's earlier one (atomically: a reader sees the old file or the new). */
export async function writeModelMemo(memoFile: string, key: string, model: ContentModel): Promise<void> {
  await mkdir(join(memoFile, '..'), { recursive: true });
  const temp = `${memoFile}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify({ key, model } satisfies MemoFile));
  await rename(temp, memoFile);
}
