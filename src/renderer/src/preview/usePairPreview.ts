import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { blockMarksField, scrollAnchors } from '../editor/review';
import type { PairEditors } from '../review/pair-editors';
import { useSetting } from '../hooks/useSetting';
import { asPaneMode, isPreviewBothKey } from './PreviewToggle';
import type { PaneMode } from './PreviewToggle';
import { PreviewScrollSync } from './preview-scroll-sync';
import type { LineAnchor, PreviewSide } from './preview-scroll-sync';

/** The review's aligned blocks as file lines, from the block marks in the two editors (kept in place through edits). */
function lineAnchors(editors: PairEditors): LineAnchor[] {
  const source = editors.view('source');
  const target = editors.view('target');
  if (!source || !target) return [];
  const anchors = scrollAnchors(source.state.field(blockMarksField).marks, target.state.field(blockMarksField).marks);
  const lines = (doc: typeof source.state.doc, range: { from: number; to: number }) => ({
    from: doc.lineAt(Math.min(range.from, doc.length)).number,
    to: doc.lineAt(Math.min(range.to, doc.length)).number,
  });
  // The first anchor is the two frontmatters: the previews' headers stand for them.
  return anchors.slice(1).map((anchor) => ({ source: lines(source.state.doc, anchor.source), target: lines(target.state.doc, anchor.target) }));
}

/**
 * Source, preview or split for each pane of the pair, switching one or both,
 * and the scroll sync between the two previews when both show. Each side's
 * mode is remembered (the next article opens the way the last one was read).
 */
export function usePairPreview(editors: PairEditors) {
  const [sourceMode, setSourceMode] = useSetting('preview.mode.source', 'source');
  const [targetMode, setTargetMode] = useSetting('preview.mode.target', 'source');
  const modes = useMemo<Record<PreviewSide, PaneMode>>(() => ({ source: asPaneMode(sourceMode), target: asPaneMode(targetMode) }), [sourceMode, targetMode]);
  const [sync] = useState(() => new PreviewScrollSync(() => lineAnchors(editors)));
  useEffect(() => () => sync.destroy(), [sync]);

  /** Shows `mode` on `side`, or the source again when it already shows it. */
  const toggle = useCallback(
    (side: PreviewSide, mode: 'preview' | 'split' = 'preview') => {
      const next = modes[side] === mode ? 'source' : mode;
      if (side === 'source') setSourceMode(next);
      else setTargetMode(next);
    },
    [modes, setSourceMode, setTargetMode],
  );
  const both = modes.source === 'preview' && modes.target === 'preview';
  const toggleBoth = useCallback(() => {
    const next: PaneMode = both ? 'source' : 'preview';
    setSourceMode(next);
    setTargetMode(next);
  }, [both, setSourceMode, setTargetMode]);
  const scrollerRefs = useMemo(
    () => ({
      source: (element: HTMLElement | null) => sync.attach('source', element),
      target: (element: HTMLElement | null) => sync.attach('target', element),
    }),
    [sync],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!isPreviewBothKey(event.nativeEvent)) return;
      event.preventDefault();
      toggleBoth();
    },
    [toggleBoth],
  );
  return { modes, toggle, both, toggleBoth, scrollerRefs, onKeyDown };
}
