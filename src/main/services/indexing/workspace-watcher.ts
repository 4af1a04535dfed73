import watcher, { type AsyncSubscription, type Event } from '@parcel/watcher';
import { relative, sep } from 'node:path';
import { isMarkdownPath } from '@shared/paths/lang-from-path';
import { isIgnoredDirName, isInIgnoredDir } from './scan-workspace';

export interface WorkspaceWatcherOptions {
  /** Quiet time before a burst of events is handled. */
  debounceMs?: number;
  /** Called for errors the watcher reports or `onChange` throws; the watcher keeps going. */
  onError?: (error: unknown) => void;
  /**
   * Paths that are not content (the content model's filter: build output,
   * .gitignore'd, the config's ignore globs, in no collection): their events
   * are dropped. `directory` is a guess: true for a name that is not Markdown.
   */
  skips?: (relPath: string, directory: boolean) => boolean;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Watches a workspace folder and hands batches of changed relative paths to
 * `onChange`, one batch at a time, after `debounceMs` of quiet. Changes to
 * node_modules and dot-folders are ignored, and so are those `skips` names.
 */
export class WorkspaceWatcher {
  private subscription: AsyncSubscription | undefined;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly debounceMs: number;

  private constructor(
    private readonly root: string,
    private readonly onChange: (relPaths: string[]) => Promise<unknown>,
    private readonly opts: WorkspaceWatcherOptions,
  ) {
    this.debounceMs = opts.debounceMs ?? 100;
  }

  /** Starts watching `root` (a real path); resolves once the native watcher is subscribed. */
  static async start(
    root: string,
    onChange: (relPaths: string[]) => Promise<unknown>,
    opts: WorkspaceWatcherOptions = {},
  ): Promise<WorkspaceWatcher> {
    const instance = new WorkspaceWatcher(root, onChange, opts);
    // The native matcher tests absolute paths; anchor at the root so a dot-folder above it does not count.
    const ignored = new RegExp(`^${escapeRegExp(root)}[\\\\/](?:.*[\\\\/])?(?:node_modules|\\.[^\\\\/]*)(?:[\\\\/]|$)`);
    instance.subscription = await watcher.subscribe(root, (error, events) => instance.receive(error, events), {
      ignore: [ignored],
    });
    return instance;
  }

  private receive(error: Error | null, events: Event[]): void {
    if (this.closed) return;
    if (error) this.opts.onError?.(error);
    for (const event of events) {
      const rel = relative(this.root, event.path).split(sep).join('/');
      if (rel === '' || rel.startsWith('../') || isInIgnoredDir(rel)) continue;
      const name = rel.slice(rel.lastIndexOf('/') + 1);
      // Non-Markdown names may be folders (created, deleted or renamed), so they are kept too.
      if (!isMarkdownPath(name) && isIgnoredDirName(name)) continue;
      if (this.opts.skips?.(rel, !isMarkdownPath(name))) continue;
      this.pending.add(rel);
    }
    if (this.pending.size === 0) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  private flush(): void {
    this.timer = undefined;
    const paths = [...this.pending];
    this.pending.clear();
    this.running = this.running.then(async () => {
      if (this.closed) return;
      try {
        await this.onChange(paths);
      } catch (error) {
        this.opts.onError?.(error);
      }
    });
  }

  /** Stops watching and waits for a batch in progress to finish. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    await this.subscription?.unsubscribe();
    await this.running;
  }
}
