import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { CopydeskError, type ArticleIssue } from '@shared/errors';
import { applyChanges, editFields, type FieldEdit, type FrontmatterError } from '@shared/frontmatter';
import { cliCall } from './cli-call';
import { EXIT, UsageError, type CliIo } from './cli-io';
import { openCliWorkspace } from './open-workspace';

/** One error as `copydesk set --json` prints it: the shape of `validate --json` errors. */
export interface SetError {
  code: string;
  field?: string;
  line?: number;
  message: string;
}

/** The JSON printed by `copydesk set --json`; other tools read it, keep its shape. */
export interface SetReport {
  path: string;
  changed: boolean;
  errors: SetError[];
}

/**
 * `KEY=VALUE` → an edit. Keys are dotted paths (`coverImage.thumb`); values
 * are YAML scalars or flow lists (`true`, `5`, `'001'`, `[A, B]`; empty =
 * null). Text that YAML reads as a mapping or cannot read at all
 * (`title=Breaking: news`) is taken as the literal string typed.
 */
export function parseAssignment(arg: string): FieldEdit {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new UsageError(`"${arg}" is not KEY=VALUE (for example title="New title" or tags="[A, B]").`);
  const key = arg.slice(0, eq);
  const path = key.split('.');
  if (path.some((part) => part.trim() === '')) throw new UsageError(`"${key}" is not a field name (write nested fields as coverImage.thumb).`);
  const raw = arg.slice(eq + 1);
  let value: unknown;
  try {
    value = parse(raw);
  } catch {
    value = raw;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) value = raw;
  return { path, value };
}

/** FILE as a workspace-relative path: relative to the current folder if it exists there, else to DIR. */
export function fileInside(root: string, file: string, cwd: string = process.cwd()): string {
  const realRoot = realpathSync(root);
  const candidates = isAbsolute(file) ? [file] : [resolve(cwd, file), resolve(realRoot, file)];
  let fallback: string | undefined;
  for (const candidate of candidates) {
    let real: string;
    let exists = true;
    try {
      real = realpathSync(candidate);
    } catch {
      real = candidate;
      exists = false;
    }
    const rel = relative(realRoot, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
    const inside = rel.split(sep).join('/');
    if (exists) return inside;
    fallback ??= inside;
  }
  if (fallback === undefined) throw new UsageError(`FILE "${file}" is not inside DIR "${root}".`);
  return fallback;
}

const fromIssue = ({ code, field, line, message }: ArticleIssue | FrontmatterError): SetError => ({
  code,
  ...(field !== undefined && { field }),
  ...(line !== undefined && { line }),
  message,
});

/**
 * `copydesk set DIR FILE KEY=VALUE…`: edits frontmatter fields as minimal
 * text changes and saves through `article.save`, the app's own save (so the
 * same validation, conflict check, atomic write, updatedAt and re-index).
 * An edit that would leave the article invalid is refused (exit 1) and the
 * file keeps its bytes.
 */
export async function runSet(
  root: string,
  file: string,
  assignments: readonly string[],
  options: { db?: string; json: boolean; keepUpdatedAt: boolean; trusted?: boolean },
  io: CliIo,
): Promise<number> {
  if (assignments.length === 0) throw new UsageError('give at least one KEY=VALUE to set.');
  const edits = assignments.map(parseAssignment);
  const path = fileInside(root, file);
  const report = (changed: boolean, errors: SetError[]): number => {
    if (options.json) io.stdout.write(`${JSON.stringify({ path, changed, errors } satisfies SetReport)}\n`);
    else if (errors.length > 0) {
      for (const e of errors) io.stderr.write(`${path}${e.line !== undefined ? `:${e.line}` : ''}  ${e.code}  ${e.message}\n`);
      io.stderr.write(`${path} was not changed.\n`);
    } else io.stdout.write(changed ? `${path}: saved.\n` : `${path}: already has these values; nothing written.\n`);
    return errors.length > 0 ? EXIT.failed : EXIT.ok;
  };

  const ws = openCliWorkspace(root, options.db, io.stderr, options.trusted ?? true);
  try {
    const call = cliCall(ws);
    let loaded;
    try {
      loaded = await call('article.read', { path });
    } catch (error) {
      if (error instanceof CopydeskError && error.code === 'outside-workspace') throw new UsageError(error.message);
      throw error;
    }
    const edited = editFields(loaded.text, edits);
    if (!edited.ok) return report(false, [fromIssue(edited.error)]);
    if (edited.changes.length === 0) return report(false, []);
    try {
      const saved = await call('article.save', {
        path,
        text: applyChanges(loaded.text, edited.changes),
        baseHash: loaded.hash,
        touchUpdatedAt: !options.keepUpdatedAt,
      });
      return report(saved.written, []);
    } catch (error) {
      if (error instanceof CopydeskError && error.code === 'invalid-article') return report(false, (error.issues ?? []).map(fromIssue));
      throw error;
    }
  } finally {
    await ws.close();
  }
}
