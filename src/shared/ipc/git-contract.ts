import { z } from 'zod';

/**
 * The git channels' schemas, spread into `contract` (src/shared/ipc/contract.ts).
 * Paths are workspace-relative; the main process maps them to the repository.
 */

const relPath = z.string().min(1).max(4096);

export const GIT_CHANGE_KINDS = ['modified', 'added', 'deleted', 'renamed', 'untracked', 'conflicted', 'type-changed'] as const;

export const gitChangeSchema = z.object({
  path: relPath,
  kind: z.enum(GIT_CHANGE_KINDS),
  /** Something of it is staged (in git's index). */
  staged: z.boolean(),
  /** A rename's old path (when inside the workspace). */
  origPath: relPath.optional(),
  /** What the app did to it since the last commit, in words ("Approve uk translation"); absent when the app did not write it. */
  byApp: z.string().optional(),
});
export type GitChange = z.infer<typeof gitChangeSchema>;

export const gitStatusSchema = z.discriminatedUnion('state', [
  /** No repository here, or no git: the panel says so, nothing else changes. */
  z.object({ state: z.literal('unavailable'), reason: z.enum(['not-a-repo', 'git-missing', 'failed']), message: z.string() }),
  z.object({
    state: z.literal('repo'),
    /** The branch; null when HEAD is detached. */
    branch: z.string().nullable(),
    /** HEAD's commit; null before the first commit. */
    head: z.string().nullable(),
    upstream: z.string().nullable(),
    ahead: z.number().int(),
    behind: z.number().int(),
    /** A merge, rebase, cherry-pick or revert stopped half-way. */
    operation: z.enum(['merge', 'rebase', 'cherry-pick', 'revert']).nullable(),
    /** Changed files inside the workspace folder. */
    files: z.array(gitChangeSchema),
    /** How many of those are indexed articles: what the library's `changed:true` lists (config files, images and deletions are not). */
    changedArticles: z.number().int(),
    /** The author git would record; null when it has none configured. */
    identity: z.object({ name: z.string(), email: z.string() }).nullable(),
    /** The commit dialog's default selection: changed files the app wrote since the last commit. */
    appChanged: z.array(relPath),
    /** A message for committing `appChanged`, from what was done; '' when nothing. */
    suggestedMessage: z.string(),
  }),
]);
export type GitStatus = z.infer<typeof gitStatusSchema>;

export const gitContract = {
  /** Branch, ahead/behind, changed files and what the app changed. Never fails for "no repository" or "no git". */
  'git.status': {
    input: z.object({}),
    output: gitStatusSchema,
  },
  /** A changed file as the last commit has it and as it is now (null: absent there), for the merge view. */
  'git.compare': {
    input: z.object({ path: relPath }),
    output: z.object({ path: relPath, head: z.string().nullable(), current: z.string().nullable() }),
  },
  /** Commits exactly `paths` (nothing else that is staged); the author from git's configuration. */
  'git.commit': {
    input: z.object({ paths: z.array(relPath).min(1).max(200_000), message: z.string().min(1).max(100_000) }),
    output: z.object({ commit: z.string(), paths: z.array(relPath) }),
  },
  /**
   * `git pull` as the repository is configured. `unsaved`: files with unsaved
   * editor changes; any refuses the pull (`dirty-editor`). Progress via `git.progress`.
   */
  'git.pull': {
    input: z.object({ unsaved: z.array(relPath).max(1000).default([]) }),
    output: z.object({ from: z.string().nullable(), to: z.string().nullable(), changed: z.array(relPath) }),
  },
  /** `git push` to the upstream; `rejected-push` when the remote moved on. Progress via `git.progress`. */
  'git.push': {
    input: z.object({}),
    output: z.object({ upstream: z.string().nullable(), pushed: z.number().int() }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type GitChannel = keyof typeof gitContract;

/** One line of git's progress during a pull or push (`Receiving objects:  45% (9/20)`). */
export const gitProgressSchema = z.object({
  action: z.enum(['pull', 'push']),
  line: z.string(),
  /** The line's percentage, when it has one. */
  percent: z.number().min(0).max(100).nullable(),
});
