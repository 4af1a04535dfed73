import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** Folders at the site's root that hold build output, never content. */
export const BUILD_FOLDERS = new Set(['dist', 'build', 'out', '_site', 'public']);

/**
 * Why a path is not content:
 * - `never`: a dependency or hidden folder (`node_modules`, `.git`, `.astro` …), never read at all;
 * - `gitignore`: a `.gitignore` in the folder or above ignores it;
 * - `config`: the config's `ignore` globs match it;
 * - `build`: build output at the root (`dist`, `public` …).
 */
export type SkipReason = 'never' | 'gitignore' | 'config' | 'build';

/** Folder names never entered: dependencies and dot-folders. */
export function isNeverReadDir(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * The one answer to "is this path skipped?" for a site, shared by the
 * content model's file listing, the index's scanner and the watcher.
 * `.gitignore` files are read once each, when a path below them is first
 * asked about. Paths are site-relative with `/` separators.
 */
export class SkipRules {
  private readonly gitignores = new Map<string, Ignore | null>();
  private readonly chains = new Map<string, readonly { at: number; rules: Ignore }[]>();
  private readonly configGlobs: (relPath: string) => boolean;

  constructor(
    private readonly root: string,
    ignoreGlobs: readonly string[] = [],
  ) {
    this.configGlobs = ignoreGlobs.length > 0 ? picomatch([...ignoreGlobs], { dot: true }) : () => false;
  }

  /**
   * Why the entry `relPath` is skipped, judging it alone: for a walk, which
   * asked about its folders on the way down. Null: it is not skipped.
   */
  entry(relPath: string, directory: boolean): SkipReason | null {
    const slash = relPath.lastIndexOf('/');
    const name = relPath.slice(slash + 1);
    if (directory && isNeverReadDir(name)) return 'never';
    if (this.ignoredByGit(relPath, directory)) return 'gitignore';
    if (this.configGlobs(relPath) || (directory && this.configGlobs(`${relPath}/`))) return 'config';
    if (directory && slash < 0 && BUILD_FOLDERS.has(name)) return 'build';
    return null;
  }

  /** Why `relPath` is skipped, judging every folder above it too: for a single path (a watcher event). */
  path(relPath: string, directory: boolean): SkipReason | null {
    const parts = relPath.split('/');
    for (let i = 1; i < parts.length; i++) {
      const reason = this.entry(parts.slice(0, i).join('/'), true);
      if (reason !== null) return reason;
    }
    return this.entry(relPath, directory);
  }

  /**
   * Drops what the .gitignore matchers learnt: each keeps the answer for
   * every path it was asked about, so a walk of 100,000 files left ≈ 15 MB
   * of paths and answers that nothing asks for again (a watcher asks about
   * one path at a time). The files are read again when next needed.
   */
  forget(): void {
    this.gitignores.clear();
    this.chains.clear();
  }

  private ignoredByGit(relPath: string, directory: boolean): boolean {
    const slash = relPath.lastIndexOf('/');
    // Every folder above the entry may hold a .gitignore; each judges the path relative to itself.
    for (const { at, rules } of this.gitignoresAbove(slash < 0 ? '' : relPath.slice(0, slash))) {
      const inner = at === 0 ? relPath : relPath.slice(at);
      if (rules.ignores(directory ? `${inner}/` : inner)) return true;
    }
    return false;
  }

  /**
   * The .gitignore files in `folder` and the folders above it, outermost
   * first, each with where paths below it start (`at`): worked out once per
   * folder, since a walk asks about every file of a folder in turn.
   */
  private gitignoresAbove(folder: string): readonly { at: number; rules: Ignore }[] {
    let chain = this.chains.get(folder);
    if (chain === undefined) {
      const slash = folder.lastIndexOf('/');
      const above = folder === '' ? [] : this.gitignoresAbove(slash < 0 ? '' : folder.slice(0, slash));
      const own = this.gitignoreOf(folder);
      chain = own === null ? above : [...above, { at: folder === '' ? 0 : folder.length + 1, rules: own }];
      this.chains.set(folder, chain);
    }
    return chain;
  }

  private gitignoreOf(folder: string): Ignore | null {
    let rules = this.gitignores.get(folder);
    if (rules === undefined) {
      try {
        rules = ignore().add(readFileSync(join(this.root, folder, '.gitignore'), 'utf8'));
      } catch {
        rules = null;
      }
      this.gitignores.set(folder, rules);
    }
    return rules;
  }
}
