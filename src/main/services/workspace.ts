import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { CopydeskError } from '@shared/errors';
import type { ChannelOutput, EventPayload, HandlerInput, IndexProgress, WorkspaceStatus } from '@shared/ipc/contract';
import type { ContentModel } from '@shared/model/content-model';
import { parseQuery, toFtsMatch } from '@shared/query/parse-query';
import { searchTerms, searchTermsNotice } from '@shared/query/to-fts-match';
import { analyzeGroups, collectionFacts, type GroupAnalysis } from '../core/translation-groups';
import type { PathRestriction } from '../db/article-filter';
import { ArticleReports, type IndexCounts } from '../db/article-reports';
import { ArticleSearch } from '../db/article-search';
import { ArticleWriter } from '../db/article-writer';
import { describeRecovery, findDamagedFiles, isCorruptionError, moveAsideDamaged, type IndexRecovery } from '../db/damaged-index';
import { openDatabase, openOrRecoverDatabase, resetSchema, type IndexDatabase } from '../db/open-database';
import { warnFailure } from '../db/warn-failure';
import { indexedContentHash, PairChecksTable, ReviewFactsTable, type IndexedFacts } from '../db/review-facts';
import { defaultIndexPath } from './app-paths';
import { readBody } from './indexing/article-file';
import { contentPaths, loadContentModel, modelFingerprint, type ChildRuntime, type ContentFilter } from './content-model';
import { QuickOpen, type QuickOpenHit } from './quick-open';
import type { IndexJson, IndexSummary } from './indexing/index-summary';
import type { WorkerDb } from './indexing/index-messages';
import { ProgressReporter } from './indexing/progress-reporter';
import { packedLength } from './indexing/packed-jobs';
import { planFromPaths, planFromScan } from './indexing/plan-index';
import { readArticleFile } from './read-article';
import { RANK_LISTS_DEFAULTS, RankListsBuilder, type RankListsConfig } from './indexing/rank-lists-builder';
import { PairAnalyst } from './review/pair-analyst';
import { resolveArticle } from './resolve-inside';
import { runIndex, type IndexChanges, type IndexPlan } from './indexing/run-index';
import { scanColumns } from './indexing/scan-workspace';
import { WorkspaceWatcher } from './indexing/workspace-watcher';
import { removeWriteLeftovers } from './write/write-leftovers';
import { LARGE_RUN, releaseMemory } from './heap-budget';

export interface WorkspaceOptions {
  /** The folder of articles. */
  root: string;
  /** Index file; defaults to one per folder in the app's data folder. */
  dbPath?: string;
  /** Built parse-worker.js; without it files are parsed on the calling thread. */
  workerPath?: string;
  /** better-sqlite3 native module path, for packaged apps. */
  nativeBinding?: string;
  /** When and which rank lists to build (see rank-lists-builder.ts); the defaults suit the app. */
  rankLists?: Pick<RankListsConfig, 'minRows' | 'options'>;
  /**
   * False for a caller that never searches (a one-shot `copydesk index` or
   * `review`): the rank lists are still built and saved beside the index,
   * so the app opens with them, but this process does not keep them
   * (≈ 36 MB at 100,000 articles, beside a review's peak). Default true.
   */
  searches?: boolean;
  /**
   * Told once per rebuild of a damaged index (found when opening, or when a
   * query or index run failed and quick_check agreed), with the line to show.
   */
  onIndexRecovered?: (notice: IndexRecoveredNotice) => void;
  /**
   * Whether the folder's own code (its Astro content config) may run to
   * build the content model. Default false: the model then comes from
   * copydesk.config, Astro's JSON schemas or the files.
   */
  trusted?: boolean;
  /** The content model, already loaded; by default it is loaded once, on first use. */
  model?: ContentModel;
  /** The runtime that evaluates a trusted folder's content config (Electron passes itself as Node); default this Node. */
  modelRuntime?: ChildRuntime;
  /** Where evaluated content configs are cached (default: the app's data folder); null: no cache. */
  modelCacheDir?: string | null;
}

/** `index_meta` key of the fingerprint of the model the rows were judged by. */
const MODEL_KEY = 'content-model';

/** What a person is told when a damaged index was moved aside and rebuilt. */
export type IndexRecoveredNotice = EventPayload<'index.recovered'>;

