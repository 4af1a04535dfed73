import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { isMarkdownPath } from '@shared/paths/lang-from-path';

/** Folders at the site's root that hold build output, never content. */
export const BUILD_FOLDERS = new Set(['dist', 'build', 'out', '_site', 'public']);

export interface SiteFiles {
  /** Markdown files that may be content, site-relative, sorted. */
  files: string[];
  /** Markdown files skipped, by the first rule that skipped them. */
  ignored: { gitignore: number; config: number; build: number };
}

interface Rules {
  gitignores: { prefix: string; rules: Ignore }[];
  config: (relPath: string) => boolean;
}

/**
 * Lists the site's Markdown files, skipping dependency and hidden folders
 * (`node_modules`, `.git`, `.astro` — never entered), build output at the
 * root (`dist`, `public` …), what `.gitignore` files ignore (at any depth)
 * and the config's ignore globs. Skipped folders other than dependencies
 * and hidden ones are still walked, so the skipped files can be counted.
 * Symbolic links are not followed.
 */
export function listSiteFiles(root: string, ignoreGlobs: readonly string[] = []): SiteFiles {
  const result: SiteFiles = { files: [], ignored: { gitignore: 0, config: 0, build: 0 } };
  const rules: Rules = { gitignores: [], config: ignoreGlobs.length > 0 ? picomatch([...ignoreGlobs], { dot: true }) : () => false };
  walk(root, '', rules, null, result);
  result.files.sort();
  return result;
}

type Skip = 'gitignore' | 'config' | 'build' | null;

function walk(root: string, rel: string, rules: Rules, inherited: Skip, result: SiteFiles): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  const own = entries.some((entry) => entry.isFile() && entry.name === '.gitignore') ? readGitignore(root, rel) : null;
  const scoped: Rules = own ? { ...rules, gitignores: [...rules.gitignores, { prefix: rel === '' ? '' : `${rel}/`, rules: own }] } : rules;
  for (const entry of entries) {
    const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const skip = inherited ?? skipOf(scoped, childRel, true) ?? (rel === '' && BUILD_FOLDERS.has(entry.name) ? 'build' : null);
      walk(root, childRel, scoped, skip, result);
    } else if (entry.isFile() && isMarkdownPath(entry.name)) {
      const skip = inherited ?? skipOf(scoped, childRel, false);
      if (skip === null) result.files.push(childRel);
      else result.ignored[skip]++;
    }
  }
}

function skipOf(rules: Rules, relPath: string, directory: boolean): Skip {
  for (const { prefix, rules: gitignore } of rules.gitignores) {
    if (!relPath.startsWith(prefix)) continue;
    const inner = relPath.slice(prefix.length);
    if (gitignore.ignores(directory ? `${inner}/` : inner)) return 'gitignore';
  }
  if (rules.config(relPath) || (directory && rules.config(`${relPath}/`))) return 'config';
  return null;
}

function readGitignore(root: string, rel: string): Ignore | null {
  try {
    return ignore().add(readFileSync(join(root, rel, '.gitignore'), 'utf8'));
  } catch {
    return null;
  }
}
