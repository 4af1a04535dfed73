import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { defaultIndexPath } from '../services/app-paths';
import { Workspace } from '../services/workspace';
import type { Writer } from './cli-io';

/**
 * The built parse worker sits beside the bundled CLI (`out/main/parse-worker.js`).
 * Run from source (tests) there is none, and the workspace parses on its own thread.
 */
export function parseWorkerPath(): string | undefined {
  const candidate = join(__dirname, 'parse-worker.js');
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * Opens `root` for a one-shot command; the caller closes it. A damaged index
 * is moved aside and rebuilt, and `stderr` is told so once (a command that
 * does not pass its own stream gets the process's, which is the same one
 * outside tests). The CLI is run on a folder on purpose, so the folder is
 * trusted (its content config may run) unless `trusted` is false (`--no-trust`).
 * `workerPath`: the built index worker, when not beside this file (the bench's bundle).
 * `searches: false`: the command never searches (see `WorkspaceOptions.searches`).
 */
export function openCliWorkspace(
  root: string,
  dbPath: string | undefined,
  stderr: Writer = process.stderr,
  trusted = true,
  workerPath = parseWorkerPath(),
  how: { searches?: boolean } = {},
): Workspace {
  const file = dbPath !== undefined ? resolve(dbPath) : defaultIndexPath(resolve(root));
  try {
    return Workspace.open({
      root: resolve(root),
      dbPath: file,
      ...(workerPath !== undefined && { workerPath }),
      trusted,
      ...(how.searches === false && { searches: false }),
      onIndexRecovered: (notice) => stderr.write(`copydesk: ${notice.message}\n`),
    });
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    // Folder checks happen before; what fails here is creating or opening the index file.
    throw new CopydeskError('bad-input', `Cannot open the index file ${file}: ${(error as Error).message}. Choose another --db path.`, { path: file });
  }
}
