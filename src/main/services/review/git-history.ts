import { realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { decodeFileBytes } from '../decode-file';
import { sourceContentHash } from '../../core/review';
import { runGit } from '../git/run-git';
import { sha256Hex } from './review-file';

/** A past version of a file found in git history. */
export interface GitVersion {
  commit: string;
  text: string;
}

export interface GitSearchOptions {
  /** Commits to look at, newest first (default 200): an approval is rarely older. */
  maxCommits?: number;
}

/** Runs git read-only through the one runner; stdout bytes, or null on any failure (no git, not a repo, unknown path). */
async function git(cwd: string, args: string[]): Promise<Buffer | null> {
  try {
    const result = await runGit(args, { cwd, locks: false, timeoutMs: 15_000 });
    return result.code === 0 ? result.stdout : null;
  } catch {
    return null;
  }
}

/** The top folder of the git work tree holding `dir`, or null when there is none (or no git). */
export async function gitTopLevel(dir: string): Promise<string | null> {
  const out = await git(dir, ['rev-parse', '--show-toplevel']);
  const top = out?.toString('utf8').trim();
  if (!top) return null;
  try {
    return await realpath(top);
  } catch {
    return null;
  }
}

/**
 * The commits that touched `absFile`, newest first, each with the file's
 * path in that commit (renames followed), relative to the repository top.
 */
export async function fileHistory(top: string, absFile: string, maxCommits: number): Promise<{ commit: string; path: string }[]> {
  const rel = relative(top, absFile).split(sep).join('/');
  const out = await git(top, ['log', '--follow', `--max-count=${maxCommits}`, '--format=%x00%H', '--name-only', '--', rel]);
  if (out === null) return [];
  const history: { commit: string; path: string }[] = [];
  for (const chunk of out.toString('utf8').split('\u0000')) {
    const lines = chunk.split('\n').filter((line) => line !== '');
    const [commit] = lines;
    const path = lines[lines.length - 1];
    if (commit && path && lines.length >= 2 && /^[0-9a-f]{40,64}$/.test(commit)) history.push({ commit, path });
  }
  return history;
}

/**
 * The version of `absFile` in git history whose `sourceContentHash` is
 * `contentHash` (what a translation's `review.sourceHash` recorded), newest
 * first. Null when the folder is not a git repository, git is missing, or no
 * committed version matches (e.g. the approved version was never committed).
 * Never throws.
 */
export async function findVersionByContentHash(absFile: string, contentHash: string, opts: GitSearchOptions = {}): Promise<GitVersion | null> {
  try {
    const real = await realpath(absFile);
    const top = await gitTopLevel(dirname(real));
    if (top === null) return null;
    for (const { commit, path } of await fileHistory(top, real, opts.maxCommits ?? 200)) {
      const bytes = await git(top, ['show', `${commit}:${path}`]);
      if (bytes === null) continue;
      const decoded = decodeFileBytes(bytes);
      if (decoded.ok && sourceContentHash(decoded.text, sha256Hex) === contentHash) return { commit, text: decoded.text };
    }
    return null;
  } catch {
    return null;
  }
}
