import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep, win32, posix } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { isMarkdownPath } from '@shared/paths/lang-from-path';

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
    // Not echoed: no absolute path goes back across the boundary, not even the caller's own.
    throw new CopydeskError('outside-workspace', 'Absolute paths are not accepted. Use a path relative to the workspace folder.');
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

/**
 * Why the system could not follow a path, for the errors that say the path
 * itself is unusable. Only these: the system's own message names the
 * absolute path, which must never reach a caller.
 */
const UNUSABLE_PATH: Record<string, string> = {
  ELOOP: 'it goes through too many symbolic links',
  ENOTDIR: 'a part of it that should be a folder is a file',
  ENAMETOOLONG: 'it, or a name in it, is too long',
};

/** The path as shown in a message: long ones shortened (the error's `path` keeps it whole). */
export function shownPath(relPath: string): string {
  return relPath.length > 120 ? `${relPath.slice(0, 60)}…${relPath.slice(-40)}` : relPath;
}

/**
 * `resolveInside`, with the system errors that make a path unusable turned
 * into `bad-input` naming the workspace-relative path, and only article files
 * accepted: Markdown or MDX (.md, .mdx, .markdown) outside dot-folders and
 * node_modules, as the index lists them, both as named and where a
 * symbolic link leads. Every channel that takes a path goes through here,
 * so `.env` or `.git/config` can be neither read nor written.
 */
export async function resolveArticle(root: string, relPath: string): Promise<string> {
  let real: string;
  try {
    real = await resolveInside(root, relPath);
  } catch (error) {
    const why = UNUSABLE_PATH[(error as NodeJS.ErrnoException).code ?? ''];
    if (error instanceof CopydeskError || why === undefined) throw error;
    throw new CopydeskError('bad-input', `The path "${shownPath(relPath)}" cannot be used: ${why}.`, { path: relPath });
  }
  const realRel = relative(root, real).split(sep).join('/');
  if (!isArticlePath(relPath) || !isArticlePath(realRel)) {
    throw new CopydeskError(
      'bad-input',
      `"${shownPath(relPath)}" is not an article: only Markdown files (.md, .mdx, .markdown) outside dot-folders and node_modules can be opened.`,
      { path: relPath },
    );
  }
  return real;
}

/** A Markdown file name with no part that is hidden (`.env`, `.git/…`) or node_modules. */
function isArticlePath(relPath: string): boolean {
  const parts = relPath.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  // `..` stays allowed here: whether it leads outside is resolveInside's question.
  return isMarkdownPath(relPath) && parts.every((part) => part === '..' || (!part.startsWith('.') && part !== 'node_modules'));
}
