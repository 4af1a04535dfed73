import { CopydeskError } from '@shared/errors';
import type { GitResult } from './run-git';

/** What was being done, for messages: `git pull` failed … */
export type GitAction = 'status' | 'commit' | 'pull' | 'push' | 'show';

/** The last few lines git printed, for a message that has no better explanation. */
function gitSaid(stderr: string): string {
  const lines = stderr
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(remote: )?(Counting|Compressing|Writing|Receiving|Resolving|Enumerating|Total|Delta|Unpacking) /.test(line));
  return lines.slice(-3).join(' ');
}

/** The identity message: git's own configuration is where the author comes from. */
export function noIdentityError(): CopydeskError {
  return new CopydeskError(
    'no-identity',
    'Git does not know who you are, so it cannot record you as the author. In a terminal, run ' +
      '`git config --global user.name "Your Name"` and `git config --global user.email "you@example.com"`, then commit again.',
  );
}

/** Patterns in git's English output (LC_ALL=C) and what they mean; the first match wins. */
const RULES: Array<{ test: RegExp; error: (action: GitAction, stderr: string) => CopydeskError }> = [
  {
    test: /not a git repository/i,
    error: () => new CopydeskError('not-a-repo', 'This folder is not in a git repository, so there is nothing to commit, pull or push.'),
  },
  {
    test: /Please tell me who you are|Author identity unknown|Committer identity unknown|no email was given|no name was given|empty ident name/i,
    error: () => noIdentityError(),
  },
  {
    test: /terminal prompts disabled|could not read (Username|Password)|Authentication failed|Permission denied \(|Host key verification failed|invalid credentials|HTTP Basic: Access denied/i,
    error: (action) =>
      new CopydeskError(
        'needs-credentials',
        `Git needs your credentials for the remote and Copydesk cannot ask for them. Run \`git ${action}\` once in a terminal in this folder (a credential helper or your SSH agent will remember them), then try again here.`,
      ),
  },
  {
    test: /\[rejected\]|\(fetch first\)|non-fast-forward|Updates were rejected/i,
    error: () =>
      new CopydeskError('rejected-push', 'The remote has commits that are not here, so the push was refused. Pull first, then push again.'),
  },
  {
    test: /^CONFLICT|Automatic merge failed|could not apply|Resolve all conflicts/im,
    error: () =>
      new CopydeskError(
        'merge-conflict',
        'The pull stopped on conflicting changes: the same lines were changed here and on the remote. The conflicting files are listed in the Changes panel; resolve them in your editor or a terminal (`git status` shows what to do), then commit.',
      ),
  },
  {
    test: /You have not concluded your merge|MERGE_HEAD exists|middle of a (merge|rebase|cherry-pick|revert)|rebase in progress|unmerged files|Pulling is not possible because you have unmerged files|Committing is not possible because you have unmerged files/i,
    error: () =>
      new CopydeskError(
        'merge-in-progress',
        'A merge or rebase is in progress in this repository. Finish it (or abort it) in a terminal — `git status` says how — before committing or pulling here.',
      ),
  },
  {
    test: /You are not currently on a branch|HEAD detached|detached HEAD/i,
    error: () =>
      new CopydeskError('detached-head', 'The repository is not on a branch (detached HEAD). Switch to a branch in a terminal (`git switch main`) first.'),
  },
  {
    test: /no tracking information|has no upstream branch|no upstream configured/i,
    error: (action) =>
      new CopydeskError(
        'git-failed',
        `This branch has no upstream to ${action === 'push' ? 'push to' : 'pull from'}. Set one once in a terminal: \`git push -u origin <branch>\` (or \`git branch --set-upstream-to=origin/<branch>\`).`,
      ),
  },
  {
    test: /Need to specify how to reconcile divergent branches|Not possible to fast-forward|divergent branches/i,
    error: () =>
      new CopydeskError(
        'git-failed',
        'Your branch and the remote have both moved, and the repository says to only fast-forward (or does not say how to combine them). Choose once in a terminal: `git config pull.rebase false` (merge) or `git config pull.rebase true` (rebase), then pull again.',
      ),
  },
  {
    test: /would be overwritten by (merge|checkout)|untracked working tree files would be overwritten/i,
    error: (_action, stderr) =>
      new CopydeskError('git-failed', `The pull would overwrite uncommitted changes here. Commit (or set aside) these files first. Git said: ${gitSaid(stderr)}`),
  },
  {
    test: /nothing to commit|no changes added to commit|nothing added to commit/i,
    error: () => new CopydeskError('bad-input', 'Nothing to commit: the chosen files have no changes since the last commit.'),
  },
];

/** The typed error for a failed git command: what happened and what the person can do. */
export function gitFailure(action: GitAction, result: GitResult): CopydeskError {
  const text = `${result.stderr}\n${result.stdout.toString('utf8')}`;
  for (const rule of RULES) if (rule.test.test(text)) return rule.error(action, result.stderr);
  const said = gitSaid(result.stderr) || `exit status ${result.code}`;
  return new CopydeskError('git-failed', `git ${action} failed: ${said}`);
}
