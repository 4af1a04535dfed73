import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GitRepo } from '../../src/main/services/git/git-repo';
import { ensureCorpus, flag, MANIFEST_FILE } from '../generate-corpus';
import { percentile } from '../measure/stats';

/**
 * The Changes panel's status next to plain git, side by side on one checkout:
 *   tsx bench/git/run-git-bench.ts [--articles 100000] [--modified 100] [--rounds 9]
 * The corpus (bench/generate-corpus.ts) is generated into its own folder and
 * committed to git once (reused afterwards); each run modifies `--modified`
 * articles, then times, alternating, `git status --porcelain` and our
 * `GitRepo.status()` (porcelain v2 -z, branch, every untracked file, merge
 * markers), and puts the files back. Budget: ours ≤ 1.3× plain git (p50).
 */

const BUDGET = 1.3;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

/** The corpus as a committed checkout, made once: generating and `git add` of 100k files take minutes. */
function checkout(articles: number): string {
  const dir = resolve(__dirname, '../.corpus', `git-${articles}`);
  const corpus = ensureCorpus({ articles, out: dir });
  const stamp = join(dir, '.git', 'copydesk-bench-committed');
  if (!corpus.generated && existsSync(stamp)) return dir;
  console.log(`committing ${articles} articles to git in ${dir} (once)…`);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@copydesk.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bench corpus');
  writeFileSync(stamp, 'yes\n');
  return dir;
}

async function time<T>(task: () => Promise<T> | T): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

async function main(argv: readonly string[]): Promise<void> {
  const articles = Number(flag(argv, 'articles') ?? 100_000);
  const modified = Number(flag(argv, 'modified') ?? 100);
  const rounds = Number(flag(argv, 'rounds') ?? 9);
  const dir = checkout(articles);
  const files = git(dir, 'ls-files', '-z').split('\0').filter((path) => path.endsWith('.md') && path !== MANIFEST_FILE);
  const step = Math.max(1, Math.floor(files.length / modified));
  const touched = files.filter((_, i) => i % step === 0).slice(0, modified);
  for (const path of touched) writeFileSync(join(dir, path), `${readFileSync(join(dir, path), 'utf8')}\nEdited for the git bench.\n`);

  try {
    const repo = await GitRepo.open(dir);
    const plain = (): void => {
      const result = spawnSync('git', ['status', '--porcelain'], { cwd: dir, maxBuffer: 256 * 1024 * 1024 });
      if (result.status !== 0) throw new Error(`git status failed: ${result.stderr.toString()}`);
    };
    // Warm-up: the first status refreshes the index's stat data for every file.
    plain();
    const warm = await repo.status();
    if (warm.files.length !== touched.length) throw new Error(`expected ${touched.length} changed files, status found ${warm.files.length}`);

    const ours: number[] = [];
    const theirs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so neither always finds the disk cache warmer.
      if (round % 2 === 0) {
        theirs.push(await time(plain));
        ours.push(await time(() => repo.status()));
      } else {
        ours.push(await time(() => repo.status()));
        theirs.push(await time(plain));
      }
    }
    const p50Ours = percentile(ours, 50);
    const p50Theirs = percentile(theirs, 50);
    const ratio = p50Ours / p50Theirs;
    console.log(`git status of ${files.length} files, ${touched.length} modified, ${rounds} rounds (p50 / min / max ms):`);
    console.log(`  git status --porcelain   ${p50Theirs.toFixed(1)} / ${Math.min(...theirs).toFixed(1)} / ${Math.max(...theirs).toFixed(1)}`);
    console.log(`  Copydesk GitRepo.status  ${p50Ours.toFixed(1)} / ${Math.min(...ours).toFixed(1)} / ${Math.max(...ours).toFixed(1)}`);
    console.log(`  ratio ${ratio.toFixed(2)}× (budget ≤ ${BUDGET}×) ${ratio <= BUDGET ? 'OK' : 'OVER BUDGET'}`);
  } finally {
    git(dir, 'checkout', '-q', '--', ...touched);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