export interface WorkspaceEvents {
  progress: IndexProgress;
  changed: { changed: string[]; removed: string[] };
}

type Listener<E extends keyof WorkspaceEvents> = (payload: WorkspaceEvents[E]) => void;

/**
 * The connection to the index and everything that reads or writes through
 * it. Replaced as a whole when a damaged index is rebuilt, so nothing keeps
 * a statement of the closed connection.
 */
interface IndexAccess {
  db: IndexDatabase;
  writer: ArticleWriter;
  search: ArticleSearch;
  quickOpen: QuickOpen;
  reports: ArticleReports;
}

function connect(db: IndexDatabase, root: string): IndexAccess {
  return {
    db,
    writer: new ArticleWriter(db),
    // The full-text index keeps no text: snippets read the files as they are now.
    search: new ArticleSearch(db, (path, bodyLine) => readBody(root, path, bodyLine)),
    quickOpen: new QuickOpen(db),
    reports: new ArticleReports(db),
  };
}

/** What the index counts of its translation groups, as every view shows them (see `analyzeGroups`). */
export type IndexAnalysis = Pick<GroupAnalysis, 'orphans' | 'duplicates' | 'langMismatches' | 'missing'>;

/**
 * One open folder of articles and its index: indexing (full, incremental,
 * watched), queries for the library views, and safe reads of single files.
 * Index runs are serialised; queries read whatever is committed.
 */
export class Workspace {
  private access: IndexAccess;
  private readonly progressReporter: ProgressReporter;
  private readonly listeners: { [E in keyof WorkspaceEvents]: Set<Listener<E>> } = {
    progress: new Set(),
    changed: new Set(),
  };
  private queue: Promise<unknown> = Promise.resolve();
  private watcher: Promise<WorkspaceWatcher> | undefined;
  /** Whole-index figures, dropped whenever rows change. */
  private cache: { counts?: IndexCounts; analysis?: IndexAnalysis } = {};
  /** The model the rows were last judged by: its collections' roots, languages and source languages are what counting needs. */
  private indexedModel: ContentModel | undefined;
  private closed = false;
  /** Aborted when the workspace closes: background work for it (a review's check workers) stops then. */
  private readonly closing = new AbortController();
  private generation = 0;
  /** The index was replaced by an empty one (it was damaged) and no full run has filled it yet. */
  private refill = false;
  /** Review analyses of translation pairs, on the worker when there is one. */
  readonly pairAnalyst: PairAnalyst;
  private rankListsBuilder: RankListsBuilder;
  /** Without `searches`: the rows generation whose lists were built and saved (not kept), so they are not built again. */
  private rankListsSavedFor: number | undefined;
  private model: Promise<ContentModel> | undefined;
  private trust: boolean;
  /** What the watcher takes for content: follows the model when it is reloaded. */
  private content: ContentFilter | undefined;

  private constructor(
    /** Real path of the folder. */
    readonly root: string,
    db: IndexDatabase,
    private readonly dbPath: string,
    private readonly opts: WorkspaceOptions,
  ) {
    this.access = connect(db, root);
    this.progressReporter = new ProgressReporter((progress) => this.emit('progress', progress));
    this.pairAnalyst = new PairAnalyst(opts.workerPath);
    this.rankListsBuilder = this.newRankListsBuilder();
    if (opts.model) this.model = Promise.resolve(opts.model);
    this.trust = opts.trusted ?? false;
  }

  /**
   * The folder's content model (collections, schemas, pairing), loaded once
   * when first needed: every file is judged by its collection's schema, and
   * Markdown in no collection is not an article.
   */
  contentModel(): Promise<ContentModel> {
    this.model ??= loadContentModel(this.root, {
      trusted: this.trust,
      ...(this.opts.modelCacheDir !== undefined && { dataDir: this.opts.modelCacheDir }),
      ...(this.opts.modelRuntime !== undefined && { runtime: this.opts.modelRuntime }),
    });
    return this.model;
  }

  /** Whether the folder's own code may run to build its content model. */
  get trusted(): boolean {
    return this.trust;
  }

  /**
   * Trusts the folder (or stops): drops the content model and loads it again
   * with the new trust, so the form, validation and the watcher follow the
   * site's real schema without reopening. The rows are judged again by the
   * next `index()` (the model's fingerprint changed), which the caller runs.
   */
  async setTrusted(trusted: boolean): Promise<ContentModel> {
    if (trusted !== this.trust || this.model === undefined) {
      this.trust = trusted;
      this.model = undefined;
    }
    const model = await this.contentModel();
    if (this.content !== undefined) this.content = contentPaths(model, this.root);
    return model;
  }

