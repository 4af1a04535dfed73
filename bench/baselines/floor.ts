import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { listMarkdown } from '../measure/list-markdown';

/** What the floor baseline did; `ms` covers listing, reading and parsing. */
export interface FloorResult {
  files: number;
  parseErrors: number;
  ms: number;
}

/**
 * The floor: read every file and parse its frontmatter, nothing else. No
 * indexer can build a list faster than this, so "list usable" is judged
 * against it. Not product code.
 */
export function runFloor(root: string): FloorResult {
  const started = performance.now();
  const files = listMarkdown(root);
  let parseErrors = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    try {
      // The options object matters: without it gray-matter caches every text it sees.
      matter(text, {});
    } catch {
      parseErrors++;
    }
  }
  return { files: files.length, parseErrors, ms: performance.now() - started };
}
