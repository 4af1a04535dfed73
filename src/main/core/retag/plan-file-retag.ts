import { readFrontmatter, editFields, DELETE, type FieldEdit, type FrontmatterError, type TextChange } from '@shared/frontmatter';
import type { RetagSkipReason } from '@shared/retag/plan-summary';
import type { RetagOperation } from './retag-operation';
import { retagTags, type TagItem } from './retag-tags';

export type { RetagSkipReason } from '@shared/retag/plan-summary';

/** Tags and category of one file, as the plan shows them. */
export interface RetagSnapshot {
  tags: string[];
  /** null when absent (or, if the operation leaves it alone, when it is not a single value). */
  category: string | null;
}

/**
 * What an operation would do to one file. `changes` are offsets into the
 * planned text (apply with `applyChanges`); they touch only the lines of
 * `tags` and `category`.
 */
export type FileRetagPlan =
  | { status: 'changed'; changes: TextChange[]; before: RetagSnapshot; after: RetagSnapshot }
  | { status: 'unchanged' }
  | { status: 'skipped'; reason: RetagSkipReason; message: string; line?: number };

type Skipped = Extract<FileRetagPlan, { status: 'skipped' }>;

const UNCHANGED: FileRetagPlan = { status: 'unchanged' };

function skip(reason: RetagSkipReason, message: string, line?: number): Skipped {
  return line === undefined ? { status: 'skipped', reason, message } : { status: 'skipped', reason, message, line };
}

/** The frontmatter's own error codes map onto skip reasons; edit refusals are reported as such. */
function skipFor({ code, message, line }: FrontmatterError): Skipped {
  const reason: RetagSkipReason = code === 'no-frontmatter' || code === 'yaml-syntax' || code === 'not-a-mapping' ? code : 'edit-refused';
  return skip(reason, message, line);
}

/** 1-based line of a top-level `key:` in the file, for pointing the user at it. */
function keyLine(text: string, key: string): number | undefined {
  const match = new RegExp(`^\\uFEFF?${key}\\s*:`, 'm').exec(text);
  if (!match) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < match.index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const isText = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  return Array.isArray(value) ? 'a list' : 'a group of fields';
}

/** The file's tags, `null` when it has none (no key, or `tags:` with no value), or why they cannot be edited. */
function readTags(data: Record<string, unknown>, text: string): TagItem[] | null | Skipped {
  const value = data.tags;
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    const shown = isText(value) ? `the single value ${JSON.stringify(String(value))}` : 'a group of fields';
    return skip(
      'tags-not-a-list',
      `"tags" holds ${shown}, not a list, so this file was left alone. Write it as a list (tags: [A, B]) and plan again.`,
      keyLine(text, 'tags'),
    );
  }
  const items: TagItem[] = [];
  for (const [index, item] of (value as unknown[]).entries()) {
    if (!isText(item)) {
      return skip(
        'tag-not-text',
        `Tag ${index + 1} in "tags" is ${shapeOf(item)}, not text, so this file was left alone. Fix or remove that entry and plan again.`,
        keyLine(text, 'tags'),
      );
    }
    items.push({ value: item, text: String(item) });
  }
  return items;
}

const sameValues = (a: readonly TagItem[], b: readonly TagItem[]): boolean =>
  a.length === b.length && a.every((item, i) => item.value === b[i]?.value);

/**
 * Plans one operation on one file's text without writing anything. Only the
 * `tags` and `category` values change (one `editFields` call, so comments,
 * quoting, list style, CRLF and BOM keep their bytes). A file whose tags or
 * category cannot be edited safely is skipped with a reason, never guessed
 * at. Never throws on file content. Expects an operation that passed
 * `validateOperation` (it adds an empty tag if told to).
 */
export function planFileRetag(text: string, op: RetagOperation): FileRetagPlan {
  const read = readFrontmatter(text);
  if (!read.ok) {
    return skipFor(read.error);
  }
  const { data } = read;
  const tags = readTags(data, text);
  if (tags !== null && !Array.isArray(tags)) return tags;

  const edits: FieldEdit[] = [];
  const oldTags = tags ?? [];
  const newTags = retagTags(oldTags, op);
  // A file without tags gets a list only when something is added to it.
  if (!sameValues(oldTags, newTags) && (tags !== null || newTags.length > 0)) {
    edits.push({ path: ['tags'], value: newTags.map((item) => item.value) });
  }

  const hasCategory = Object.hasOwn(data, 'category');
  const category = data.category;
  const oldCategory = isText(category) ? String(category) : null;
  let newCategory = oldCategory;
  if (op.category === null) {
    if (hasCategory) edits.push({ path: ['category'], value: DELETE });
    newCategory = null;
  } else if (op.category !== undefined) {
    if (category !== undefined && category !== null && !isText(category)) {
      return skip(
        'category-not-text',
        `"category" holds ${shapeOf(category)}, not a single value, so it cannot be set. Fix it by hand and plan again.`,
        keyLine(text, 'category'),
      );
    }
    edits.push({ path: ['category'], value: op.category });
    newCategory = op.category;
  }
  if (edits.length === 0) return UNCHANGED;

  const result = editFields(text, edits);
  if (!result.ok) {
    return skipFor(result.error);
  }
  if (result.changes.length === 0) return UNCHANGED;
  return {
    status: 'changed',
    changes: result.changes,
    before: { tags: oldTags.map((item) => item.text), category: oldCategory },
    after: { tags: newTags.map((item) => item.text), category: newCategory },
  };
}
