/**
 * Errors that cross a boundary (IPC, HTTP, CLI JSON) must be plain data, so
 * they are described by codes and serialised as `{ code, message, ... }`.
 */

/** Problems found in one article file. `line`/`column` are 1-based file positions. */
export type ArticleIssueCode =
  | 'no-frontmatter'
  | 'yaml-syntax'
  | 'schema'
  | 'encoding'
  | 'unreadable';

export interface ArticleIssue {
  code: ArticleIssueCode;
  message: string;
  /** Dotted field path for schema errors, e.g. `coverImage.thumb`. */
  field?: string;
  line?: number;
  column?: number;
}

/** Failures of a handler call, as seen by any caller. */
export type CopydeskErrorCode =
  | 'bad-input'
  | 'no-workspace'
  | 'not-found'
  | 'outside-workspace'
  | 'conflict'
  | 'invalid-article'
  | 'forbidden'
  /** The action is not allowed in the file's present state (approving a draft); the message says why and what to do. */
  | 'refused'
  | 'internal'
  | GitErrorCode;

/** Failures of git actions (src/main/services/git): each says what happened and what to do. */
export type GitErrorCode =
  | 'not-a-repo'
  | 'git-missing'
  | 'no-identity'
  | 'needs-credentials'
  | 'rejected-push'
  | 'merge-conflict'
  | 'merge-in-progress'
  | 'detached-head'
  | 'dirty-editor'
  | 'git-failed';

export interface CopydeskErrorData {
  code: CopydeskErrorCode;
  message: string;
  path?: string;
  issues?: ArticleIssue[];
}

export class CopydeskError extends Error {
  readonly code: CopydeskErrorCode;
  readonly path?: string;
  readonly issues?: ArticleIssue[];

  constructor(code: CopydeskErrorCode, message: string, extra: { path?: string; issues?: ArticleIssue[] } = {}) {
    super(message);
    this.name = 'CopydeskError';
    this.code = code;
    this.path = extra.path;
    this.issues = extra.issues;
  }

  toJSON(): CopydeskErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.path !== undefined && { path: this.path }),
      ...(this.issues !== undefined && { issues: this.issues }),
    };
  }

  static fromData(data: CopydeskErrorData): CopydeskError {
    return new CopydeskError(data.code, data.message, { path: data.path, issues: data.issues });
  }
}

export function isCopydeskErrorData(value: unknown): value is CopydeskErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
