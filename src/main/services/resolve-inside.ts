import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve, sep, win32, posix } from 'node:path';
import { CopydeskError } from '@shared/errors';

/**
 * Resolves a workspace-relative path to a real absolute path inside `root`
 * (itself a real path). Refuses absolute paths, `..` escapes and symbolic
 * links leading outside. The file itself need not exist (a new file's
 * folder is checked instead).
 */
export async function resolveInside(root: string, relPath: string): Promise<string> {
  const refuse = (why: string): CopydeskError =>
    new CopydeskError('outside-workspace', `${why}: "${relPath}". Use a path relative to the workspace folder.`, {
      path: relPath,
    });
  if (relPath === '' || relPath.includes('\0')) throw new CopydeskError('bad-input', 'The path is empty or malformed.');
  if (isAbsolute(relPath) || win32.isAbsolute(relPath) || posix.isAbsolute(relPath) || /^[a-zA-Z]:/.test(relPath)) {
    throw refuse('Absolute paths are not accepted');
  }
  const lexical = resolve(root, ...relPath.split(/[\\/]+/));
  if (!isWithin(root, lexical)) throw refuse('The path leads outside the workspace');
  const real = await realpathOfExistingPart(lexical, refuse);
  if (!isWithin(root, real)) throw refuse('The path leads outside the workspace through a symbolic link');
  return real;
}

function isWithin(root: string, candidate: string): boolean {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return candidate === root || candidate.startsWith(prefix);
}

/** realpath of the longest existing ancestor, with the missing rest appended. */
async function realpathOfExistingPart(path: string, refuse: (why: string) => CopydeskError): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const parent = dirname(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === path) throw error;
    // A dangling link must not pass as "a new file here": writing would follow it.
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) throw refuse('The path is a symbolic link to nothing');
    return join(await realpathOfExistingPart(parent, refuse), basename(path));
  }
}
