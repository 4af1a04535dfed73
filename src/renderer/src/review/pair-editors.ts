import type { EditorView } from '@codemirror/view';
import { EditorView as View } from '@codemirror/view';
import type { ChannelOutput } from '@shared/ipc/contract';
import { blockMarksField, followScroll, reviewPane, scrollAnchors, setBlockMarks, setCounterpartBlock } from '../editor/review';
import type { BlockMark } from '../editor/review';
import type { Extension } from '@codemirror/state';
import { isDirty } from '../editor';
import type { PaneBase } from '../pair/usePaneEditor';
import { fileToEditorOffsets } from './lib/editor-offsets';
import { pairBlocks } from './lib/pair-blocks';
import type { ReviewSide } from './lib/pair-blocks';

type Pair = ChannelOutput<'review.pair'>;

/** Quiet time after an edit or reload before the marks are re-checked against the pair. */
const RECHECK_MS = 300;

/** Keys that move through the text: pressing one in a pane makes it the one that leads. */
const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

/**
 * The two editors of the pair as the review drives them: puts each side's
 * block marks in its view (when the view holds the text the alignment was
 * computed on), highlights the counterpart of the block under the cursor,
 * and follows scrolling from one pane in the other. Not React: the pair
 * view's hook owns one and feeds it the latest pair.
 */
export class PairEditors {
  readonly extensions: Record<ReviewSide, Extension>;
  private readonly views: Record<ReviewSide, EditorView | null> = { source: null, target: null };
  private readonly scrollHandlers = new Map<EditorView, () => void>();
  private pair: Pair | null = null;
  private syncScroll = false;
  private recheck: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(side: ReviewSide) => void>();
  /**
   * The side the person scrolled or moved in last (wheel, pointer, touch,
   * movement keys). It stays put and the other follows, also when a fold, a
   * panel or a resize makes the browser move a scroll position by itself.
   */
  private leader: ReviewSide = 'source';
  private relayout: number | null = null;
  private readonly inputHandlers = new Map<EditorView, { lead: () => void; key: (event: KeyboardEvent) => void }>();

  /** @param baseOf the disk version a side's editor is based on (its pane knows), null without a pane. */
  constructor(private readonly baseOf: (side: ReviewSide) => PaneBase | null) {
    this.extensions = { source: this.paneExtension('source'), target: this.paneExtension('target') };
  }

  /** The review data the marks come from (null clears them). */
  setPair(pair: Pair | null): void {
    this.pair = pair;
    this.applyMarks();
  }

  /** The editor of a side, once built. */
  view(side: ReviewSide): EditorView | null {
    return this.views[side];
  }

