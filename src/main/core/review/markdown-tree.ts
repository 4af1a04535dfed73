import { Autolink, GFM, parser, type InlineContext, type InlineParser, type MarkdownConfig } from '@lezer/markdown';
import type { Tree } from '@lezer/common';

/**
 * Where the last run of spaces that is not a hard break ended, per inline
 * section: every position inside that run gives the same answer.
 */
const spaceRunEnds = new WeakMap<InlineContext, number>();

/**
 * `@lezer/markdown`'s own HardBreak parser (1.8) scans the rest of a run of
 * spaces from every space of the run, so a line of 100,000 spaces between
 * two words took over a minute to parse. This one answers exactly as it
 * does (`\` or two or more spaces before a line break) and scans each run once.
 */
const linearHardBreak: MarkdownConfig = {
  parseInline: [
    {
      name: 'HardBreak',
      parse(cx, next, start) {
        if (next === 92 /* \ */ && cx.char(start + 1) === 10) return cx.addElement(cx.elt('HardBreak', start, start + 2));
        if (next !== 32 || start < (spaceRunEnds.get(cx) ?? -1)) return -1;
        let pos = start + 1;
        while (cx.char(pos) === 32) pos++;
        if (cx.char(pos) === 10 && pos >= start + 2) return cx.addElement(cx.elt('HardBreak', start, pos + 1));
        spaceRunEnds.set(cx, pos);
        return -1;
      },
    },
  ],
};

const gfmAutolink = Autolink.parseInline?.[0] as InlineParser;

/** The inline section last asked about, and whether it holds what every GFM autolink needs. */
let autolinkSection: { cx: InlineContext; possible: boolean } | null = null;

/**
 * GFM's Autolink parser, asked only where it can answer: it runs at every
 * character of every paragraph a regular expression for the character before
 * and, at each word, one that scans up to 100 characters for an `@`. Every
 * autolink it finds starts with a character of `[\w.+-]` and holds `www.`,
 * `http://`, `https://`, `@`, `mailto:` or `xmpp:`; a section without any of
 * these gets -1 from it everywhere, so it is not asked. The tree is the same.
 */
const quickAutolink: MarkdownConfig = {
  parseInline: [
    {
      name: 'Autolink',
      parse(cx, next, pos) {
        const word = (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95 || next === 46 || next === 43 || next === 45;
        if (!word) return -1;
        return autolinkPossible(cx) ? gfmAutolink.parse(cx, next, pos) : -1;
      },
    },
  ],
};

/** Whether an inline section holds what every GFM autolink needs. */
function autolinkPossible(cx: InlineContext): boolean {
  // One section is parsed at a time, start to end: one remembered answer serves all its characters.
  if (autolinkSection?.cx !== cx) autolinkSection = { cx, possible: /www\.|https?:\/\/|@|mailto:|xmpp:/.test(cx.text) };
  return autolinkSection.possible;
}

const isAsciiWord = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * Plain text skipped in runs. The inline loop offers every position to all
 * eleven inline parsers, and each declines all but its own ASCII
 * characters (`\\ & \` < _ * ~ space [ ! ]`, and the autolinker `[\w.+-]`).
 * Asked last, when all have declined a position, this one passes over the
 * characters after it that all would decline too: any beyond ASCII, and
 * ASCII letters and digits where the autolinker declines them (the section
 * cannot hold an autolink, or the character before is `\w`: an autolink
 * starts a word). The tree is the same.
 */
const plainRuns: MarkdownConfig = {
  parseInline: [
    {
      name: 'PlainRun',
      after: 'LinkEnd',
      parse(cx, _next, pos) {
        const possible = autolinkPossible(cx);
        let end = pos + 1;
        for (let code = cx.char(end); end < cx.end; code = cx.char(++end)) {
          const letterOrDigit = code >= 48 && code <= 122 && isAsciiWord(code) && code !== 95;
          if (!(code >= 0x80 || (letterOrDigit && (!possible || isAsciiWord(cx.char(end - 1)))))) break;
        }
        return end > pos + 1 ? end : -1;
      },
    },
  ],
};

/**
 * Why `@lezer/markdown` and not a line scanner: it is CommonMark + GFM
 * (setext headings, lazy continuation lines, nested lists, fences inside
 * lists, tables), it is the parser CodeMirror's markdown mode runs, so block
 * offsets agree with the editor's, and it is pure JS. Measured on this
 * machine: ~0.8 ms for a 3.5 kB article, ~0.4 s for a 1.5 MB body.
 */
const markdown = parser.configure([GFM, linearHardBreak, quickAutolink, plainRuns]);

/** Parses a Markdown body (no frontmatter) into a lezer syntax tree. */
export function parseMarkdown(body: string): Tree {
  return markdown.parse(body);
}
