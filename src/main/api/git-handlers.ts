import type { GitChannel } from '@shared/ipc/git-contract';
import { langFromPath } from '@shared/paths/lang-from-path';
import type { RetagOperation } from '@shared/retag/operation';
import { changedSelection, retagCommitMessage, undoCommitMessage, type AppAction, type GitService } from '../services/git';
import type { HandlerContext, HandlerGroup } from './handler-context';
import type { Handlers } from './handlers';

/** git's `Receiving objects:  45% (9/20)` → 45. */
function percentOf(line: string): number | null {
  const match = /(\d{1,3})%/.exec(line);
  return match ? Math.min(100, Number(match[1])) : null;
}

/** Status, compare, commit, pull and push of the open workspace's repository. */
export function gitHandlers({ deps, workspace }: HandlerContext, git: GitService): HandlerGroup<GitChannel> {
  const progress = (action: 'pull' | 'push') => (line: string) => deps.emit?.('git.progress', { action, line, percent: percentOf(line) });
  return {
    'git.status': async () => git.status(workspace()),
    'git.compare': async ({ path }) => git.compare(workspace(), path),
    'git.commit': async ({ paths, message }) => git.commit(workspace(), paths, message),
    'git.pull': async ({ unsaved }) => git.pull(workspace(), unsaved, { onProgress: progress('pull') }),
    'git.push': async () => git.push(workspace(), { onProgress: progress('push') }),
  };
}

/**
 * Notes which files the app wrote, and why, as the write handlers answer:
 * the commit dialog's default selection and prefilled message. Hooked here,
 * around the handlers, so the write path itself stays git-free.
 */
export function trackAppWrites(handlers: Handlers, { workspace }: HandlerContext, git: GitService): Handlers {
  /** Retag plans' messages by plan id, and applied batches' by journal id (for their undo). */
  const planned = new Map<string, RetagOperation>();
  const applied = new Map<string, string>();
  const note = (paths: readonly string[], action: AppAction): void => {
    if (paths.length > 0) git.writes.record(workspace().root, paths, action);
  };
  const langOf = (output: { path: string }): string | null => langFromPath(output.path);
  return {
    ...handlers,
    'article.save': async (input) => {
      const saved = await handlers['article.save'](input);
      if (saved.written) note([saved.path], { kind: 'edit' });
      return saved;
    },
    'review.approve': async (input) => {
      const done = await handlers['review.approve'](input);
      note([done.path], { kind: 'approve', lang: langOf(done) });
      return done;
    },
    'review.needsWork': async (input) => {
      const done = await handlers['review.needsWork'](input);
      note([done.path], { kind: 'needs-work', lang: langOf(done) });
      return done;
    },
    'review.fix': async (input) => {
      const done = await handlers['review.fix'](input);
      note([done.path], { kind: 'fix', lang: langOf(done) });
      return done;
    },
    'review.createTranslation': async (input) => {
      const done = await handlers['review.createTranslation'](input);
      note([done.path], { kind: 'create-translation', lang: input.lang });
      return done;
    },
    'repair.apply': async (input) => {
      const done = await handlers['repair.apply'](input);
      note([done.path], { kind: 'fix', lang: langOf(done) });
      return done;
    },
    'retag.plan': async (input) => {
      // "Every article matching `changed:true …`": the planner cannot read that filter, so it gets the paths.
      const paths = 'query' in input.selection ? await changedSelection(git, workspace(), input.selection.query) : null;
      const plan = await handlers['retag.plan'](paths === null ? input : { ...input, selection: { paths } });
      planned.set(plan.planId, input.operation);
      return plan;
    },
    'retag.apply': async (input) => {
      const done = await handlers['retag.apply'](input);
      const operation = planned.get(input.planId);
      planned.delete(input.planId);
      if (operation !== undefined && done.changed.length > 0) {
        const message = retagCommitMessage(operation, done.changed.length);
        applied.set(done.journalId, message);
        note(done.changed, { kind: 'bulk', batch: done.journalId, message });
      }
      return done;
    },
    'retag.undo': async (input) => {
      const done = await handlers['retag.undo'](input);
      const message = undoCommitMessage(applied.get(done.journalId), done.restored.length);
      note(done.restored, { kind: 'bulk', batch: `undo-${done.journalId}`, message });
      return done;
    },
  };
}
