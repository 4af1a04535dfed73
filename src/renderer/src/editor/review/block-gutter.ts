import { RangeSet, RangeSetBuilder } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { GutterMarker, gutter } from '@codemirror/view';
import type { EditorView } from '@codemirror/view';
import { blockMarksField } from './block-marks';
import type { BlockMark } from './block-marks';

/** What a block's gutter marker says. */
function markerText(mark: BlockMark): { glyph: string; title: string; kind: string } | null {
  const notes: string[] = [];
  if (mark.state === 'missing') notes.push('No counterpart in the translation');
  if (mark.state === 'extra') notes.push('No counterpart in the original');
  if (mark.changed) notes.push('Changed in the original since the translation was approved');
  if (notes.length === 0) return null;
  const glyph = mark.state === 'missing' ? '−' : mark.state === 'extra' ? '+' : '●';
  return { glyph, title: notes.join('. '), kind: mark.state !== 'match' ? mark.state : 'changed' };
}

class BlockMarker extends GutterMarker {
  constructor(
    readonly glyph: string,
    readonly title: string,
    readonly kind: string,
  ) {
    super();
  }

  override eq(other: BlockMarker): boolean {
    return other.glyph === this.glyph && other.title === this.title && other.kind === this.kind;
  }

  override toDOM(): Node {
    const span = document.createElement('span');
    span.className = `cm-review-marker cm-review-marker--${this.kind}`;
    span.textContent = this.glyph;
    span.title = this.title;
    span.setAttribute('aria-label', this.title);
    return span;
  }
}

/**
 * A narrow gutter with a marker on the first line of every block that has no
 * counterpart (− in the original, + in the translation) or changed since
 * approval (●); hovering it says which.
 */
export function blockGutter(): Extension {
  return gutter({
    class: 'cm-review-gutter',
    markers: (view: EditorView) => {
      const { marks } = view.state.field(blockMarksField);
      if (marks.length === 0) return RangeSet.empty;
      const builder = new RangeSetBuilder<GutterMarker>();
      let lastLine = -1;
      for (const mark of marks) {
        const text = markerText(mark);
        if (!text) continue;
        const line = view.state.doc.lineAt(mark.from);
        if (line.number === lastLine) continue;
        lastLine = line.number;
        builder.add(line.from, line.from, new BlockMarker(text.glyph, text.title, text.kind));
      }
      return builder.finish();
    },
    initialSpacer: () => new BlockMarker('●', '', 'spacer'),
  });
}
