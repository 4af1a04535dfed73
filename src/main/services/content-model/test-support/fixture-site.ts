import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throw-away copy of a fixture site (outside this repository, so our node_modules are out of its reach) and a data folder. */
export interface TempSite {
  root: string;
  dataDir: string;
  dispose(): Promise<void>;
}

const FIXTURES = join(__dirname, '..', '__fixtures__');

/** Copies `__fixtures__/<name>` (or nothing, for `null`) and then writes `files` over it. */
export async function tempSite(name: string | null, files: Record<string, string> = {}): Promise<TempSite> {
  const base = await mkdtemp(join(tmpdir(), 'copydesk-model-'));
  const root = join(base, name ?? 'site');
  if (name !== null) await cp(join(FIXTURES, name), root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return { root, dataDir: join(base, 'data'), dispose: () => rm(base, { recursive: true, force: true }) };
}
