import type { ReviewFigures } from './review/measure-review';
import type { ReviewStepName, StepMemory, StepResult } from './steps';

/** Targets, stated for 100k articles on a 2-core machine. */
export const TARGETS = {
  listVsFloor: 1.5,
  fulltextVsNaive: 0.6,
  reindexMs: 1000,
  searchP95Ms: 20,
  peakRssBytes: 400 * 1024 * 1024,
  /** Bundling and running the site's content config in its sandboxed child, the first time (then cached). */
  configEvaluationMs: 2000,
  /** Issue 13 §5: `copydesk review` on a fresh index vs `copydesk index` on a fresh index. */
  reviewVsIndex: 1.3,
  reviewAgainMs: 2000,
  reviewSummaryMs: 300,
} as const;

export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'x';
  target: string;
  /** value / limit; ≤ 1 meets the target. Absent when the reference was not measured. */
  ratio?: number;
  ok?: boolean;
}

export interface BenchReport {
  articles: number;
  corpus: { dir: string; bytes: number; generated: boolean; ms: number };
  environment: { node: string; cpus: number; platform: string; worker: string; loadAverage: number[] };
  figures: Figure[];
  steps: StepResult[];
}

const CONTENT_CONFIG_NOTE = "the corpus's src/content.config.ts";

const peak = (memory: StepMemory): number => Math.max(memory.sampledPeakRss, memory.kernelPeakRss ?? 0);
const mb = (bytes: number): number => bytes / (1024 * 1024);

/** The headline figures: each value beside its target and the ratio to it. */
export function headlineFigures(steps: StepResult[]): Figure[] {
  const find = <S extends StepResult['step']>(name: S): Extract<StepResult, { step: S }> | undefined =>
    steps.find((s): s is Extract<StepResult, { step: S }> => s.step === name);
  const floor = find('floor');
  const naive = find('naive');
  const copydesk = find('copydesk');
  const reopen = find('reopen');
  const model = find('model');
  const modelFigures: Figure[] = model
    ? [
        {
          name: 'content config evaluated (cold)', value: model.figures.evaluateColdMs, unit: 'ms', target: `≤ ${TARGETS.configEvaluationMs} ms`,
          ratio: model.figures.evaluateColdMs / TARGETS.configEvaluationMs, ok: model.figures.evaluateColdMs <= TARGETS.configEvaluationMs,
        },
        { name: 'content config again', value: model.figures.evaluateCachedMs, unit: 'ms', target: 'from the cache', ok: model.figures.cached },
      ]
    : [];
  const reviewFigures = reviewHeadlines(steps);
  if (!copydesk) return [...modelFigures, ...reviewFigures];
  const c = copydesk.figures;
  const versus = (name: string, value: number, reference: number | undefined, limit: number, label: string): Figure => {
    if (reference === undefined) return { name, value, unit: 'ms', target: `≤ ${limit}× ${label} (not measured)` };
    const ratio = value / reference / limit;
    return { name, value, unit: 'ms', target: `≤ ${limit}× ${label} = ${Math.round(reference * limit)} ms`, ratio, ok: ratio <= 1 };
  };
  const absolute = (name: string, value: number, limit: number, unit: 'ms' | 'MB'): Figure => ({
    name, value, unit, target: `≤ ${limit} ${unit}`, ratio: value / limit, ok: value <= limit,
  });
  const searches = c.queries.filter((q) => q.query !== '' && !q.facets);
  const worst = searches.reduce((a, b) => (b.p95Ms > a.p95Ms ? b : a), searches[0] ?? { p95Ms: Number.NaN, name: '' });
  return [
    versus('list+facets usable', c.listUsableMs, floor?.figures.ms, TARGETS.listVsFloor, 'floor'),
    versus('full-text search complete', c.fulltextMs, naive?.figures.ms, TARGETS.fulltextVsNaive, 'naive'),
    absolute('re-index, nothing changed', c.reindexMs, TARGETS.reindexMs, 'ms'),
    absolute(`search p95 (worst: ${worst.name})`, worst.p95Ms, TARGETS.searchP95Ms, 'ms'),
    absolute('peak RSS', mb(Math.max(peak(copydesk.memory), reopen ? peak(reopen.memory) : 0)), mb(TARGETS.peakRssBytes), 'MB'),
    ...modelFigures,
    ...reviewFigures,
  ];
}

const isReview = (s: StepResult): s is Extract<StepResult, { step: ReviewStepName }> => s.step.startsWith('review-');

