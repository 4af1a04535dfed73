import { BlockRenderer } from './block-renderer';
import type { PreviewBlock } from './render-markdown';
import type { RenderRequest, RenderResponse } from './render-messages';

/** Up to this size the preview follows every keystroke; above, it renders when typing pauses. */
export const FOLLOW_TYPING_MAX_CHARS = 64 * 1024;
/** Quiet time before a large article is rendered again. */
export const PAUSE_MS = 400;


/** The text to render and the document version it is. */
export interface PreviewSource {
  body: string;
  mdx: boolean;
  /** File line of the body's first line. */
  firstLine: number;
  version: number;
}

export interface RenderedPreview {
  blocks: PreviewBlock[];
  /** The document version these blocks show. */
  version: number;
  /** Why the text could not be rendered (null when it was). */
  error: string | null;
}

/**
 * Decides when and where a pane's preview is rendered: in a worker when the
 * page can start one (the main thread otherwise), at most one render at a
 * time and always of the latest text. Up to 64 KB the preview follows each
 * keystroke (as soon as the previous render is done); larger articles render
 * after a pause. The worker keeps a `BlockRenderer`, so a keystroke parses
 * one chunk. Small articles stay in the worker too: rendering them on the
 * page measured no faster (bench:editor, 8 KB: p95 24–25 ms in the worker,
 * 26–27 ms on the page) and would hold the page for their first render.
 */
export class PreviewScheduler {
  private worker: Worker | null = null;
  private workerFailed = false;
  private busy: RenderRequest | null = null;
  private pending: PreviewSource | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private task: ReturnType<typeof setTimeout> | null = null;
  private readonly local = new BlockRenderer();
  private nextId = 1;
  private destroyed = false;
  private versions = new Map<number, number>();

  constructor(private readonly onRendered: (result: RenderedPreview) => void) {}

  /** A new text to show; renders now or after a pause, depending on its size. */
  update(source: PreviewSource, { immediate = false }: { immediate?: boolean } = {}): void {
    if (this.destroyed) return;
    this.pending = source;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (immediate || source.body.length <= FOLLOW_TYPING_MAX_CHARS) this.pump();
    else this.timer = setTimeout(() => this.pump(), PAUSE_MS);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.task !== null) clearTimeout(this.task);
    this.worker?.terminate();
    this.worker = null;
  }

  private pump(): void {
    if (this.busy || !this.pending || this.destroyed) return;
    const source = this.pending;
    this.pending = null;
    const request: RenderRequest = { id: this.nextId++, body: source.body, mdx: source.mdx, firstLine: source.firstLine };
    this.versions.set(request.id, source.version);
    this.busy = request;
    const worker = this.startWorker();
    if (worker) {
      worker.postMessage(request);
      return;
    }
    // No worker: on the page, in a task of its own, after the keystroke's own work (the editor's update) is done.
    this.task = setTimeout(() => {
      this.task = null;
      let response: RenderResponse;
      try {
        response = { id: request.id, ok: true, blocks: this.local.render(request.body, request) };
      } catch (error) {
        response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      this.finish(response);
    }, 0);
  }

  private finish(response: RenderResponse): void {
    if (this.destroyed || response.id !== this.busy?.id) return;
    this.busy = null;
    const version = this.versions.get(response.id) ?? 0;
    this.versions.delete(response.id);
    this.onRendered(response.ok ? { blocks: response.blocks, version, error: null } : { blocks: [], version, error: response.message });
    this.pump();
  }

  private startWorker(): Worker | null {
    if (this.worker || this.workerFailed) return this.worker;
    if (typeof Worker === 'undefined') {
      this.workerFailed = true;
      return null;
    }
    try {
      const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module', name: 'copydesk-preview' });
      worker.onmessage = (event: MessageEvent<RenderResponse>) => this.finish(event.data);
      worker.onerror = (event) => {
        // A worker that cannot load (a page origin that refuses module workers) leaves the main thread to do it.
        event.preventDefault();
        this.workerFailed = true;
        worker.terminate();
        this.worker = null;
        const lost = this.busy;
        this.busy = null;
        if (lost) {
          const version = this.versions.get(lost.id) ?? 0;
          this.pending ??= { body: lost.body, mdx: lost.mdx, firstLine: lost.firstLine, version };
        }
        this.pump();
      };
      this.worker = worker;
      return worker;
    } catch {
      this.workerFailed = true;
      return null;
    }
  }
}
