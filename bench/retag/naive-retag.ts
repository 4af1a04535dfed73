import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import matter from 'gray-matter';

/** What a person would write in an afternoon: parse with gray-matter, change the data, stringify, write atomically. */
export interface NaiveResult {
  /** Relative path → old and new text, for the files it rewrote. */
  rewritten: Map<string, { before: string; after: string }>;
  readMs: number;
  writeMs: number;
}

function writeAtomic(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** Renames tag `from` to `to` in every file of `files` (relative to `root`) that has it. */
export function naiveRetag(root: string, files: readonly string[], from: string, to: string): NaiveResult {
  const started = performance.now();
  const pending: { rel: string; before: string; after: string }[] = [];
  for (const rel of files) {
    const before = readFileSync(join(root, rel), 'utf8');
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(before, {});
    } catch {
      continue; // broken YAML: a naive script skips it
    }
    const tags: unknown = parsed.data.tags;
    if (!Array.isArray(tags) || !tags.includes(from)) continue;
    parsed.data.tags = tags.map((tag: unknown) => (tag === from ? to : tag));
    pending.push({ rel, before, after: matter.stringify(parsed.content, parsed.data) });
  }
  const readMs = performance.now() - started;
  const writeStarted = performance.now();
  const rewritten = new Map<string, { before: string; after: string }>();
  for (const { rel, before, after } of pending) {
    writeAtomic(join(root, rel), after);
    rewritten.set(rel, { before, after });
  }
  return { rewritten, readMs, writeMs: performance.now() - writeStarted };
}
