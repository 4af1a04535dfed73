import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { peakRssFromKernel } from '../measure/memory';
import { Workspace, type WorkspaceOptions } from '../../src/main/services/workspace';
import type { CorpusProbes } from '../generate-corpus';
import { percentile } from '../measure/stats';
import { summariseModel, type ModelSummary } from './measure-model';

/** One search scenario, run `runs` times after a short warm-up. */
export interface QueryFigure {
  name: string;
  query: string;
  sort: string;
  /** Matching articles, as the UI would show in its count. */
  total: number;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Rows of the last page with a snippet, and how many of those highlight words their own file holds. */
  snippets: { rows: number; withSnippet: number; fromOwnFile: number };
  /** Facet counts rather than a page of rows. */
  facets?: true;
}

export interface CopydeskFigures {
  workerPath: string;
  openMs: number;
  /** From open until the content model was loaded (the config evaluated, nothing cached): part of the first index. */
  modelMs: number;
  /** The collections the index judged the files by. */
  model: ModelSummary[];
  /** From open until the first 'fulltext' progress event (metadata committed), or index end. */
  listUsableMs: number;
  /** From open until `index()` resolved (full text searchable). */
  fulltextMs: number;
  /** `index()` again with nothing changed. */
  reindexMs: number;
  reindexRead: number;
  files: number;
  invalid: number;
  /** Event-loop stalls while the first index ran: what a UI on this thread would feel. */
  maxEventLoopDelayMs: number;
  p99EventLoopDelayMs: number;
  /** RSS when the list became usable and VmHWM when the first index ended, bytes: where the peak happens. */
  rssAtListUsable: number;
  peakRssAfterIndex: number;
  /**
   * CPU time of the whole process (every thread) from open until the list was
   * usable and until full text was complete, ms. Unlike wall time it barely
   * moves when other processes load the machine; CPU / wall ≈ cores kept busy.
   */
  cpuAtListUsableMs: number;
  cpuAtFulltextMs: number;
  /** 1-minute load average when the index started and when it ended. */
  loadAverage: { start: number; end: number };
  /** From open until the rank lists were in use (queries below ran after), or null when none were built. */
  rankListsMs: number | null;
  /** The common word by relevance right after `index()`, while the rank lists were still being built (FTS5 answers). */
  beforeRankLists: QueryFigure;
  queries: QueryFigure[];
  /** Quick open (Ctrl+P) over the whole index: 30 best title/path matches. */
  quickOpen: { text: string; hits: number; p50Ms: number; p95Ms: number; maxMs: number };
  dbBytes?: number;
}

interface Scenario {
  name: string;
  query: string;
  sort: 'date-desc' | 'relevance';
  facets?: true;
}

/** The search box inputs measured; the text ones are what an editor types. */
export function scenarios(probes: CorpusProbes): Scenario[] {
  return [
    { name: 'list, no query', query: '', sort: 'date-desc' },
    { name: 'facets, no query', query: '', sort: 'date-desc', facets: true },
    { name: 'common English word', query: probes.common, sort: 'relevance' },
    { name: 'common word, by date', query: probes.common, sort: 'date-desc' },
    { name: 'rare word', query: probes.rare, sort: 'relevance' },
    { name: 'Cyrillic word', query: probes.cyrillic, sort: 'relevance' },
    { name: 'without diacritics', query: probes.unaccented, sort: 'relevance' },
    { name: 'filtered', query: `lang:uk tag:${probes.tag} ${probes.cyrillic}`, sort: 'relevance' },
    { name: 'prefix', query: `${probes.prefix}*`, sort: 'relevance' },
    { name: 'facets, common word', query: probes.common, sort: 'date-desc', facets: true },
  ];
}

type Page = ReturnType<Workspace['queryArticles']>;

/**
 * A sanity check, not a timing: a snippet must come from its own row's file
 * (its text occurs in that file), or the figures time wrong answers.
 */
function checkSnippets(root: string, page: Page | undefined): QueryFigure['snippets'] {
  const rows = page?.rows ?? [];
  let withSnippet = 0;
  let fromOwnFile = 0;
  for (const row of rows) {
    if (row.snippet === undefined) continue;
    withSnippet++;
    const raw = readFileSync(join(root, row.path), 'utf8').toLowerCase();
    // A snippet of a single-quoted YAML value shows the value: `м''який` in the file is `м'який` there.
    const text = `${raw}\n${raw.replaceAll("''", "'")}`;
    // snippet() copies a stretch of the column's text, so without its markers and ellipses it is
    // a substring of the file; the tags column is space-joined, so there each word must occur.
    const fragment = row.snippet.replace(/[\uE000\uE001]/g, '').replace(/^…|…$/g, '').toLowerCase();
    const words = fragment.split(/[\s,.;:!?()…]+/).filter((word) => word.length > 0);
    if (text.includes(fragment) || (words.length > 0 && words.every((word) => text.includes(word)))) fromOwnFile++;
  }
  return { rows: rows.length, withSnippet, fromOwnFile };
}

