import { join } from 'node:path';
import { CopydeskError, type ArticleIssue } from '@shared/errors';
import { decodeFileBytes } from '../services/decode-file';
import { readRegularFile } from '../services/read-regular-file';
import type { z } from 'zod';
import { schemaForPath } from '../core/model';
import { parseArticle } from '../core/parse-article';
import { contentPaths, loadContentModel } from '../services/content-model';
import { scanWorkspace } from '../services/indexing/scan-workspace';
import { EXIT, type CliIo } from './cli-io';

/** One error as `copydesk validate --json` prints it (`field`, `line` only when known). */
export interface ValidateError {
  code: ArticleIssue['code'];
  field?: string;
  line?: number;
  message: string;
}

/** The JSON printed by `copydesk validate --json`; other tools read it, keep its shape. */
export interface ValidateReport {
  files: number;
  valid: number;
  invalid: Array<{ path: string; errors: ValidateError[] }>;
}

/**
 * Checks every article under `root` without touching any index: load the
 * folder's content model, scan what is content, decode, parse, validate each
 * file by its collection's schema. Markdown in no collection is not an
 * article and is not counted. Paths are relative to `root`, sorted. A FIFO,
 * socket or device with a Markdown name is checked too, and is invalid:
 * `unreadable`, saying what it is (never read, so never a hang). `trusted`:
 * the site's content config may run (the CLI's default; `--no-trust` refuses).
 */
export async function validateFolder(root: string, options: { trusted: boolean } = { trusted: false }): Promise<{ report: ValidateReport; issues: Map<string, ArticleIssue[]> }> {
  const model = await loadContentModel(root, { trusted: options.trusted });
  const accept = contentPaths(model, root).entry;
  const notRegular: string[] = [];
  const scanned = await scanWorkspace(root, { accept, onNotRegular: (path) => notRegular.push(path) });
  const files = [...scanned.map((f) => f.path), ...notRegular].sort();
  const issues = new Map<string, ArticleIssue[]>();
  for (const path of files) {
    const found = await checkFile(join(root, path), path, schemaForPath(model, path));
    if (found.length > 0) issues.set(path, found);
  }
  const invalid = [...issues].map(([path, list]) => ({ path, errors: list.map(toValidateError) }));
  return { report: { files: files.length, valid: files.length - invalid.length, invalid }, issues };
}

async function checkFile(absolute: string, path: string, schema: z.ZodType | null): Promise<ArticleIssue[]> {
  let bytes: Uint8Array;
  try {
    bytes = (await readRegularFile(absolute, path)).bytes;
  } catch (error) {
    // The system's message names the absolute path; its code is enough next to the relative one.
    const why = error instanceof CopydeskError ? error.message : `The file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`;
    return [{ code: 'unreadable', message: why }];
  }
  const decoded = decodeFileBytes(bytes);
  return decoded.ok ? parseArticle(decoded.text, schema).issues : [decoded.issue];
}

function toValidateError(issue: ArticleIssue): ValidateError {
  return {
    code: issue.code,
    ...(issue.field !== undefined && { field: issue.field }),
    ...(issue.line !== undefined && { line: issue.line }),
    message: issue.message,
  };
}

/** `copydesk validate DIR [--json]`: exit 0 when every file is valid, 1 otherwise. */
export async function runValidate(root: string, options: { json: boolean; trusted: boolean }, io: CliIo): Promise<number> {
  const { json } = options;
  const { report, issues } = await validateFolder(root, { trusted: options.trusted });
  if (json) {
    io.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    for (const [path, list] of issues) {
      for (const issue of list) {
        const where = issue.line !== undefined ? `${path}:${issue.line}:${issue.column ?? 1}` : path;
        io.stdout.write(`${where}  ${issue.code}  ${issue.message}\n`);
      }
    }
    const invalidCount = report.invalid.length;
    io.stdout.write(
      `${report.files} file${report.files === 1 ? '' : 's'} checked: ${report.valid} valid, ${invalidCount} invalid.\n`,
    );
  }
  return report.invalid.length === 0 ? EXIT.ok : EXIT.failed;
}
