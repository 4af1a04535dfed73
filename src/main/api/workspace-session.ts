import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CopydeskError } from '@shared/errors';
import type { ChildRuntime } from '../services/content-model';
import { workspaceReview } from '../services/review';
import { Workspace, type WorkspaceOptions } from '../services/workspace';
import { createEventHub, type EventHub } from './event-hub';
import type { ServeLogger } from './serve';
import { warmReadPath } from './warm-read-path';

/** How a host (Electron shell, `copydesk serve`, tests) opens workspaces. */
export interface SessionOptions {
  /** Index file for a root; undefined → the workspace's default (app data folder). */
  dbPathFor?: (root: string) => string | undefined;
  /**
   * Whether a folder's own code (its Astro content config) may run to build
   * its content model; undefined → not trusted.
   */
  trusted?: (root: string) => boolean;
  /** The runtime that evaluates a trusted folder's content config (the Electron shell passes itself as Node). */
  modelRuntime?: ChildRuntime;
  /** Built parse worker beside the bundle; undefined → the workspace's default. */
  workerPath?: string;
  /** Electron-ABI better-sqlite3 binary; undefined under plain Node. */
  nativeBinding?: string;
  /** Start the file watcher after the first index (off for one-shot CLI commands). */
  watch?: boolean;
  /** When the search's rank lists are built; undefined → the workspace's defaults (from 20,000 articles). */
  rankLists?: WorkspaceOptions['rankLists'];
  /** Whether clients of this session may switch folders (reported in `workspace.opened`). */
  canOpenOther?: boolean;
  /** Called after a folder opened, e.g. to remember it in recent folders. */
  onOpened?: (root: string) => void;
  log?: ServeLogger;
}

/**
 * Holds the one open workspace of a process: opens and closes it, indexes it
 * in the background, starts the watcher, and forwards its events to `events`
 * so transports subscribe once and survive a change of folder.
 */
export class WorkspaceSession {
  readonly events: EventHub = createEventHub();
  private ws: Workspace | null = null;
  private detach: Array<() => void> = [];
  private indexing: Promise<void> = Promise.resolve();
  private abortIndexing: AbortController | null = null;

  constructor(private readonly options: SessionOptions = {}) {}

  current(): Workspace | null {
    return this.ws;
  }

  /** Opens `root`, closing the previous workspace; indexing continues in the background. */
  async open(root: string): Promise<Workspace> {
    const absolute = resolve(root);
    const info = await stat(absolute).catch(() => null);
    if (!info?.isDirectory()) {
      throw new CopydeskError('not-found', `Folder not found: ${absolute}. Choose an existing folder of Markdown articles.`, { path: absolute });
    }
    await this.close();

    const { dbPathFor, workerPath, nativeBinding, trusted, modelRuntime, rankLists } = this.options;
    const dbPath = dbPathFor?.(absolute);
    const ws = await Workspace.open({
      root: absolute,
      trusted: trusted?.(absolute) ?? false,
      ...(dbPath !== undefined && { dbPath }),
      ...(workerPath !== undefined && { workerPath }),
      ...(nativeBinding !== undefined && { nativeBinding }),
      ...(modelRuntime !== undefined && { modelRuntime }),
      ...(rankLists !== undefined && { rankLists }),
      // Once per rebuild of a damaged index, to every client (the window, `copydesk serve`'s console and page).
      onIndexRecovered: (notice) => this.events.emit('index.recovered', notice),
    });
    this.ws = ws;
    this.detach = [
      ws.on('progress', (p) => this.events.emit('index.progress', p)),
      ws.on('changed', (change) => this.events.emit('workspace.changed', change)),
    ];
    this.indexing = this.indexInBackground(ws);
    this.events.emit('workspace.opened', { ...ws.status(), canOpenOther: this.options.canOpenOther ?? false });
    this.options.onOpened?.(absolute);
    return ws;
  }

  /**
   * Trusts the open folder (or stops): its content model is loaded again
   * with the new trust before this resolves, then every file is judged by it
   * in the background (progress events show it, `whenIndexed` waits for it).
   */
  async setTrusted(trusted: boolean): Promise<void> {
    const ws = this.ws;
    if (!ws) return;
    const changed = ws.trusted !== trusted;
    await ws.setTrusted(trusted);
    if (changed && this.ws === ws) {
      // After the index already under way (its rows were judged by the old model), not instead of it.
      const previous = this.indexing;
      this.indexing = previous.then(() => (this.ws === ws ? this.indexInBackground(ws) : undefined));
    }
  }

  /** Resolves when the background index started by the last `open` (or `setTrusted`) has finished (or failed). */
  whenIndexed(): Promise<void> {
    return this.indexing;
  }

  async close(): Promise<void> {
    for (const off of this.detach) off();
    this.detach = [];
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      this.abortIndexing?.abort();
      await this.indexing;
      await ws.close();
    }
  }

  private async indexInBackground(ws: Workspace): Promise<void> {
    const controller = new AbortController();
    this.abortIndexing = controller;
    try {
      // A session that stays open reviews first, then loads the search's rank lists (≈ 36 MB at 100k): both at once
      // added their memory. Searches rank through SQLite meanwhile; rows that changed start a build at once as before.
      const reviewsFirst = this.options.watch !== false;
      await ws.index({ signal: controller.signal, rankLists: !reviewsFirst });
      if (reviewsFirst && this.ws === ws) {
        await ws.watch();
        // A session that stays open will show pairs: ready the read path now, and their analysis worker once the first
        // review is done (a pair opened before then starts it): its thread (≈ 40 MB) beside the review's plan added to the
        // peak. Neither holds up `whenIndexed`: the index is done.
        void warmReadPath(ws);
        // The translations' checks the index lacks are computed now (with progress), so the Review tab opens on stored results.
        void workspaceReview(ws, {})
          .catch(() => undefined)
          .then(() => {
            if (this.ws !== ws) return;
            ws.loadRankLists();
            ws.pairAnalyst.prepare();
          });
      }
    } catch (error) {
      // Without the review that would have loaded them (watching failed), the lists load now.
      if (this.ws === ws) ws.loadRankLists();
      if (controller.signal.aborted) return;
      (this.options.log ?? ((m, e) => console.error(`[copydesk] ${m}`, e)))(`indexing ${ws.status().root} failed`, error);
    }
  }
}