  private get db(): IndexDatabase {
    return this.access.db;
  }
  private get writer(): ArticleWriter {
    return this.access.writer;
  }
  private get search(): ArticleSearch {
    return this.access.search;
  }
  private get quickOpen(): QuickOpen {
    return this.access.quickOpen;
  }
  private get reports(): ArticleReports {
    return this.access.reports;
  }

  /** The builder serves one connection: a rebuilt index gets a new one. */
  private newRankListsBuilder(): RankListsBuilder {
    const { db, search } = this.access;
    return new RankListsBuilder(
      {
        db,
        generation: () => this.generation,
        rows: () => this.counts().files,
        keep: this.opts.searches !== false,
        use: (lists) => search.useRankLists(lists),
        saved: () => (this.rankListsSavedFor = this.generation),
      },
      {
        dbPath: this.dbPath,
        ...(this.opts.workerPath !== undefined && { workerPath: this.opts.workerPath }),
        ...this.nativeBinding(),
        ...(this.opts.rankLists ?? RANK_LISTS_DEFAULTS),
      },
    );
  }

  private nativeBinding(): { nativeBinding?: string } {
    return this.opts.nativeBinding !== undefined ? { nativeBinding: this.opts.nativeBinding } : {};
  }

  /** Opens a folder and its index (creating the index file if needed). Does not index. */
  static open(opts: WorkspaceOptions): Workspace {
    let isDir = false;
    try {
      isDir = statSync(opts.root).isDirectory();
    } catch {
      // reported below
    }
    if (!isDir) {
      throw new CopydeskError('not-found', `The folder ${opts.root} does not exist or is not a folder.`, {
        path: opts.root,
      });
    }
    const root = realpathSync(opts.root);
    const dbPath = opts.dbPath ?? defaultIndexPath(root);
    mkdirSync(dirname(dbPath), { recursive: true });
    const { db, recovery } = openOrRecoverDatabase(dbPath, opts.nativeBinding !== undefined ? { nativeBinding: opts.nativeBinding } : {});
    const ws = new Workspace(root, db, dbPath, opts);
    if (recovery) {
      // The new index is empty: the first index run fills it (a re-index of a few paths calls one).
      ws.refill = true;
      ws.announce(recovery);
    }
    return ws;
  }

  /** Tells once, by file names only (the notice crosses to the page; the copies lie beside the index). */
  private announce(recovery: IndexRecovery): void {
    this.opts.onIndexRecovered?.({ message: describeRecovery(recovery), movedTo: recovery.movedTo.map((file) => basename(file)) });
  }

  /**
   * After a query failed with `error`: when SQLite said the index is damaged
   * and quick_check agrees, moves the damaged files aside, opens a new index,
   * fills it from the articles and resolves true, so the caller runs its
   * request once more. False: the index is not damaged (rethrow). Requests
   * that failed on the same damaged index share one rebuild. Index runs
   * recover on their own (see `exclusive`); this is for the queries that
   * handlers make.
   */
  async recoverFrom(error: unknown): Promise<boolean> {
    if (!isCorruptionError(error)) return false;
    const failed = this.access;
    // Another request's rebuild may have come first: then just wait for its index run below.
    const replaced = await this.exclusive(async () => this.access !== failed || this.replaceDamaged());
    if (replaced) await this.index();
    return replaced;
  }

  /**
   * Runs quick_check; if a file is damaged, swaps in a new, empty index and
   * says so (once). Runs inside `exclusive`: no index run is writing.
   */
  private async replaceDamaged(): Promise<boolean> {
    const damaged = findDamagedFiles(this.dbPath, this.nativeBinding());
    if (damaged.length === 0) return false;
    await this.rankListsBuilder.close();
    this.db.close();
    const movedTo = moveAsideDamaged(this.dbPath, damaged);
    this.access = connect(openDatabase(this.dbPath, this.nativeBinding()), this.root);
    this.rankListsBuilder = this.newRankListsBuilder();
    this.rowsChanged();
    this.refill = true;
    this.announce({ damaged, movedTo });
    return true;
  }

  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends keyof WorkspaceEvents>(event: E, cb: Listener<E>): () => void {
    const set = this.listeners[event] as Set<Listener<E>>;
    set.add(cb);
    return () => set.delete(cb);
  }

