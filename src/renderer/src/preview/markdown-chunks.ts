/** A run of top-level Markdown blocks that renders the same alone as within its text. */
export interface MarkdownChunk {
  /** The chunk's lines, without the blank lines after it. */
  text: string;
  /** 1-based line of the body where it starts. */
  line: number;
}

/** A link reference definition or footnote definition (`[id]: url`, `[^note]: text`): it changes blocks elsewhere. */
const DEFINITION = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:/m;
const BLANK = /^[ \t]*$/;
/** A fence opener: up to three spaces, then three or more backticks (info without backticks) or tildes. */
const FENCE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
/** An indented line may continue the block above it across a blank line (a list item's text, indented code). */
const INDENTED = /^[ \t]/;
/** A list item's marker: after a blank line inside a list, it continues the list (a loose list). */
const MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** HTML blocks whose end is a marker, not a blank line (CommonMark's kinds 1–5), with that marker. */
const HTML_UNTIL: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*?(\/?)>/g;
const CODE_SPAN = /`[^`\n]*`/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Splits a Markdown body into chunks that can be rendered one by one: a
 * chunk ends at a blank line only where no construct can go on past it —
 * not inside a fenced code block or a comment/`<script>`/`<pre>`-like HTML
 * block, not before an indented line (an indented code block or a list
 * item's text goes on) or, inside a list, before an item (a loose list), not while an HTML element opened in the chunk is
 * still open (rehype-raw would nest what follows in it). Erring means
 * bigger chunks, never different output. Null when the text has link
 * reference or footnote definitions: they change blocks anywhere, so only
 * the whole text renders right.
 */
export function splitChunks(body: string): MarkdownChunk[] | null {
  if (DEFINITION.test(body)) return null;
  const lines = body.split('\n');
  const chunks: MarkdownChunk[] = [];
  const open = new Map<string, number>();
  let openCount = 0;
  let start = -1;
  let end = -1;
  let fence: { char: string; length: number } | null = null;
  let htmlUntil: RegExp | null = null;
  let blankBefore = false;
  // Whether a list may still be going on: a new item after a blank line would belong to it.
  let inList = false;

  const close = (): void => {
    if (start >= 0) chunks.push({ text: lines.slice(start, end + 1).join('\n'), line: start + 1 });
    start = -1;
  };
  const countTags = (line: string): void => {
    if (!line.includes('<')) return;
    for (const match of line.replace(CODE_SPAN, '').matchAll(TAG)) {
      const [, slash, rawName, selfClosing] = match;
      const name = (rawName ?? '').toLowerCase();
      if (selfClosing || VOID.has(name)) continue;
      const count = open.get(name) ?? 0;
      if (slash) {
        if (count === 0) continue;
        open.set(name, count - 1);
        openCount--;
      } else {
        open.set(name, count + 1);
        openCount++;
      }
    }
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (fence) {
      const closing = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (closing.test(line)) fence = null;
      end = index;
      continue;
    }
    if (htmlUntil) {
      if (htmlUntil.test(line)) htmlUntil = null;
      countTags(line);
      end = index;
      continue;
    }
    if (BLANK.test(line)) {
      blankBefore = true;
      continue;
    }
    const indented = INDENTED.test(line);
    const marker = !indented && MARKER.test(line);
    if (start < 0) start = index;
    else if (blankBefore && openCount === 0 && !indented && !(marker && inList)) {
      close();
      start = index;
    }
    // A line at the margin after a blank line ends a list, unless it is an item of it.
    if (marker) inList = true;
    else if (!indented && blankBefore) inList = false;
    blankBefore = false;
    end = index;
    const opener = FENCE.exec(line);
    if (opener) {
      const marks = opener[1] ?? '```';
      fence = { char: marks.charAt(0), length: marks.length };
      continue;
    }
    const html = HTML_UNTIL.find(([begins]) => begins.test(line));
    if (html && !html[1].test(line.replace(html[0], ''))) htmlUntil = html[1];
    countTags(line);
  }
  close();
  return chunks;
}
