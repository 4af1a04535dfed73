import { syntaxTree } from '@codemirror/language';
import { Compartment, RangeSetBuilder } from '@codemirror/state';
import type { EditorState, Extension, StateEffect } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin } from '@codemirror/view';
import type { DecorationSet, ViewUpdate } from '@codemirror/view';
import { frontmatterEnd } from './frontmatter-range';

/** Markdown syntax whose text is not prose: code, URLs, raw HTML. */
const NOT_PROSE = new Set(['FencedCode', 'CodeBlock', 'InlineCode', 'URL', 'Autolink', 'HTMLBlock', 'HTMLTag', 'CommentBlock', 'Comment', 'ProcessingInstructionBlock']);

const language = new Compartment();

function languageAttributes(lang: string | null): Extension {
  // CodeMirror turns spell checking off by default; prose is what this editor holds.
  return EditorView.contentAttributes.of({ spellcheck: 'true', autocorrect: 'off', autocapitalize: 'off', ...(lang ? { lang } : {}) });
}

/**
 * The ranges between `from` and `to` that spell checking must skip: the
 * YAML frontmatter (keys, dates, URLs — its prose fields are checked in the
 * form) and code, URLs and HTML in the body. Sorted, not overlapping.
 */
export function nonProseRanges(state: EditorState, from: number, to: number): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  const end = frontmatterEnd(state.doc) ?? 0;
  if (end > from) ranges.push({ from, to: Math.min(end, to) });
  const start = Math.max(from, end);
  if (start >= to) return ranges;
  syntaxTree(state).iterate({
    from: start,
    to,
    enter: (node) => {
      if (!NOT_PROSE.has(node.name)) return true;
      const range = { from: Math.max(node.from, start), to: Math.min(node.to, to) };
      const last = ranges[ranges.length - 1];
      if (range.to > range.from && !(last && range.from < last.to)) ranges.push(range);
      return false;
    },
  });
  return ranges;
}

const noSpellcheck = Decoration.mark({ attributes: { spellcheck: 'false' } });

function decorations(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const visible of view.visibleRanges) {
    for (const range of nonProseRanges(view.state, visible.from, visible.to)) builder.add(range.from, range.to, noSpellcheck);
  }
  return builder.finish();
}

/** Marks non-prose text `spellcheck="false"`, for the visible part of the document only. */
const nonProseMarks = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorations(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged || syntaxTree(update.state) !== syntaxTree(update.startState)) this.decorations = decorations(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/**
 * Spell checking for an article editor: on for the text, in the article's
 * language (`lang`, which the browser's or Electron's checker follows), off
 * for the frontmatter, code, URLs and HTML.
 */
export function spellcheck(lang: string | null): Extension {
  return [language.of(languageAttributes(lang)), nonProseMarks];
}

/** The effect that changes the language of an editor set up with `spellcheck`. */
export function setSpellcheckLanguage(lang: string | null): StateEffect<unknown> {
  return language.reconfigure(languageAttributes(lang));
}
