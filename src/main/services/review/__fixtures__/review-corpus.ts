import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temp copy of `review-corpus` with its `{{name}}` placeholders replaced by
 * the content hash of `<name>.md`, computed here from the documented formula
 * (sha256 of the JSON array [title, description, body without surrounding
 * blank lines]) rather than by the code under test.
 *
 * What the fixture holds (targets uk and de; source en):
 * - 100 alpha: en original; uk approved (current hash); de approved against an old hash → outdated.
 * - 200 beta: en original; uk unreviewed with category AI ≠ MINING (field:category); de draft.
 * - 300 gamma: en original only → missing uk, de.
 * - 400 delta: uk needs-work, no original → orphan, translated-from.
 * - 500 epsilon: en original; uk unreviewed with the English title (untranslated:title).
 */
export interface ReviewCorpus {
  root: string;
  scratch: string;
  dispose(): Promise<void>;
}

const TITLES: Record<string, [string, string]> = {
  'alpha.en': ['Alpha rises', 'Alpha goes up.'],
};

/** The source content hash as `review.sourceHash` records it, computed independently. */
export function expectedContentHash(title: string, description: string, body: string): string {
  const normalized = body.replace(/\r\n/g, '\n').split('\n').map((l) => l.trimEnd()).join('\n').replace(/^\n+|\n+$/g, '');
  return `sha256:${createHash('sha256').update(JSON.stringify([title, description, normalized])).digest('hex')}`;
}

/** The body of an article text (after the closing `---` line). */
export function bodyOf(text: string): string {
  const end = text.indexOf('\n---\n', 4);
  return text.slice(end + 5);
}

export async function copyReviewCorpus(): Promise<ReviewCorpus> {
  const base = await mkdtemp(join(tmpdir(), 'copydesk-review-'));
  const root = join(base, 'corpus');
  const scratch = join(base, 'scratch');
  await cp(join(__dirname, 'review-corpus'), root, { recursive: true });
  const hashes = new Map<string, string>();
  for (const [name, [title, description]] of Object.entries(TITLES)) {
    const text = await readFile(join(root, '2026/01', `${name}.md`), 'utf8');
    hashes.set(name, expectedContentHash(title, description, bodyOf(text)));
  }
  for (const dir of ['2026/01', '2026/02']) {
    for (const file of await readdir(join(root, dir))) {
      const path = join(root, dir, file);
      const text = await readFile(path, 'utf8');
      const filled = text.replace(/'sha256:\{\{([\w.]+)\}\}'/g, (_m, name: string) => `'${hashes.get(name) ?? 'unknown'}'`);
      if (filled !== text) await writeFile(path, filled);
    }
  }
  return { root, scratch, dispose: () => rm(base, { recursive: true, force: true }) };
}