/** Issue 13 §5's figures, from the review steps that ran. */
function reviewHeadlines(steps: StepResult[]): Figure[] {
  const reviews = steps.filter(isReview);
  const find = (name: ReviewStepName): ReviewFigures | undefined => reviews.find((s) => s.step === name)?.figures;
  const index = find('review-index');
  const fresh = find('review-fresh');
  const again = find('review-again');
  const summary = find('review-summary');
  const out: Figure[] = [];
  const absolute = (name: string, value: number, limit: number, unit: 'ms' | 'MB'): Figure => ({ name, value, unit, target: `≤ ${limit} ${unit}`, ratio: value / limit, ok: value <= limit });
  if (summary) out.push(absolute('review: summary once indexed', summary.ms, TARGETS.reviewSummaryMs, 'ms'));
  if (fresh) {
    const limit = TARGETS.reviewVsIndex;
    out.push(
      index
        ? { name: 'review: fresh index', value: fresh.ms, unit: 'ms', target: `≤ ${limit}× copydesk index = ${Math.round(index.ms * limit)} ms`, ratio: fresh.ms / index.ms / limit, ok: fresh.ms <= index.ms * limit }
        : { name: 'review: fresh index', value: fresh.ms, unit: 'ms', target: `≤ ${limit}× copydesk index (not measured)` },
    );
  }
  if (again) out.push(absolute('review: nothing changed', again.ms, TARGETS.reviewAgainMs, 'ms'));
  if (reviews.length > 0) out.push(absolute('review: peak RSS', mb(Math.max(...reviews.map((s) => peak(s.memory)))), mb(TARGETS.peakRssBytes), 'MB'));
  return out;
}

const REVIEW_STEP_LABEL: Record<ReviewStepName, string> = {
  'review-index': 'copydesk index (rows, full text, checks)',
  'review-fresh': 'copydesk review, fresh index',
  'review-again': 'copydesk review, nothing changed',
  'review-summary': 'app: review.summary once indexed',
};

const fmtMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const fmt = (value: number, unit: Figure['unit']): string =>
  unit === 'ms' ? fmtMs(value) : unit === 'MB' ? `${value.toFixed(0)} MB` : `${value.toFixed(2)}×`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The human-readable report. */
