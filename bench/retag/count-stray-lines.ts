import { lineDiff } from '../../src/shared/text/line-diff';

/** 1-based line numbers of the top-level `tags:` and `category:` entries, their list items included. */
function taxonomyLines(text: string): Set<number> {
  const lines = text.split('\n');
  const inside = new Set<number>();
  let inKey = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.replace(/\r$/, '') === '---') break;
    if (/^(tags|category)\s*:/.test(line)) inKey = true;
    else if (!/^[\s-]/.test(line)) inKey = false;
    if (inKey) inside.add(i + 1);
  }
  return inside;
}

/**
 * How many changed lines (removed plus added) lie outside the frontmatter's
 * tags and category entries: 0 for a lossless retag.
 */
export function countStrayLines(before: string, after: string): number {
  const oldKeys = taxonomyLines(before);
  const newKeys = taxonomyLines(after);
  let stray = 0;
  for (const hunk of lineDiff(before, after, 0)) {
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    for (const line of hunk.lines) {
      if (line.kind === '-') {
        if (!oldKeys.has(oldLine)) stray++;
        oldLine++;
      } else if (line.kind === '+') {
        if (!newKeys.has(newLine)) stray++;
        newLine++;
      } else {
        oldLine++;
        newLine++;
      }
    }
  }
  return stray;
}
