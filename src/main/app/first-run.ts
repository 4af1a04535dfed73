import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { earlierSampleCopy, earlierSampleNote, ensureSampleCorpus, findSampleSource, SAMPLE_SOURCE, sampleCopyPath } from './sample-corpus';

export interface InitialFolderOptions {
  /** Folders named on the command line (`electron . /path/to/site`). */
  argv: readonly string[];
  recentFolders: string[];
  /** The app's data folder; the sample is copied into it. */
  userData: string;
  /** Where to look for `resources/sample-site`. */
  appRoot: string;
  /**
   * Told once, when the new sample is copied beside a copy of the earlier
   * sample: where each is (the earlier copy is never touched).
   */
  onNote?: (message: string) => void;
}

/**
 * Which folder to open at start: one named on the command line, else the
 * most recent one that still exists, else (first run) a copy of the bundled
 * sample site in the data folder, so the app never starts on an empty screen.
 *
 * A person whose most recent folder is their copy of the earlier sample gets
 * that copy, as they left it, and the new sample copied beside it with a
 * note: replacing or migrating it would rewrite files they may have edited.
 */
export async function initialFolder({ argv, recentFolders, userData, appRoot, onNote }: InitialFolderOptions): Promise<string> {
  const named = argv.find((arg) => !arg.startsWith('-') && isFolder(arg));
  if (named !== undefined) return named;
  const source = findSampleSource(appRoot) ?? join(appRoot, SAMPLE_SOURCE);
  const copySample = async (): Promise<string> => {
    const { root, copied } = await ensureSampleCorpus(source, sampleCopyPath(userData));
    const note = copied ? earlierSampleNote(userData) : null;
    if (note !== null) onNote?.(note);
    return root;
  };
  const recent = recentFolders.find(isFolder);
  if (recent === undefined) return copySample();
  const earlier = earlierSampleCopy(userData);
  // Offering the new sample must never keep the person from their folder.
  if (earlier !== null && resolve(recent) === resolve(earlier)) await copySample().catch(() => undefined);
  return recent;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