function timeQueries(ws: Workspace, scenario: Scenario, runs: number): QueryFigure {
  const once = (): { total: number; page?: Page } => {
    if (scenario.facets) {
      const facets = ws.facets({ query: scenario.query });
      return { total: facets.validity.reduce((sum, v) => sum + v.count, 0) };
    }
    const page = ws.queryArticles({ query: scenario.query, sort: scenario.sort, offset: 0, limit: 20 });
    return { total: page.total, page };
  };
  for (let i = 0; i < 3; i++) once();
  const samples: number[] = [];
  let last: { total: number; page?: Page } = { total: 0 };
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = once();
    samples.push(performance.now() - started);
  }
  return {
    name: scenario.name,
    query: scenario.query,
    sort: scenario.facets ? 'facets' : scenario.sort,
    total: last.total,
    runs,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    maxMs: Math.max(...samples),
    snippets: checkSnippets(ws.root, last.page),
    ...(scenario.facets && { facets: true as const }),
  };
}

/** Quick open as typed: the first letters of a common word, 30 results. */
function timeQuickOpen(ws: Workspace, text: string, runs: number): CopydeskFigures['quickOpen'] {
  let hits = 0;
  for (let i = 0; i < 3; i++) hits = ws.findArticles(text, 30).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    hits = ws.findArticles(text, 30).length;
    samples.push(performance.now() - started);
  }
  return { text, hits, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), maxMs: Math.max(...samples) };
}

/** The corpus opened as a trusted folder, so its schema comes from its own content config. */
function workspaceOptions(config: { corpusDir: string; dbPath: string; workerPath: string; modelCacheDir: string }): WorkspaceOptions {
  return { root: config.corpusDir, dbPath: config.dbPath, workerPath: config.workerPath, trusted: true, modelCacheDir: config.modelCacheDir };
}

/** Indexes the corpus into a fresh database with the product's Workspace and measures it. */
export async function measureCopydesk(config: {
  corpusDir: string;
  dbPath: string;
  workerPath: string;
  modelCacheDir: string;
  probes: CorpusProbes;
  runs: number;
}): Promise<CopydeskFigures> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const loadAtStart = loadavg()[0] ?? 0;
  const cpuStart = process.cpuUsage();
  const cpuMs = (): number => {
    const used = process.cpuUsage(cpuStart);
    return (used.user + used.system) / 1000;
  };
  const started = performance.now();
  const ws = Workspace.open(workspaceOptions(config));
  const openMs = performance.now() - started;
  // The same promise index() waits for: the model is loaded once per workspace.
  const modelLoaded = ws.contentModel().then((model) => ({ model, ms: performance.now() - started }));
  let listUsableMs: number | undefined;
  let rssAtListUsable = 0;
  let cpuAtListUsableMs = 0;
  const unsubscribe = ws.on('progress', (progress) => {
    if (listUsableMs === undefined && progress.phase === 'fulltext') {
      listUsableMs = performance.now() - started;
      rssAtListUsable = process.memoryUsage().rss;
      cpuAtListUsableMs = cpuMs();
    }
  });
  try {
    loop.enable();
    const summary = await ws.index();
    const fulltextMs = performance.now() - started;
    const cpuAtFulltextMs = cpuMs();
    const loadAtEnd = loadavg()[0] ?? 0;
    loop.disable();
    unsubscribe();
    const peakRssAfterIndex = peakRssFromKernel() ?? process.memoryUsage().rss;

    const common = scenarios(config.probes).find((scenario) => scenario.name === 'common English word');
    if (!common) throw new Error('the scenarios have no common word');
    const beforeRankLists = timeQueries(ws, common, Math.min(config.runs, 10));

    const again = performance.now();
    const second = await ws.index();
    const reindexMs = performance.now() - again;
    const rankListsMs = (await ws.rankListsSettled()) ? performance.now() - started : null;

    const queries = scenarios(config.probes).map((scenario) => timeQueries(ws, scenario, config.runs));
    const { model, ms: modelMs } = await modelLoaded;
    const quickOpen = timeQuickOpen(ws, config.probes.common.slice(0, 4), config.runs);

    return {
      workerPath: config.workerPath,
      openMs,
      modelMs,
      model: summariseModel(model),
      listUsableMs: listUsableMs ?? fulltextMs,
      fulltextMs,
      reindexMs,
      reindexRead: second.changes.read,
      files: summary.files,
      invalid: summary.invalid,
      maxEventLoopDelayMs: loop.max / 1e6,
      p99EventLoopDelayMs: loop.percentile(99) / 1e6,
      rssAtListUsable: rssAtListUsable || process.memoryUsage().rss,
      peakRssAfterIndex,
      cpuAtListUsableMs: cpuAtListUsableMs || cpuAtFulltextMs,
      cpuAtFulltextMs,
      loadAverage: { start: loadAtStart, end: loadAtEnd },
      rankListsMs,
      beforeRankLists,
      queries,
      quickOpen,
    };
  } finally {
    await ws.close();
  }
}

/** The folder opened again, as after an app restart: until its re-index ended, and until rank lists were in use. */
export interface ReopenFigures {
  indexedMs: number;
  rankListsMs: number | null;
}

/**
 * Opens the index the copydesk step left (in a fresh process, as an app
 * restart would): the re-index, then the rank lists saved beside the index.
 */
export async function measureReopen(config: { corpusDir: string; dbPath: string; workerPath: string; modelCacheDir: string }): Promise<ReopenFigures> {
  const started = performance.now();
  const ws = Workspace.open(workspaceOptions(config));
  try {
    await ws.index();
    const indexedMs = performance.now() - started;
    const listsInUse = await ws.rankListsSettled();
    return { indexedMs, rankListsMs: listsInUse ? performance.now() - started : null };
  } finally {
    await ws.close();
  }
}
