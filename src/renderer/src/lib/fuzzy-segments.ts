/** A run of text, matched by the query or not. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` for highlighting a fuzzy match of `query`: a contiguous
 * (case-insensitive) occurrence when there is one, else the query's
 * characters in order, earliest first. No match: one unmatched segment.
 * Whitespace in the query separates words matched independently.
 */
export function fuzzySegments(text: string, query: string): Segment[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    const at = lower.indexOf(word);
    if (at >= 0) {
      for (let i = at; i < at + word.length; i++) marked[i] = true;
      continue;
    }
    const positions: number[] = [];
    let from = 0;
    for (const ch of word) {
      const found = lower.indexOf(ch, from);
      if (found < 0) break;
      positions.push(found);
      from = found + 1;
    }
    if (positions.length === word.length) for (const i of positions) marked[i] = true;
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    const char = text[i] ?? '';
    if (last && last.match === marked[i]) last.text += char;
    else segments.push({ text: char, match: marked[i] ?? false });
  }
  return segments.length > 0 ? segments : [{ text, match: false }];
}
