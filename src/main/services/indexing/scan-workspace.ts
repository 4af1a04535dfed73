import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isMarkdownPath } from '@shared/paths/lang-from-path';
import { isNeverReadDir } from '../content-model/skip-rules';
import { parseWriteLeftover } from '../write/write-names';
import { FileKind, FileStatter } from './stat-files';

/** Files listed between yields to the event loop (a few ms of work). */
const YIELD_EVERY = 2000;

/** A Markdown file found by a scan. */
export interface ScannedFile {
  /** Relative to the root, `/` separators. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface ScanOptions {
  /** Relative folder to scan instead of the whole root (`''` = root). */
  under?: string;
  /**
   * false: list without stat-ing files (sizes and mtimes are NaN). For an
   * empty index there is nothing to compare them with, and the parser stats
   * each file as it reads it, in parallel: 0.5 s less at 100k files.
   */
  stat?: boolean;
  /** Called for each folder that could not be listed; the scan goes on. */
  onError?: (relPath: string, error: NodeJS.ErrnoException) => void;
  /**
   * Called for a Markdown name that is not a regular file, folder or link (a
   * FIFO, socket or device): never listed, since reading one can hang.
   */
  onNotRegular?: (relPath: string) => void;
  /** Called for a temp, lock or breaker file a write left beside its target (write/write-names.ts). */
  onWriteLeftover?: (relPath: string) => void;
  /**
   * Which folders to enter and which Markdown files to list (the content
   * model's: what is content). Dependencies and dot-folders are never entered
   * whatever it says. Default: everything.
   */
  accept?: (relPath: string, directory: boolean) => boolean;
}

/** Folders never scanned: dependencies and dot-folders (`.git`, `.astro`, …); see content-model/skip-rules.ts. */
export function isIgnoredDirName(name: string): boolean {
  return isNeverReadDir(name);
}

/** True when a relative path lies inside an ignored folder (for watcher events). */
export function isInIgnoredDir(relPath: string): boolean {
  const parts = relPath.split('/');
  return parts.slice(0, -1).some(isIgnoredDirName);
}

/**
 * Lists every Markdown file (.md .mdx .markdown) under `root`, skipping
 * node_modules, dot-folders and symbolic links (a link could point outside
 * the workspace or loop). Only regular files are listed: a FIFO or device
 * with a Markdown name goes to `onNotRegular`. Unreadable folders are
 * reported through `onError`, never fatal. The order of the result is unspecified.
 *
 * Folders are listed with synchronous calls, yielding to the event loop
 * every few thousand files (at 100k files they are 3–4× faster than
 * fs.promises, which pays a thread-pool round trip per call); the files
 * found are stat-ed in batches as the walk goes, on worker threads when
 * there are many (FileStatter).
 */
export async function scanWorkspace(root: string, opts: ScanOptions = {}): Promise<ScannedFile[]> {
  const { paths, sizes, mtimes } = await scanColumns(root, opts);
  return paths.map((path, i) => ({ path, size: sizes[i] as number, mtimeMs: mtimes[i] as number }));
}

/** A scan as columns: the i-th file is paths[i], sizes[i], mtimes[i]. */
export interface ScanColumns {
  paths: string[];
  sizes: number[];
  mtimes: number[];
}

/**
 * `scanWorkspace` as columns. At 100k files, 100k result objects outlive
 * the scan long enough to reach V8's old generation and then sit there as
 * tens of MB of garbage; three arrays do not.
 */
export async function scanColumns(root: string, opts: ScanOptions = {}): Promise<ScanColumns> {
  const files: ScanColumns = { paths: [], sizes: [], mtimes: [] };
  // Stat-ed as they are found, in batches on worker threads when there are many (see FileStatter).
  const statter = opts.stat === false ? null : new FileStatter(root);
  const candidates: string[] = [];
  let sinceYield = 0;
  try {
    const dirs: string[] = [opts.under ?? ''];
    for (let rel = dirs.pop(); rel !== undefined; rel = dirs.pop()) {
      let entries: Dirent[];
      try {
        entries = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true });
      } catch (error) {
        opts.onError?.(rel, error as NodeJS.ErrnoException);
        continue;
      }
      for (const entry of entries) {
        const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!isIgnoredDirName(entry.name) && (opts.accept?.(childRel, true) ?? true)) dirs.push(childRel);
        } else if (!entry.isFile()) {
          if (!entry.isSymbolicLink() && isMarkdownPath(entry.name) && (opts.accept?.(childRel, false) ?? true)) opts.onNotRegular?.(childRel);
        } else if (!isMarkdownPath(entry.name)) {
          // Dot-files only: every name a write leaves behind starts with a dot.
          if (entry.name.charCodeAt(0) === 0x2e && opts.onWriteLeftover && parseWriteLeftover(entry.name)) opts.onWriteLeftover(childRel);
        } else if (opts.accept?.(childRel, false) ?? true) {
          if (statter) statter.add(childRel);
          else candidates.push(childRel);
        }
      }
      const found = statter?.added ?? candidates.length;
      if (found - sinceYield >= YIELD_EVERY) {
        sinceYield = found;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  } catch (error) {
    // A callback that threw: the stat workers must not outlive the scan.
    statter?.stop();
    throw error;
  }
  if (statter === null) {
    files.paths = candidates;
    files.sizes = candidates.map(() => Number.NaN);
    files.mtimes = files.sizes.slice();
    return files;
  }
  const { paths, stats } = await statter.done();
  for (const [i, path] of paths.entries()) {
    const kind = stats.kinds[i];
    // Gone between listing and stat: simply not there.
    if (kind === FileKind.File) {
      files.paths.push(path);
      files.sizes.push(stats.sizes[i] as number);
      files.mtimes.push(stats.mtimes[i] as number);
    } else if (kind === FileKind.NotRegular) opts.onNotRegular?.(path);
  }
  return files;
}
