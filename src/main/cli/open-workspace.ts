import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { Workspace } from '../services/workspace';

/**
 * The built parse worker sits beside the bundled CLI (`out/main/parse-worker.js`).
 * Run from source (tests) there is none, and the workspace parses on its own thread.
 */
export function parseWorkerPath(): string | undefined {
  const candidate = join(__dirname, 'parse-worker.js');
  return existsSync(candidate) ? candidate : undefined;
}

/** Opens `root` for a one-shot command; the caller closes it. */
export function openCliWorkspace(root: string, dbPath: string | undefined): Workspace {
  const workerPath = parseWorkerPath();
  try {
    return Workspace.open({
      root: resolve(root),
      ...(dbPath !== undefined && { dbPath: resolve(dbPath) }),
      ...(workerPath !== undefined && { workerPath }),
    });
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    // Folder checks happen before; what fails here is creating or opening the index file.
    const where = dbPath !== undefined ? resolve(dbPath) : 'in the Copydesk data folder';
    throw new CopydeskError('bad-input', `Cannot open the index file ${where}: ${(error as Error).message}. Choose another --db path.`);
  }
}
