/** FTS snippets mark matches with these private-use characters, never with HTML. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** A run of snippet text, either a match or plain context. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/**
 * Splits a marked snippet into segments for rendering as React elements.
 * Unbalanced markers are tolerated: a stray end is dropped, an unclosed start
 * highlights to the end of the text.
 */
export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  let current = '';
  const flush = (): void => {
    if (!current) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += current;
    else segments.push({ text: current, match });
    current = '';
  };
  for (const ch of snippet) {
    if (ch === MATCH_START || ch === MATCH_END) {
      flush();
      match = ch === MATCH_START;
    } else {
      current += ch;
    }
  }
  flush();
  return segments;
}
