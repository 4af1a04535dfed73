import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCorpusDir, ensureCorpus, flag } from './generate-corpus';
import { resolveWorkerPath } from './copydesk/worker-path';
import { listMarkdown } from './measure/list-markdown';
import { formatReport, headlineFigures, type BenchReport } from './report';
import { buildStepBundle } from './step-bundle';
import { DATABASE_OF, runStep, STEP_NAMES, type StepConfig, type StepName, type StepResult } from './steps';

/**
 * `npm run bench` — generates (or reuses) a corpus, measures the floor and
 * naive baselines and Copydesk's own indexer, and prints the figures.
 *   tsx --tsconfig tsconfig.node.json bench/run.ts [--articles N] [--skip-baselines] [--steps model,copydesk] [--skip-review] [--json] [--runs 50] [--rest 5] [--worker PATH]
 * The review steps (issue 13: `copydesk index` and `copydesk review` on a
 * fresh index, `review` again with nothing changed, the Review tab's summary)
 * come last; `--skip-review` leaves them out. `review-again` and
 * `review-summary` open the index `review-fresh` left (alone, a fresh one).
 * The corpus is the newsroom's site: its articles are judged by the schema
 * evaluated from its `src/content.config.ts`, as for a trusted folder.
 * Each step runs in a child process (this file, bundled to plain JavaScript,
 * with `--step-config`), so one step's heap, caches and peak RSS do not
 * colour the next.
 */

const log = (message: string): void => void process.stderr.write(`${message}\n`);

function runChild(script: string, config: StepConfig): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    // Plain node, without tsx's loader: see step-bundle.ts.
    const child = fork(script, ['--step-config', JSON.stringify(config)], { stdio: ['ignore', 2, 2, 'ipc'], execArgv: [] });
    let result: StepResult | undefined;
    child.on('message', (message) => (result = message as StepResult));
    child.on('error', reject);
    child.on('exit', (code) =>
      result && code === 0 ? resolve(result) : reject(new Error(`bench step ${config.step} exited with code ${code}`)),
    );
  });
}

/**
 * Between steps: the step's databases are deleted, the disk is flushed (the
 * naive indexer leaves ≈1 GB of dirty pages at 100k articles) and the
 * machine rests a moment, so a step does not pay for the last one's
 * write-back. Timings on these shared 2-core machines still vary from run to
 * run (Copydesk's CPU time to a usable list: 20–38 s for the same work).
 */
/** Between steps: removes what the last one wrote (unless the next step reads it), syncs, rests. */
function settle(temp: string, restSeconds: number, keepFiles: boolean): void {
  if (!keepFiles) for (const entry of readdirSync(temp)) rmSync(join(temp, entry), { recursive: true, force: true });
  try {
    execFileSync('sync');
  } catch {
    // No `sync` here (Windows): the rest alone must do.
  }
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, restSeconds * 1000);
}

/** The steps to run, in order: `--steps` names some, `--skip-baselines` drops the floor and the naive indexer. */
function chooseSteps(argv: readonly string[]): StepName[] {
  const named = flag(argv, 'steps')?.split(',');
  const unknown = named?.filter((name) => !STEP_NAMES.includes(name as StepName)) ?? [];
  if (unknown.length > 0) throw new Error(`--steps takes ${STEP_NAMES.join(', ')}; not ${unknown.join(', ')}`);
  const skipped = [...(argv.includes('--skip-baselines') ? ['floor', 'naive'] : []), ...(argv.includes('--skip-review') ? STEP_NAMES.filter((s) => s.startsWith('review-')) : [])];
  return STEP_NAMES.filter((step) => (named === undefined || named.includes(step)) && !skipped.includes(step));
}

async function main(argv: readonly string[]): Promise<void> {
  const loadAverage = loadavg();
  const articles = Number(flag(argv, 'articles') ?? 10_000);
  const runs = Number(flag(argv, 'runs') ?? 50);
  const rest = Number(flag(argv, 'rest') ?? 5);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer, e.g. --articles 100000');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer, e.g. --runs 50');
  if (!Number.isFinite(rest) || rest < 0) throw new Error('--rest must be a number of seconds, e.g. --rest 5');
  // 'reopen' opens the index copydesk left, in a fresh process: an app restart.
  const steps = chooseSteps(argv);

  log(`corpus: ${articles} articles…`);
  const corpus = ensureCorpus({ articles, out: defaultCorpusDir(articles) });
  log(`corpus: ${corpus.generated ? `generated in ${(corpus.ms / 1000).toFixed(1)} s` : 'reused'} (${corpus.dir})`);

  const worker = await resolveWorkerPath(flag(argv, 'worker'));
  log(`parse worker: ${worker.path} (${worker.origin})`);
  const stepScript = await buildStepBundle();
  const temp = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  const results: StepResult[] = [];
  try {
    for (const step of steps) {
      // Warm the page cache right before each step, so every step reads from memory whichever runs
      // when: these VMs reclaim cold pages on their own (kdamond), and after a minute of the naive
      // indexer the corpus was partly evicted, costing the next step 5–10 s of reads from disk.
      for (const file of listMarkdown(corpus.dir)) readFileSync(file);
      log(`measuring ${step}…`);
      const dbPath = join(temp, `${DATABASE_OF[step]}.db`);
      // Evaluated content configs: copydesk's first open fills the cache, the reopen reads it.
      const modelCacheDir = join(temp, step === 'model' ? 'model-step-cache' : 'model-cache');
      results.push(await runChild(stepScript, { step, corpusDir: corpus.dir, dbPath, workerPath: worker.path, modelCacheDir, probes: corpus.manifest.probes, runs }));
      const next = steps[steps.indexOf(step) + 1];
      if (next !== undefined) settle(temp, rest, DATABASE_OF[next] !== next);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }

  const report: BenchReport = {
    articles,
    corpus: { dir: corpus.dir, bytes: corpus.manifest.bytes, generated: corpus.generated, ms: corpus.ms },
    environment: { node: process.version, cpus: availableParallelism(), platform: `${process.platform}-${process.arch}`, worker: worker.origin, loadAverage },
    figures: headlineFigures(results),
    steps: results,
  };
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : `\n${formatReport(report)}\n`);
}

async function child(config: StepConfig): Promise<void> {
  const result = await runStep(config);
  await new Promise<void>((resolve, reject) => process.send?.(result, (error: Error | null) => (error ? reject(error) : resolve())));
}

const stepConfig = flag(process.argv, 'step-config');
(stepConfig === undefined ? main(process.argv.slice(2)) : child(JSON.parse(stepConfig) as StepConfig)).catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
