import { existsSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CopydeskError } from '@shared/errors';

/*
 * Plain Node (no electron) so the Electron first run and `copydesk serve
 * --sample` share it. The bundled sample is never edited in place: the app
 * works on a copy in its data folder.
 */

/** Folder of the bundled sample site inside the project. */
export const SAMPLE_SOURCE = join('resources', 'sample-site');

/** Name of the sample's copy in the app's data folder. */
const SAMPLE_COPY = 'sample-site';

/**
 * Where versions before the sample became a site copied it (a flat
 * `YYYY/MM/<slug>.<lang>.md` folder with a copydesk.config.json). Such a copy
 * is the person's now, edits and all: it is never moved, rewritten or
 * deleted, only pointed out.
 */
const EARLIER_SAMPLE_COPY = 'sample-articles';

/** The sample's copy in the app's data folder (the folder first run opens, and one the app trusts: its code is ours). */
export function sampleCopyPath(dataDir: string): string {
  return join(dataDir, SAMPLE_COPY);
}

/** The earlier sample's copy in the app's data folder, or null when there is none. */
export function earlierSampleCopy(dataDir: string): string | null {
  const path = join(dataDir, EARLIER_SAMPLE_COPY);
  return existsSync(path) ? path : null;
}

/**
 * Finds `resources/sample-site` from a built (`out/main`) or source
 * (`src/main/app`) location by walking up, or null when it is not there.
 */
export function findSampleSource(startDir: string): string | null {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, SAMPLE_SOURCE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Copies `sourceDir` to `targetDir` unless it already exists, so edits made to
 * the copy survive restarts. The copy goes to a temporary sibling first and
 * is renamed into place, so an interrupted copy is never mistaken for a done one.
 */
export async function ensureSampleCorpus(sourceDir: string, targetDir: string): Promise<{ root: string; copied: boolean }> {
  if (existsSync(targetDir)) return { root: targetDir, copied: false };
  if (!existsSync(sourceDir)) {
    throw new CopydeskError('not-found', `The bundled sample site is missing (${sourceDir}); reinstall Copydesk or open your own folder.`, {
      path: sourceDir,
    });
  }
  const temp = `${targetDir}.partial-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  await cp(sourceDir, temp, { recursive: true });
  try {
    await rename(temp, targetDir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    // Another process finished the same copy first: theirs is as good as ours.
    if (existsSync(targetDir)) return { root: targetDir, copied: false };
    throw error;
  }
  return { root: targetDir, copied: true };
}

/**
 * One line for a person who has a copy of the earlier sample: where the new
 * sample is, and that their copy was left as it was. Null when there is no
 * earlier copy.
 */
export function earlierSampleNote(dataDir: string): string | null {
  const earlier = earlierSampleCopy(dataDir);
  if (earlier === null) return null;
  return (
    `A fresh sample, now a small Astro site with its own content config, is in ${sampleCopyPath(dataDir)}. ` +
    `Your copy of the earlier sample articles, ${earlier}, is left as it was; open either folder, or delete the earlier one when you no longer need it.`
  );
}