  private emit<E extends keyof WorkspaceEvents>(event: E, payload: WorkspaceEvents[E]): void {
    for (const cb of this.listeners[event] as Set<Listener<E>>) cb(payload);
  }

  /**
   * Runs `task` after every earlier index run has finished. A task that finds
   * the index damaged (and quick_check agrees) runs once more on a new, empty
   * index: for `index` that is the full rebuild.
   */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      if (this.closed) throw new CopydeskError('no-workspace', 'The workspace has been closed.');
      try {
        return await task();
      } catch (error) {
        if (!isCorruptionError(error) || !(await this.replaceDamaged())) throw error;
        return task();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Brings the index up to date with the folder: only files whose size or
   * mtime changed are read, and only those whose bytes changed are parsed.
   * `full` drops the index and rebuilds it. `rankLists: false`: when no row
   * changed, the caller asks for the rank lists itself (`loadRankLists`), after
   * other work it wants first; rows that changed start a build either way.
   */
  async index(opts: { full?: boolean; signal?: AbortSignal; rankLists?: boolean } = {}): Promise<IndexSummary> {
    let large = false;
    try {
      const update = await this.bringUpToDate(opts, false);
      const summary = { ...this.indexSummary(), ...update };
      // The summary counts every row's group whatever changed: at 100,000 rows its garbage alone is ≈ 50 MB, which the
      // app's first review (right after this run) otherwise found in the heap beside its own plan.
      large = update.changes.read >= LARGE_RUN || summary.files >= LARGE_RUN;
      return summary;
    } finally {
      // Counted first: the group analysis (hundreds of MB at 100,000 rows) and the rank lists' build would otherwise peak
      // together. After a large run, its garbage is returned too, before the builder's heap grows beside it.
      if (large) releaseMemory();
      if (opts.rankLists !== false) this.scheduleRankLists();
    }
  }

  /** Loads (or builds, in the background) the rank lists for the current rows, unless they are in use already. */
  loadRankLists(): void {
    this.scheduleRankLists();
  }

  /**
   * `index()` without the summary: what a caller that does not print one
   * (a review) waits for. The summary counts translation groups over every
   * row, most of a second at 100,000 files. `rankLists: false`: the caller
   * will not search (a review), so the search's rank lists are not
   * (re)built or loaded when it is done.
   */
  async update(opts: { full?: boolean; signal?: AbortSignal; rankLists?: boolean } = {}): Promise<Pick<IndexSummary, 'ms' | 'changes'>> {
    const update = await this.bringUpToDate(opts, opts.rankLists ?? true);
    // What a large run left on this thread is returned before whatever comes next (rank lists, a review's plan) grows beside it;
    // `index()` does it once it has counted its summary.
    if (update.changes.read >= LARGE_RUN) releaseMemory();
    return update;
  }

  /** `update()`; `rankLists`: (re)build the rank lists when done, else the caller schedules them. */
  private bringUpToDate(opts: { full?: boolean; signal?: AbortSignal }, rankLists: boolean): Promise<Pick<IndexSummary, 'ms' | 'changes'>> {
    return this.exclusive(async () => {
      this.refill = false;
      const started = performance.now();
      this.progressReporter.update('scanning', 0, 0);
      this.rankListsBuilder.hold();
      let changed = false;
      try {
        const model = await this.contentModel();
        const fingerprint = modelFingerprint(model);
        // Rows judged by another model (another schema, other collections) are all judged again.
        if (opts.full || (this.writer.metaValue(MODEL_KEY) !== fingerprint && !this.writer.isEmpty())) {
          resetSchema(this.db);
          this.rowsChanged();
        }
        this.writer.setMetaValue(MODEL_KEY, fingerprint);
        const unreadableDirs: string[] = [];
        const notRegularFiles: string[] = [];
        const leftovers: string[] = [];
        // The scan is not kept in a local: at 100k files it is tens of MB, useless once planned.
        // An empty index has no stats to compare with: the parser stats files as it reads them.
        const stat = !this.writer.isEmpty();
        const content = contentPaths(model, this.root);
        const plan = await planFromScan(
          this.writer,
          await scanColumns(this.root, {
            stat,
            onError: (rel) => unreadableDirs.push(rel),
            onNotRegular: (rel) => notRegularFiles.push(rel),
            onWriteLeftover: (rel) => leftovers.push(rel),
            accept: content.entry,
            // The walk's .gitignore answers are not asked for again (see SkipRules.forget).
          }).finally(() => content.forget()),
        );
        // Temp and lock files of writes killed midway: the scan that opens the folder clears them.
        const removedLeftovers = leftovers.length > 0 ? await removeWriteLeftovers(this.root, leftovers) : [];
        opts.signal?.throwIfAborted();
        const changes = await this.run(plan, model, opts.signal);
        changed = changes.reparsed > 0 || changes.removed > 0;
        const { changedPaths: _changed, removedPaths: _removed, ...counts } = changes;
        return {
          ms: Math.round(performance.now() - started),
          changes: { ...counts, unreadableDirs, notRegularFiles: notRegularFiles.sort(), removedLeftovers },
        };
      } finally {
        this.progressReporter.update('idle', 0, 0);
        // Without rank lists asked for, they are still rebuilt when rows changed or a build was held: a later search needs current ones.
        if (rankLists || changed || this.rankListsBuilder.wasHeld()) this.scheduleRankLists();
      }
    });
  }

  private async run(plan: IndexPlan, model: ContentModel, signal?: AbortSignal): Promise<IndexChanges> {
    // Rows are about to change (worker threads commit before this thread hears of it): stop ranking from lists of the old rows.
    if (packedLength(plan.jobs) > 0 || plan.removed.length > 0) this.search.dropRankLists();
    // What loading the model and scanning left is returned by the run itself, once the workers have the plan (runInWorkers).
    const changes = await runIndex(
      {
        root: this.root,
        writer: this.writer,
        progress: this.progressReporter,
        ...(this.opts.workerPath !== undefined && { workerPath: this.opts.workerPath }),
        db: { dbPath: this.dbPath, ...this.nativeBinding() },
        ...(signal !== undefined && { signal }),
        onRowsChanged: () => this.rowsChanged(),
        model,
      },
      plan,
    );
    // Worker threads wrote through their own connections: drop anything cached from before.
    if (changes.reparsed > 0 || changes.removed > 0) this.rowsChanged();
    this.indexedModel = model;
    return changes;
  }

  /**
   * Resolves once the rank lists for the current rows are in use, or none
   * will be built (a small index), or a build failed. Queries never wait for
   * this; the benchmark and tests do.
   */
  rankListsSettled(): Promise<boolean> {
    return this.rankListsBuilder.whenSettled().then(() => this.search.hasRankLists());
  }

  /** Whether rank lists are being built (or about to be, once changes settle). */
  buildingRankLists(): boolean {
    return this.rankListsBuilder.isBusy();
  }

  /**
   * Counts committed changes to the rows. While the folder is watched every
   * change on disk is indexed, so an answer computed from the files is still
   * right as long as this number has not moved.
   */
  dataGeneration(): number {
    return this.generation;
  }

  /** Whether changes on disk are being followed (`watch()` has started). */
  isWatching(): boolean {
    return this.watcher !== undefined;
  }

  /** Drops everything computed from the rows; called after every committed change. */
  private rowsChanged(): void {
    this.generation++;
    this.cache = {};
    this.search.invalidate();
    this.quickOpen.invalidate();
  }

  /**
   * Re-indexes the given relative paths (files or folders, present or gone),
   * as the watcher reports them, and emits `changed` when something did.
   */
  async reindexPaths(relPaths: string[]): Promise<IndexChanges> {
    const result = await this.exclusive(async () => {
      this.rankListsBuilder.hold();
      try {
        const model = await this.contentModel();
        const plan = await planFromPaths(this.writer, this.root, relPaths, contentPaths(model, this.root));
        const changes = await this.run(plan, model);
        if (changes.changedPaths.length > 0 || changes.removedPaths.length > 0) {
          this.emit('changed', { changed: changes.changedPaths, removed: changes.removedPaths });
        }
        return changes;
      } finally {
        this.progressReporter.update('idle', 0, 0);
        this.scheduleRankLists();
      }
    });
    // A new index (a damaged one was replaced) holds only these paths so far: fill in the rest.
    if (this.refill) await this.index();
    return result;
  }

  /** The lists follow the rows: build them unless the ones in use are for these rows (or that build is under way). */
  private scheduleRankLists(): void {
    if (!this.closed && !this.search.hasRankLists() && this.rankListsSavedFor !== this.generation) this.rankListsBuilder.schedule(this.generation);
  }

  /** Starts watching the folder; later changes are indexed and announced by `changed`. Idempotent. */
  async watch(): Promise<void> {
    const content = contentPaths(await this.contentModel(), this.root);
    this.content ??= content;
    this.watcher ??= WorkspaceWatcher.start(this.root, (paths) => this.reindexPaths(paths), {
      skips: (relPath, directory) => !(this.content ?? content).path(relPath, directory),
      // A failed re-index of one burst must not stop watching; the next change or index run repairs it.
      onError: (error) => warnFailure('re-indexing changed files failed (the next change or index run catches up)', error),
    });
    try {
      await this.watcher;
    } catch (error) {
      this.watcher = undefined;
      throw error;
    }
  }

  status(): Omit<WorkspaceStatus, 'canOpenOther'> {
    const counts = this.counts();
    return {
      root: this.root,
      name: basename(this.root),
      progress: this.progressReporter.progress,
      files: counts.files,
      articles: counts.articles,
      invalid: counts.invalid,
      languages: Object.keys(counts.languages),
    };
  }

  /**
   * One page of the article list for a search query (`lang:uk tag:MINING words…`).
   * `status:` filters are not read here: the caller resolves them to `restrict`
   * (see services/review/status-restriction.ts).
   */
  queryArticles(input: HandlerInput<'articles.query'>, restrict?: PathRestriction): ChannelOutput<'articles.query'> {
    const parsed = parseQuery(input.query);
    const match = toFtsMatch(parsed.terms);
    const terms = searchTerms(parsed.terms);
    const notice = searchTermsNotice(terms);
    const page = this.search.search({
      filters: parsed.filters,
      match,
      terms: terms.terms,
      sort: input.sort,
      offset: input.offset,
      limit: input.limit,
      restrict,
    });
    return { ...page, warnings: parsed.warnings, ...(notice !== null && { notices: [notice] }) };
  }

  /** Facet counts among the articles matching the query. */
  facets(input: HandlerInput<'articles.facets'>, restrict?: PathRestriction): ChannelOutput<'articles.facets'> {
    const parsed = parseQuery(input.query);
    return this.search.facets(parsed.filters, toFtsMatch(parsed.terms), restrict);
  }

  /** All paths a library query selects (not a page), optionally extended to whole translation groups. */
  matchingPaths(query: string, opts: { groups: boolean }, restrict?: PathRestriction): string[] {
    const parsed = parseQuery(query);
    return this.search.paths(parsed.filters, toFtsMatch(parsed.terms), opts.groups, restrict);
  }

  /** The given paths plus every other member of their translation groups. */
  withGroups(paths: readonly string[]): string[] {
    return this.search.withGroups(paths);
  }

  /**
   * Quick open (Ctrl+P): files whose title or path contain the letters of
   * `text` in order, best first (see quick-open.ts); at most `limit`.
   */
  findArticles(text: string, limit: number): QuickOpenHit[] {
    return this.quickOpen.find(text, limit);
  }

  /** Reads one file as it is on disk now (not as indexed), with its hash and issues. */
  async readArticle(relPath: string): Promise<ChannelOutput<'article.read'>> {
    return readArticleFile(await this.resolveInside(relPath), relPath, await this.contentModel());
  }

  /** All files of one translation group and the workspace languages it lacks. */
  readGroup(collection: string, groupKey: string): ChannelOutput<'group.read'> {
    const rows = this.reports.groupMembers(collection, groupKey);
    if (rows.length === 0) {
      throw new CopydeskError('not-found', `No article of the collection ${collection} is in the translation group ${groupKey}.`);
    }
    const group = analyzeGroups(rows.map((row) => ({ ...row, collection, groupKey }))).groups[0];
    const original = group?.original ?? null;
    const present = new Set(rows.flatMap((row) => (row.lang === null ? [] : [row.lang.toLowerCase()])));
    return {
      collection,
      groupKey,
      original,
      members: rows.map((row) => ({
        path: row.path,
        lang: row.lang,
        title: row.title,
        valid: row.valid,
        isOriginal: row.path === original,
      })),
      // Languages of the group's own collection: the docs of a site need not be in every language its blog is.
      missing: this.reports
        .collectionLanguages(collection)
        .filter((lang) => !present.has(lang.toLowerCase()))
        .sort(),
    };
  }

  tags(): ChannelOutput<'tags.list'> {
    return { tags: this.reports.tagList() };
  }

  /** Categories of valid articles, each spelling apart, with counts per language (the taxonomy groups them). */
  categories(): ChannelOutput<'tags.list'>['tags'] {
    return this.reports.categoryList();
  }

  validationReport(): ChannelOutput<'validation.report'> {
    const analysis = this.analysis();
    return {
      files: this.counts().files,
      invalid: this.reports.invalidFiles(),
      orphans: analysis.orphans,
      duplicates: analysis.duplicates,
      langMismatches: analysis.langMismatches,
      missing: analysis.missing,
    };
  }

  /** The index figures, as `copydesk index --json` prints them (without `ms`). */
  indexSummary(): IndexJson {
    const counts = this.counts();
    const analysis = this.analysis();
    return {
      files: counts.files,
      articles: counts.articles,
      invalid: counts.invalid,
      languages: counts.languages,
      groups: counts.groups,
      orphans: analysis.orphans,
      duplicates: analysis.duplicates,
      tags: counts.tags,
    };
  }

  /** Every file's review facts as the index holds them (see db/review-facts.ts), by path. */
  reviewFacts(): IndexedFacts[] {
    return new ReviewFactsTable(this.db).all();
  }

  /**
   * Progress of a review checking translations the index holds no results
   * for (`checking`; idle once all are done), told like index progress.
   */
  reportChecking(done: number, total: number): void {
    this.progressReporter.update(done < total ? 'checking' : 'idle', done, total);
  }

  /** The built index worker (out/main/parse-worker.js), when there is one: reviews check translations on its threads too. */
  workerScript(): string | undefined {
    return this.opts.workerPath;
  }

  /** A hash of the files the index holds, paths and bytes (see `indexedContentHash`). */
  indexedContent(): string {
    return indexedContentHash(this.db);
  }

  /** A value the index keeps about itself (`index_meta`): gone when the index is rebuilt. */
  indexMeta(key: string): string | Buffer | undefined {
    return this.writer.metaValue(key);
  }

  setIndexMeta(key: string, value: string | Uint8Array): void {
    this.writer.setMetaValue(key, value);
  }

  /** Aborted once the workspace closes. */
  get closingSignal(): AbortSignal {
    return this.closing.signal;
  }

  /** The index file as worker threads open it (their own connections). */
  workerDb(): WorkerDb {
    return { dbPath: this.dbPath, ...this.nativeBinding() };
  }

  /** The index's stored check results of translations (see review/stored-checks.ts). */
  pairChecks(): PairChecksTable {
    return new PairChecksTable(this.db);
  }

  /**
   * Orphans, missing translations, duplicates and invalid files, counted by
   * `analyzeGroups` with the model's collections, as the review counts them.
   * On this thread (≈ 300 ms at 100k files), once per change of the rows.
   */
  analysis(): IndexAnalysis {
    if (!this.cache.analysis) {
      const { orphans, duplicates, langMismatches, missing } = analyzeGroups(this.reports.groupInputs(), { collections: collectionFacts(this.indexedModel) });
      // Only what the views read is kept: the groups hold every file's pairing facts (≈ 60 MB at 100,000 rows).
      this.cache.analysis = { orphans, duplicates, langMismatches, missing };
    }
    return this.cache.analysis;
  }

  private counts(): IndexCounts {
    this.cache.counts ??= this.reports.counts();
    return this.cache.counts;
  }

  /** Real absolute path of a workspace-relative article path; refuses anything outside the folder and any file that is not an article. */
  resolveInside(relPath: string): Promise<string> {
    return resolveArticle(this.root, relPath);
  }

  /** Stops the watcher, waits for a running index, and closes the database. */
  async close(): Promise<void> {
    if (this.closed) return;
    const watcher = this.watcher;
    this.watcher = undefined;
    if (watcher) await (await watcher).close();
    this.closed = true;
    this.closing.abort(new Error('the workspace was closed'));
    await this.rankListsBuilder.close();
    await this.pairAnalyst.close();
    await this.queue;
    this.progressReporter.dispose();
    this.db.close();
  }
}

