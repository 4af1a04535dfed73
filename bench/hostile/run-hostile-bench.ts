import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { contract } from '../../src/shared/ipc/contract';
import { createHandlers } from '../../src/main/api/handlers';
import { serve } from '../../src/main/api/serve';
import { WorkspaceSession } from '../../src/main/api/workspace-session';
import { reviewFolder } from '../../src/main/services/review';
import { Workspace } from '../../src/main/services/workspace';
import { defaultCorpusDir, ensureCorpus, flag } from '../generate-corpus';

/**
 * `npm run bench:hostile --` or `tsx --tsconfig tsconfig.node.json bench/hostile/run-hostile-bench.ts [--only NAME] [--size 100000] [--articles 1000]`
 *
 * Times the hostile inputs of issue 15 and fails (exit 1) when one takes
 * longer than its generous bound:
 * - review-spaces: `copydesk review` of a folder whose original has a line of
 *   100,000 spaces between two words (quadratic trailing-space regex);
 * - review-blank-lines: the same with 100,000 blank lines inside the body;
 * - review-keys: an original whose frontmatter has 100,000 keys (the `yaml`
 *   package's quadratic duplicate-key check);
 * - search-terms: a query of 160 `a*` terms on the 1,000-article bench
 *   corpus, and one of 160 distinct two-letter prefixes;
 * - serve-review: `review.summary` over HTTP's dispatch on the hostile
 *   folder plus `--articles` ordinary pairs, while another call is made every
 *   10 ms: the longest event-loop block (monitorEventLoopDelay) and the
 *   slowest answer to the other call.
 * Figures vary on a shared machine; the bounds are ten times what a fixed
 * build needs, and far below what the quadratic code took.
 */

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const SIZE = Number(flag(process.argv, 'size') ?? 100_000);
const ARTICLES = Number(flag(process.argv, 'articles') ?? 1_000);
const ONLY = flag(process.argv, 'only');

