import { existsSync } from 'node:fs';
import { copyFile, cp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CopydeskError } from '@shared/errors';

/*
 * Plain Node (no electron) so the Electron first run and `copydesk serve
 * --sample` share it. The bundled samples are never edited in place: the app
 * works on a copy in its data folder.
 */

/** Folder of the bundled samples inside the project. */
export const SAMPLE_SOURCE = join('resources', 'sample-articles');

/**
 * Finds `resources/sample-articles` from a built (`out/main`) or source
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
  if (existsSync(targetDir)) {
    await addSampleConfig(sourceDir, targetDir);
    return { root: targetDir, copied: false };
  }
  if (!existsSync(sourceDir)) {
    throw new CopydeskError('not-found', `The bundled sample articles are missing (${sourceDir}); reinstall Copydesk or open your own folder.`, {
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

/** The sample site's content-model config (its schema), which copies made before it shipped lack. */
const SAMPLE_CONFIG = 'copydesk.config.json';

/**
 * Gives an existing copy the bundled config when it has none, so the samples'
 * deliberate schema errors stay errors; a config the person wrote is kept.
 */
async function addSampleConfig(sourceDir: string, targetDir: string): Promise<void> {
  const config = join(sourceDir, SAMPLE_CONFIG);
  if (existsSync(config) && !existsSync(join(targetDir, SAMPLE_CONFIG))) await copyFile(config, join(targetDir, SAMPLE_CONFIG));
}
