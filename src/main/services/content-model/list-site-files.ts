import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMarkdownPath } from '@shared/paths/lang-from-path';
import { timeSlicer } from '../time-slice';
import { SkipRules, type SkipReason } from './skip-rules';

export { BUILD_FOLDERS } from './skip-rules';

export interface SiteFiles {
  /** Markdown files that may be content, site-relative, sorted. */
  files: string[];
  /** Markdown files skipped, by the first rule that skipped them. */
  ignored: { gitignore: number; config: number; build: number };
}

type Counted = Exclude<SkipReason, 'never'>;

/**
 * Lists the site's Markdown files, skipping what `SkipRules` skips:
 * dependency and hidden folders (`node_modules`, `.git`, `.astro` — never
 * entered), build output at the root (`dist`, `public` …), what `.gitignore`
 * files ignore (at any depth) and the config's ignore globs. Skipped folders
 * other than dependencies and hidden ones are still walked, so the skipped
 * files can be counted. Symbolic links are not followed.
 *
 * Asynchronous and in slices: the model loads on the thread that answers
 * the window (or `copydesk serve`), and at 100,000 files a synchronous walk
 * held it for a second or more. Folders are read off the thread, the rules
 * are asked between yields.
 */
export async function listSiteFiles(root: string, ignoreGlobs: readonly string[] = [], rules: SkipRules = new SkipRules(root, ignoreGlobs)): Promise<SiteFiles> {
  const result: SiteFiles = { files: [], ignored: { gitignore: 0, config: 0, build: 0 } };
  const slice = timeSlicer();
  // Folders still to read, each with the reason a folder above it was skipped for (its files count as that).
  const folders: { rel: string; inherited: Counted | null }[] = [{ rel: '', inherited: null }];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const { rel, inherited } = folder;
    let entries: Dirent[];
    try {
      entries = await readdir(rel === '' ? root : join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        const reason = inherited ?? rules.entry(childRel, true);
        if (reason !== 'never') folders.push({ rel: childRel, inherited: reason });
      } else if (entry.isFile() && isMarkdownPath(entry.name)) {
        const reason = inherited ?? rules.entry(childRel, false);
        if (reason === null || reason === 'never') result.files.push(childRel);
        else result.ignored[reason]++;
      }
      await slice.pause();
    }
  }
  result.files.sort();
  return result;
}
