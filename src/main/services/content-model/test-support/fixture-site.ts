import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';

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

/**
 * For a test file: a data folder of its own as COPYDESK_DATA_DIR for the whole
 * file, and a `site(name, files)` that makes temp copies removed after each test.
 */
export function useFixtureSites(prefix: string): (name: string | null, files?: Record<string, string>) => Promise<string> {
  let dataDir = '';
  const previousDataDir = process.env.COPYDESK_DATA_DIR;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), prefix));
    process.env.COPYDESK_DATA_DIR = dataDir;
  });
  afterAll(async () => {
    if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
    else process.env.COPYDESK_DATA_DIR = previousDataDir;
    await rm(dataDir, { recursive: true, force: true });
  });
  const sites: TempSite[] = [];
  afterEach(async () => {
    await Promise.all(sites.splice(0).map((made) => made.dispose()));
  });
  return async (name, files = {}) => {
    const made = await tempSite(name, files);
    sites.push(made);
    return made.root;
  };
}