function article(fields: Record<string, string>, body: string): string {
  const yaml = Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}\n`;
}

function original(id: string, extra = '', body = 'Miners rent their halls to AI companies.'): string {
  return article(
    { title: `'Original ${id}'`, description: "'A description.'", publishedAt: "'2026-01-20T10:00:00.000Z'", lang: 'en', externalId: `'${id}'`, category: 'MINING', draft: 'false' },
    `${extra}${body}`,
  );
}

function translation(id: string): string {
  return article(
    { title: `'Переклад ${id}'`, description: "'Опис.'", publishedAt: "'2026-01-20T10:00:00.000Z'", lang: 'uk', externalId: `'${id}'`, category: 'MINING', draft: 'false', ai: `\n  translatedFrom: '${id}'` },
    'Майнери здають зали компаніям ШІ.',
  );
}

function write(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

/** The three hostile originals, each with a translation so its checks run too. */
function writeHostile(root: string): void {
  write(root, 'hostile/spaces.en.md', original('h1', '', `word${' '.repeat(SIZE)}word`));
  write(root, 'hostile/spaces.uk.md', translation('h1'));
  write(root, 'hostile/blank-lines.en.md', original('h2', '', `word${'\n'.repeat(SIZE)}word`));
  write(root, 'hostile/blank-lines.uk.md', translation('h2'));
  const keys = Array.from({ length: SIZE }, (_, i) => `k${i}: v${i}`).join('\n');
  write(root, 'hostile/keys.en.md', original('h3').replace('draft: false\n', `draft: false\n${keys}\n`));
  write(root, 'hostile/keys.uk.md', translation('h3'));
}

function writeOrdinary(root: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const words = ['alpha', 'bitcoin', 'miners', 'halving', 'exchange', 'outflows', 'regulation', 'compute'];
    const body = Array.from({ length: 40 }, (_, j) => words[(i + j) % words.length]).join(' ');
    write(root, `2026/${String(i % 12).padStart(2, '0')}/a${i}.en.md`, original(`o${i}`, '', body));
    write(root, `2026/${String(i % 12).padStart(2, '0')}/a${i}.uk.md`, translation(`o${i}`));
  }
}

interface Figure {
  name: string;
  ms: number;
  boundMs: number;
  note?: string;
}

async function timed(name: string, boundMs: number, run: () => Promise<string | undefined>): Promise<Figure> {
  const started = performance.now();
  const note = await run();
  return { name, ms: performance.now() - started, boundMs, ...(note !== undefined && { note }) };
}

async function reviewCase(name: string, files: Record<string, string>): Promise<Figure> {
  const root = mkdtempSync(join(tmpdir(), `copydesk-hostile-${name}-`));
  try {
    for (const [rel, text] of Object.entries(files)) write(root, rel, text);
    return await timed(name, 10_000, async () => {
      const review = await reviewFolder(root);
      return `${review.entries.length} entries, skipped ${review.skipped.length}`;
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function searchCase(): Promise<Figure[]> {
  const base = mkdtempSync(join(tmpdir(), 'copydesk-hostile-search-'));
  // The bench corpus (seed-shaped articles in five languages), as in the issue's measurement.
  const root = ensureCorpus({ articles: ARTICLES, out: defaultCorpusDir(ARTICLES) }).dir;
  const ws = await Workspace.open({ root, dbPath: join(base, 'index.db') });
  try {
    await ws.index();
    const query = (text: string): (() => Promise<string>) => async () => {
      const answer = ws.queryArticles({ query: text, sort: 'relevance', offset: 0, limit: 100 });
      const notices = (answer as { notices?: string[] }).notices ?? [];
      return `${answer.total} matches${notices.length > 0 ? `; notice: ${notices.join(' ')}` : ''}`;
    };
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const distinct = Array.from({ length: 160 }, (_, i) => `${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}*`).join(' ');
    return [
      await timed('search-160-same-prefix', 5_000, query(Array(160).fill('a*').join(' '))),
      await timed('search-160-distinct-prefixes', 5_000, query(distinct)),
    ];
  } finally {
    await ws.close();
    rmSync(base, { recursive: true, force: true });
  }
}

async function serveCase(): Promise<Figure[]> {
  const base = mkdtempSync(join(tmpdir(), 'copydesk-hostile-serve-'));
  const root = join(base, 'ws');
  writeHostile(root);
  writeOrdinary(root, ARTICLES / 2);
  const session = new WorkspaceSession({ dbPathFor: () => join(base, 'index.db'), watch: false });
  const dispatch = serve(
    contract,
    createHandlers({ getWorkspace: () => session.current(), openWorkspace: (r) => session.open(r), canOpenOther: true, recentFolders: () => [] }),
    () => {},
  );
  try {
    const opened = await dispatch('workspace.open', { root });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    await session.whenIndexed();

    const delay = monitorEventLoopDelay({ resolution: 5 });
    let slowestOther = 0;
    let others = 0;
    let reviewing = true;
    // Another client asks every 10 ms; its wait counts from when it meant to ask.
    const pinger = (async () => {
      while (reviewing) {
        const due = performance.now() + 10;
        await new Promise((resolve) => setTimeout(resolve, 10));
        await dispatch('workspace.status', {});
        slowestOther = Math.max(slowestOther, performance.now() - due);
        others++;
      }
    })();
    delay.enable();
    const review = await timed('serve-review.summary', 10_000, async () => {
      const answer = await dispatch('review.summary', {});
      return answer.ok ? `ok, ${(answer.value as { total: number }).total} groups` : `failed: ${answer.error.message.slice(0, 200)}`;
    });
    delay.disable();
    reviewing = false;
    await pinger;
    const block = delay.max / 1e6;
    return [
      review,
      { name: 'serve-longest-event-loop-block', ms: block, boundMs: 1_000, note: `p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms` },
      { name: 'serve-slowest-other-call', ms: slowestOther, boundMs: 1_000, note: `${others} workspace.status calls meanwhile` },
    ];
  } finally {
    await session.close();
    rmSync(base, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const cases: Record<string, () => Promise<Figure[]>> = {
    'review-spaces': async () => [await reviewCase('review-spaces', { 'a.en.md': original('1', '', `word${' '.repeat(SIZE)}word`), 'a.uk.md': translation('1') })],
    'review-blank-lines': async () => [await reviewCase('review-blank-lines', { 'a.en.md': original('1', '', `word${'\n'.repeat(SIZE)}word`), 'a.uk.md': translation('1') })],
    'review-keys': async () => [
      await reviewCase('review-keys', {
        'a.en.md': original('1').replace('draft: false\n', `draft: false\n${Array.from({ length: SIZE }, (_, i) => `k${i}: v${i}`).join('\n')}\n`),
        'a.uk.md': translation('1'),
      }),
    ],
    'search-terms': searchCase,
    'serve-review': serveCase,
  };
  const figures: Figure[] = [];
  for (const [name, run] of Object.entries(cases)) {
    if (ONLY !== undefined && !name.startsWith(ONLY)) continue;
    log(`${name}…`);
    for (const figure of await run()) {
      figures.push(figure);
      const verdict = figure.ms <= figure.boundMs ? 'ok' : `OVER the ${seconds(figure.boundMs)} bound`;
      log(`  ${figure.name.padEnd(32)} ${seconds(figure.ms).padStart(9)}  ${verdict}${figure.note ? `  (${figure.note})` : ''}`);
    }
  }
  if (figures.some((f) => f.ms > f.boundMs)) process.exitCode = 1;
}

void main();
