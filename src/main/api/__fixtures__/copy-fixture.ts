import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away copy of a fixture corpus plus a scratch folder for index files. */
export interface TempCorpus {
  root: string;
  scratch: string;
  dispose(): Promise<void>;
}

/**
 * Copies `__fixtures__/<name>` to a fresh temp folder, so tests may edit files
 * and never touch the fixture itself.
 */
export async function copyFixture(name = 'mini-corpus'): Promise<TempCorpus> {
  const base = await mkdtemp(join(tmpdir(), 'copydesk-test-'));
  const root = join(base, name);
  const scratch = join(base, 'scratch');
  await cp(join(__dirname, name), root, { recursive: true });
  return { root, scratch, dispose: () => rm(base, { recursive: true, force: true }) };
}
