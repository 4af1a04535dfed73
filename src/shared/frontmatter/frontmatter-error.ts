/**
 * Why a frontmatter read or edit was refused. Plain data, so it can cross
 * IPC/HTTP as is; `no-frontmatter` and `yaml-syntax` match the codes of
 * `ArticleIssue` in `@shared/errors`.
 */
export type FrontmatterErrorCode =
  /** The text has no `---` … `---` block at its start. */
  | 'no-frontmatter'
  /** The frontmatter is TOML (`+++`) or JSON (Hugo): read and validated, but the form and field edits are YAML only. */
  | 'other-format'
  /** The YAML inside the block does not parse (or repeats a key). */
  | 'yaml-syntax'
  /** The block, or a group on the edited path, is not a key/value mapping. */
  | 'not-a-mapping'
  /** The value to write is not one of: string, number, boolean, null, Date, array of those; or the path is empty. */
  | 'unsupported-value'
  /** Two edits in one `editFields` call touch the same field (one path inside the other). */
  | 'conflicting-edits';

export interface FrontmatterError {
  code: FrontmatterErrorCode;
  message: string;
  /** 1-based line in the whole file (the opening `---` is line 1). */
  line?: number;
  /** Dotted path of the field concerned, e.g. `coverImage.thumb`. */
  field?: string;
}

/** 1-based line number of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