export function formatReport(report: BenchReport): string {
  const { corpus, environment } = report;
  const out: string[] = [];
  out.push(
    `Copydesk bench: ${report.articles.toLocaleString('en')} articles, ${mb(corpus.bytes).toFixed(0)} MB ` +
      `(${corpus.generated ? `generated in ${fmtMs(corpus.ms)}` : 'reused'}: ${corpus.dir})`,
    `Node ${environment.node}, ${environment.cpus} CPUs, ${environment.platform}; parse worker: ${environment.worker}`,
    `Load average at start (1/5/15 min): ${environment.loadAverage.map((l) => l.toFixed(2)).join(' / ')}; other processes skew the timings.`,
    'Targets are stated for 100,000 articles. Each step ran in a fresh process and a fresh database, page cache warm.',
    '',
    table(
      ['figure', 'value', 'target', 'ratio', 'verdict'],
      report.figures.map((f) => [
        f.name, fmt(f.value, f.unit), f.target, f.ratio === undefined ? '-' : `${f.ratio.toFixed(2)}`, f.ok === undefined ? '' : f.ok ? 'ok' : 'MISSED',
      ]),
    ),
    '(ratio = value / target limit; ≤ 1.00 meets the target)',
  );

  const stepRows = report.steps.map((s) => {
    const memory = `${mb(peak(s.memory)).toFixed(0)} MB`;
    const start = `${mb(s.memory.startRss).toFixed(0)} MB`;
    if (s.step === 'copydesk') {
      const f = s.figures;
      return ['copydesk index', fmtMs(f.fulltextMs), String(f.files), String(f.invalid), f.dbBytes ? `${mb(f.dbBytes).toFixed(0)} MB` : '-', memory, start];
    }
    if (s.step === 'reopen') return ['copydesk reopened', fmtMs(s.figures.indexedMs), '-', '-', '-', memory, start];
    if (isReview(s)) return [REVIEW_STEP_LABEL[s.step], fmtMs(s.figures.ms), String(s.figures.translations), '-', '-', memory, start];
    if (s.step === 'model') {
      const files = s.figures.collections.reduce((sum, collection) => sum + collection.files, 0);
      return ['content model (cold + cached)', fmtMs(s.figures.loadCold.ms + s.figures.loadCached.ms), String(files), '-', '-', memory, start];
    }
    const f = s.figures;
    const name = s.step === 'floor' ? 'floor (read + gray-matter)' : 'naive indexer (1 txn + FTS5)';
    return [name, fmtMs(f.ms), String(f.files), String(f.parseErrors), f.dbBytes ? `${mb(f.dbBytes).toFixed(0)} MB` : '-', memory, start];
  });
  out.push('', table(['step', 'time', 'files', 'invalid/errors', 'db size', 'peak RSS', 'RSS at start'], stepRows));

  const reviews = report.steps.filter(isReview);
  if (reviews.length > 0) {
    out.push('', 'review (files placed by the content model; "checked": translations whose checks were computed in that run, on the index\'s worker threads):');
    for (const r of reviews) {
      const f = r.figures;
      const split = f.indexedMs !== undefined ? ` (rows and full text ${fmtMs(f.indexedMs)}, then checks ${fmtMs(f.ms - f.indexedMs)})` : '';
      out.push(`  ${REVIEW_STEP_LABEL[r.step]}: ${fmtMs(f.ms)}${split}; checked ${f.checked} of ${f.translations} translations; ${f.inconsistent} inconsistent, ${f.outdated} outdated`);
    }
  }
  const copydesk = report.steps.find((s) => s.step === 'copydesk');
  const reopen = report.steps.find((s) => s.step === 'reopen');
  const model = report.steps.find((s) => s.step === 'model');
  if (model?.step === 'model') {
    const f = model.figures;
    const load = (figure: { ms: number; maxEventLoopDelayMs: number }): string => `${fmtMs(figure.ms)} (longest event-loop block ${fmtMs(figure.maxEventLoopDelayMs)})`;
    out.push(
      '',
      `content model from ${CONTENT_CONFIG_NOTE}: ${f.collections.map((c) => `${c.name} ${c.files} files, schema ${c.schema}, paired by ${c.pairing}, source ${c.sourceLanguage}`).join('; ')}`,
      `content config: evaluated in ${fmtMs(f.evaluateColdMs)} (esbuild + sandboxed child), then ${f.cached ? 'from the cache' : 'NOT from the cache'} in ${fmtMs(f.evaluateCachedMs)}; ` +
        `whole model ${load(f.loadCold)} with nothing cached, ${load(f.loadCached)} cached`,
    );
  }
  if (copydesk?.step === 'copydesk') {
    const f = copydesk.figures;
    out.push(
      '',
      `copydesk: open ${fmtMs(f.openMs)}, content model ${fmtMs(f.modelMs)} after open (${f.model.map((c) => `${c.name}: ${c.files} files, schema ${c.schema}`).join('; ')}), list+facets usable ${fmtMs(f.listUsableMs)}, full text ${fmtMs(f.fulltextMs)}, ` +
        `re-index ${fmtMs(f.reindexMs)} (read ${f.reindexRead} files)`,
      f.rankListsMs === null
        ? 'rank lists: none built (index below their minimum size); FTS5 ranks every query'
        : `rank lists: in use ${fmtMs(f.rankListsMs)} after open (${fmtMs(f.rankListsMs - f.fulltextMs)} after full text); ` +
          `until then "${f.beforeRankLists.query}" by relevance took p50 ${fmtMs(f.beforeRankLists.p50Ms)}, p95 ${fmtMs(f.beforeRankLists.p95Ms)} (FTS5). The queries below ran after.`,
      ...(reopen?.step === 'reopen'
        ? [
            `reopened in a fresh process (an app restart): re-index ${fmtMs(reopen.figures.indexedMs)}, rank lists in use ` +
              `${reopen.figures.rankListsMs === null ? 'never' : `${fmtMs(reopen.figures.rankListsMs)} after open (loaded from beside the index)`}`,
          ]
        : []),
      `event loop while indexing: max delay ${fmtMs(f.maxEventLoopDelayMs)}, p99 ${fmtMs(f.p99EventLoopDelayMs)}`,
      `CPU (all threads): ${fmtMs(f.cpuAtListUsableMs)} until the list was usable (${(f.cpuAtListUsableMs / f.listUsableMs).toFixed(2)} cores busy), ` +
        `${fmtMs(f.cpuAtFulltextMs)} until full text was complete (${(f.cpuAtFulltextMs / f.fulltextMs).toFixed(2)} cores); ` +
        `load average ${f.loadAverage.start.toFixed(2)} at start, ${f.loadAverage.end.toFixed(2)} at end`,
      `peak RSS: sampled ${mb(copydesk.memory.sampledPeakRss).toFixed(0)} MB, VmHWM ${copydesk.memory.kernelPeakRss === undefined ? 'n/a' : `${mb(copydesk.memory.kernelPeakRss).toFixed(0)} MB`} (worker threads included); ` +
        `RSS when the list became usable ${mb(f.rssAtListUsable).toFixed(0)} MB, VmHWM when indexing ended ${mb(f.peakRssAfterIndex).toFixed(0)} MB`,
      '',
      table(
        ['query (top 20, snippets)', 'input', 'sort', 'hits', 'p50', 'p95', 'max', 'target p95', 'snippets ok'],
        f.queries.map((q) => [
          q.name, q.query === '' ? '(empty)' : q.query, q.sort, String(q.total), fmtMs(q.p50Ms), fmtMs(q.p95Ms), fmtMs(q.maxMs),
          q.query !== '' && !q.facets ? `≤ ${TARGETS.searchP95Ms} ms ${q.p95Ms <= TARGETS.searchP95Ms ? 'ok' : 'MISSED'}` : '-',
          q.snippets.withSnippet > 0 ? `${q.snippets.fromOwnFile}/${q.snippets.withSnippet}` : '-',
        ]),
      ),
      `(${f.queries[0]?.runs ?? 0} runs each after 3 warm-up runs; "snippets ok": snippets whose text occurs in their own row's file)`,
      `quick open "${f.quickOpen.text}" (30 best of the whole index): ${f.quickOpen.hits} hits, p50 ${fmtMs(f.quickOpen.p50Ms)}, p95 ${fmtMs(f.quickOpen.p95Ms)}, max ${fmtMs(f.quickOpen.maxMs)}`,
    );
  }
  return out.join('\n');
}
