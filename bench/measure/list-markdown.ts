import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `*.md` file under `root` (absolute paths), in a stable order. Dot-folders are skipped. */
export function listMarkdown(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}
