import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSampleCorpus, findSampleSource, SAMPLE_SOURCE } from './sample-corpus';

export interface InitialFolderOptions {
  /** Folders named on the command line (`electron . /path/to/site`). */
  argv: readonly string[];
  recentFolders: string[];
  /** The app's data folder; the samples are copied into it. */
  userData: string;
  /** Where to look for `resources/sample-articles`. */
  appRoot: string;
}

/**
 * Which folder to open at start: one named on the command line, else the
 * most recent one that still exists, else (first run) a copy of the bundled
 * samples in the data folder, so the app never starts on an empty screen.
 */
export async function initialFolder({ argv, recentFolders, userData, appRoot }: InitialFolderOptions): Promise<string> {
  const named = argv.find((arg) => !arg.startsWith('-') && isFolder(arg));
  if (named !== undefined) return named;
  const recent = recentFolders.find(isFolder);
  if (recent !== undefined) return recent;
  const source = findSampleSource(appRoot) ?? join(appRoot, SAMPLE_SOURCE);
  return (await ensureSampleCorpus(source, sampleCopyFolder(userData))).root;
}

/** Where the app keeps its working copy of the bundled samples. */
export function sampleCopyFolder(userData: string): string {
  return join(userData, 'sample-articles');
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
