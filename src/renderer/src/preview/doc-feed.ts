import type { Extension } from '@codemirror/state';
import { ViewPlugin } from '@codemirror/view';
import type { EditorView } from '@codemirror/view';

/**
 * Tells a pane's preview about its editor: which view it is and when its
 * document changed. One per pane; its `extension` goes into the editor.
 * Costs one function call per transaction while nobody listens.
 */
export class DocFeed {
  readonly extension: Extension;
  private current: EditorView | null = null;
  private readonly listeners = new Set<(view: EditorView | null) => void>();

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the plugin class below needs the feed, not itself
    const feed = this;
    this.extension = ViewPlugin.define((view) => {
      feed.current = view;
      feed.notify(view);
      return {
        update(update) {
          if (update.docChanged) feed.notify(update.view);
        },
        destroy() {
          if (feed.current === view) feed.current = null;
          feed.notify(null);
        },
      };
    });
  }

  /** The editor, once built. */
  view(): EditorView | null {
    return this.current;
  }

  /** Calls `listener` with the view when it is built, its document changes or it goes (null); returns the unsubscribe. */
  subscribe(listener: (view: EditorView | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(view: EditorView | null): void {
    for (const listener of this.listeners) listener(view);
  }
}
