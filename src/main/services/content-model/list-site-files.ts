import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isMarkdownPath } from '@shared/paths/lang-from-path';
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
 */
export function listSiteFiles(root: string, ignoreGlobs: readonly string[] = [], rules: SkipRules = new SkipRules(root, ignoreGlobs)): SiteFiles {
  const result: SiteFiles = { files: [], ignored: { gitignore: 0, config: 0, build: 0 } };
  walk(root, '', rules, null, result);
  result.files.sort();
  return result;
}

function walk(root: string, rel: string, rules: SkipRules, inherited: Counted | null, result: SiteFiles): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      const reason = inherited ?? rules.entry(childRel, true);
      if (reason === 'never') continue;
      walk(root, childRel, rules, reason, result);
    } else if (entry.isFile() && isMarkdownPath(entry.name)) {
      const reason = inherited ?? rules.entry(childRel, false);
      if (reason === null || reason === 'never') result.files.push(childRel);
      else result.ignored[reason]++;
    }
  }
}
