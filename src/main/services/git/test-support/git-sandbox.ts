import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real repositories in a temp folder for git tests: a bare `remote.git`, the
 * desk's clone `work` (the mini corpus, committed and pushed), and
 * `other`, a second clone that plays a colleague pushing to the remote. Git
 * reads only `gitconfig` here (GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM), so
 * the machine's configuration and identity cannot leak in.
 */
export interface GitSandbox {
  base: string;
  remote: string;
  work: string;
  other: string;
  /** Runs git in `cwd` (with the sandbox's configuration); stdout without its final newline. */
  git(cwd: string, ...args: string[]): string;
  /** Rewrites the sandbox's global configuration without an identity (no user.name, no user.email). */
  forgetIdentity(): Promise<void>;
  /** Scratch folder for index files. */
  scratch: string;
  dispose(): Promise<void>;
}

const IDENTITY = '[user]\n\tname = Desk Test\n\temail = desk@copydesk.invalid\n';
const SETTINGS = '[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n[pull]\n\trebase = false\n[advice]\n\tdetachedHead = false\n';
/** Variables that would give git an identity or configuration from outside the sandbox. */
const LEAKY = ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'EMAIL', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE'];

export async function gitSandbox(corpus = join(__dirname, '../../../api/__fixtures__/mini-corpus'), opts: { subfolder?: string } = {}): Promise<GitSandbox> {
  const base = await mkdtemp(join(tmpdir(), 'copydesk-git-'));
  const config = join(base, 'gitconfig');
  await writeFile(config, IDENTITY + SETTINGS);
  const saved = new Map<string, string | undefined>();
  const setEnv = (name: string, value: string | undefined): void => {
    if (!saved.has(name)) saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  setEnv('GIT_CONFIG_GLOBAL', config);
  setEnv('GIT_CONFIG_NOSYSTEM', '1');
  for (const name of LEAKY) setEnv(name, undefined);

  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();
  const remote = join(base, 'remote.git');
  const work = join(base, 'work');
  const other = join(base, 'other');
  git(base, 'init', '-q', '--bare', remote);
  await mkdir(work);
  git(work, 'init', '-q');
  await cp(corpus, opts.subfolder ? join(work, opts.subfolder) : work, { recursive: true });
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'articles');
  git(work, 'remote', 'add', 'origin', remote);
  git(work, 'push', '-q', '-u', 'origin', 'main');
  git(base, 'clone', '-q', remote, other);

  return {
    base,
    remote,
    work,
    other,
    git,
    scratch: join(base, 'scratch'),
    forgetIdentity: () => writeFile(config, SETTINGS),
    dispose: async () => {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await rm(base, { recursive: true, force: true });
    },
  };
}