  /** Calls `listener` when a side's editor is built or destroyed; returns the unsubscribe function. */
  subscribe(listener: (side: ReviewSide) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setSyncScroll(on: boolean): void {
    this.syncScroll = on;
    const source = this.views.source;
    if (on && source) this.follow(this.leader, true);
  }

  /** Scrolls a side's view to the block at `index` and puts the cursor there. */
  revealBlock(side: ReviewSide, index: number): void {
    const view = this.views[side];
    const mark = view?.state.field(blockMarksField, false)?.marks[index];
    if (!view || !mark) return;
    view.dispatch({ selection: { anchor: mark.from }, effects: View.scrollIntoView(mark.from, { y: 'center' }) });
  }

  /** Stops a pending re-check; scroll listeners go with their views (detach). */
  destroy(): void {
    if (this.recheck) clearTimeout(this.recheck);
    this.recheck = null;
    if (this.relayout !== null) cancelAnimationFrame(this.relayout);
    this.relayout = null;
  }

  private paneExtension(side: ReviewSide): Extension {
    return [
      reviewPane({
        onAttach: (view) => this.attach(side, view),
        onDetach: (view) => this.detach(side, view),
        onBlockFocus: (index, view) => this.onBlockFocus(side, index, view),
      }),
      View.updateListener.of((update) => {
        // Folding or unfolding (the frontmatter, a block), a panel opening above the editor or a
        // pane resizing moves text without a scroll event: level the panes again, once per frame.
        if (this.syncScroll && (update.heightChanged || update.geometryChanged)) this.scheduleRelayout();
        if (!update.docChanged) return;
        if (this.recheck) clearTimeout(this.recheck);
        this.recheck = setTimeout(() => this.applyMarks(), RECHECK_MS);
      }),
    ];
  }

  private attach(side: ReviewSide, view: EditorView): void {
    this.views[side] = view;
    const handler = (): void => {
      if (!this.syncScroll) return;
      // The leader's scroll moves the other side; any other scroll (an echo, a clamp after a fold) re-levels from the leader.
      if (side === this.leader) requestAnimationFrame(() => this.follow(side, true));
      else this.scheduleRelayout();
    };
    const lead = (): void => {
      this.leader = side;
    };
    const key = (event: KeyboardEvent): void => {
      if (MOVE_KEYS.has(event.key)) lead();
    };
    view.scrollDOM.addEventListener('scroll', handler, { passive: true });
    for (const type of ['wheel', 'pointerdown', 'touchstart'] as const) view.scrollDOM.addEventListener(type, lead, { passive: true });
    view.dom.addEventListener('keydown', key);
    this.scrollHandlers.set(view, handler);
    this.inputHandlers.set(view, { lead, key });
    this.applyMarks();
    for (const listener of this.listeners) listener(side);
  }

  private detach(side: ReviewSide, view: EditorView): void {
    if (this.views[side] === view) this.views[side] = null;
    const handler = this.scrollHandlers.get(view);
    if (handler) view.scrollDOM.removeEventListener('scroll', handler);
    this.scrollHandlers.delete(view);
    const input = this.inputHandlers.get(view);
    if (input) {
      for (const type of ['wheel', 'pointerdown', 'touchstart'] as const) view.scrollDOM.removeEventListener(type, input.lead);
      view.dom.removeEventListener('keydown', input.key);
    }
    this.inputHandlers.delete(view);
    for (const listener of this.listeners) listener(side);
  }

  /** Puts the pair's marks into each view whose text is the one the pair was computed on; leaves edited views alone. */
  private applyMarks(): void {
    const pair = this.pair;
    const blocks = pair ? pairBlocks(pair) : null;
    for (const side of ['source', 'target'] as const) {
      const view = this.views[side];
      if (!view) continue;
      const file = side === 'source' ? pair?.source : pair?.translation;
      if (!blocks || !file) {
        if (view.state.field(blockMarksField).marks.length > 0) view.dispatch({ effects: setBlockMarks.of(null) });
        continue;
      }
      // Only a view that holds exactly the analysed file gets its marks.
      const base = this.baseOf(side);
      if (!base || base.hash !== file.hash || isDirty(view.state)) continue;
      const toEditor = fileToEditorOffsets(view.state.doc, base.lineBreak);
      const marks: BlockMark[] = blocks[side].map((block) => ({ ...block, from: toEditor(block.from), to: toEditor(block.to) }));
      const current = view.state.field(blockMarksField).marks;
      if (sameMarks(current, marks)) continue;
      view.dispatch({ effects: setBlockMarks.of(marks) });
    }
  }

  private onBlockFocus(side: ReviewSide, index: number | null, view: EditorView): void {
    const other = this.views[side === 'source' ? 'target' : 'source'];
    const own = view.state.field(blockMarksField);
    // The pane the user is in shows no counterpart highlight of its own.
    if (own.counterpart !== null) view.dispatch({ effects: setCounterpartBlock.of(null) });
    if (!other) return;
    const counterpart = index === null ? null : (own.marks[index]?.counterpart ?? null);
    const target = counterpart === null ? undefined : other.state.field(blockMarksField).marks[counterpart];
    other.dispatch({
      effects: [setCounterpartBlock.of(target ? counterpart : null), ...(target ? [View.scrollIntoView(target.from, { y: 'nearest', yMargin: 40 })] : [])],
    });
  }

  /** Levels the panes again from the leader, once per frame. */
  private scheduleRelayout(): void {
    if (this.relayout !== null) return;
    this.relayout = requestAnimationFrame(() => {
      this.relayout = null;
      // The leader's own scroll position may be the echo of one set here; it still leads.
      this.follow(this.leader, true);
    });
  }

  /** Levels the other side with `side`; false when `side`'s scroll was the echo of one set here. */
  private follow(side: ReviewSide, force = false): boolean {
    const from = this.views[side];
    const to = this.views[side === 'source' ? 'target' : 'source'];
    const source = this.views.source;
    const target = this.views.target;
    if (!from || !to || !source || !target) return false;
    const anchors = scrollAnchors(source.state.field(blockMarksField).marks, target.state.field(blockMarksField).marks);
    return anchors.length > 0 ? followScroll(from, to, anchors, side, force) : false;
  }
}

function sameMarks(a: readonly BlockMark[], b: readonly BlockMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i];
      return n !== undefined && m.from === n.from && m.to === n.to && m.counterpart === n.counterpart && m.state === n.state && m.changed === n.changed;
    })
  );
}
