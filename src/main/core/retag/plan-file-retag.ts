import { readFrontmatter, editFields, DELETE, type FieldEdit, type FrontmatterError, type TextChange } from '@shared/frontmatter';
import type { RetagSkipReason } from '@shared/retag/plan-summary';
import { readOtherFrontmatter, type OtherFrontmatter } from '../model';
import { missingFieldMessage, type RetagFields } from './retag-fields';
import type { RetagOperation } from './retag-operation';
import { retagTags, type TagItem } from './retag-tags';

export type { RetagSkipReason } from '@shared/retag/plan-summary';

/** The tag list and category of one file (whatever its collection calls them), as the plan shows them. */
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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 1-based line of a top-level `key:` in the file, for pointing the user at it. */
function keyLine(text: string, key: string): number | undefined {
  const match = new RegExp(`^\\uFEFF?${escapeRegExp(key)}\\s*:`, 'm').exec(text);
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

/** The file's tags in `field`, `null` when it has none (no key, or `field:` with no value), or why they cannot be edited. */
function readTags(data: Record<string, unknown>, text: string, field: string): TagItem[] | null | Skipped {
  const value = data[field];
  const name = JSON.stringify(field);
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    const shown = isText(value) ? `the single value ${JSON.stringify(String(value))}` : 'a group of fields';
    return skip(
      'tags-not-a-list',
      `${name} holds ${shown}, not a list, so this file was left alone. Write it as a list (${field}: [A, B]) and plan again.`,
      keyLine(text, field),
    );
  }
  const items: TagItem[] = [];
  for (const [index, item] of (value as unknown[]).entries()) {
    if (!isText(item)) {
      return skip(
        'tag-not-text',
        `Tag ${index + 1} in ${name} is ${shapeOf(item)}, not text, so this file was left alone. Fix or remove that entry and plan again.`,
        keyLine(text, field),
      );
    }
    items.push({ value: item, text: String(item) });
  }
  return items;
}

const sameValues = (a: readonly TagItem[], b: readonly TagItem[]): boolean =>
  a.length === b.length && a.every((item, i) => item.value === b[i]?.value);

const touchesTags = (op: RetagOperation): boolean => op.add.length > 0 || op.remove.length > 0 || op.rename.length > 0;

/**
 * Why `fields` cannot take `op` at all: it edits a role the file's
 * collection has no field for. The whole file is skipped then, even when
 * another part of the operation could apply: half an operation is not what
 * was asked for.
 */
function missingField(op: RetagOperation, fields: RetagFields): Skipped | null {
  if (touchesTags(op) && fields.tags === undefined) return skip('no-tag-field', missingFieldMessage(fields, 'tags'));
  if (op.category !== undefined && fields.category === undefined) return skip('no-category-field', missingFieldMessage(fields, 'category'));
  return null;
}

/** The field edits an operation makes to one file's data, with the values on both sides. */
interface PlannedEdits {
  edits: FieldEdit[];
  before: RetagSnapshot;
  after: RetagSnapshot;
}

/** What `op` changes in `data` (the frontmatter of `text`), or why the file cannot take it. */
function planEdits(data: Record<string, unknown>, text: string, op: RetagOperation, fields: RetagFields): PlannedEdits | Skipped {
  const edits: FieldEdit[] = [];
  let oldTags: TagItem[] = [];
  let newTags: TagItem[] = [];
  if (fields.tags !== undefined) {
    const tags = readTags(data, text, fields.tags);
    if (tags !== null && !Array.isArray(tags)) return tags;
    oldTags = tags ?? [];
    newTags = retagTags(oldTags, op);
    // A file without tags gets a list only when something is added to it.
    if (!sameValues(oldTags, newTags) && (tags !== null || newTags.length > 0)) {
      edits.push({ path: [fields.tags], value: newTags.map((item) => item.value) });
    }
  }

  let oldCategory: string | null = null;
  let newCategory: string | null = null;
  if (fields.category !== undefined) {
    const field = fields.category;
    const category = data[field];
    oldCategory = isText(category) ? String(category) : null;
    newCategory = oldCategory;
    if (op.category === null) {
      if (Object.hasOwn(data, field)) edits.push({ path: [field], value: DELETE });
      newCategory = null;
    } else if (op.category !== undefined) {
      if (category !== undefined && category !== null && !isText(category)) {
        return skip(
          'category-not-text',
          `${JSON.stringify(field)} holds ${shapeOf(category)}, not a single value, so it cannot be set. Fix it by hand and plan again.`,
          keyLine(text, field),
        );
      }
      if (category !== op.category) edits.push({ path: [field], value: op.category });
      newCategory = op.category;
    }
  }
  return {
    edits,
    before: { tags: oldTags.map((item) => item.text), category: oldCategory },
    after: { tags: newTags.map((item) => item.text), category: newCategory },
  };
}

/**
 * TOML and JSON frontmatter are read, not edited: a file the operation
 * would not change is `unchanged`, one it would change is skipped with the
 * reason, so a rename over a Hugo site reports only the pages that carry
 * the tag.
 */
function planOtherFormat(other: OtherFrontmatter, text: string, op: RetagOperation, fields: RetagFields): FileRetagPlan {
  const format = other.format === 'toml' ? 'TOML (+++)' : 'JSON';
  const notYaml = skip('not-yaml', `The frontmatter is ${format}, not YAML: bulk edits change YAML frontmatter only, so this file was left alone. Edit it in the source editor.`, 1);
  if (other.data === null) return notYaml;
  const planned = planEdits(other.data, text, op, fields);
  if ('status' in planned) return planned;
  return planned.edits.length === 0 ? UNCHANGED : notYaml;
}

/**
 * Plans one operation on one file's text without writing anything. Only the
 * values of the collection's tag list and category fields (`fields`, from
 * its roles) change, in one `editFields` call, so comments, quoting, list
 * style, CRLF and BOM keep their bytes. A file whose collection has no such
 * field, whose tags or category cannot be edited safely, or whose TOML or
 * JSON frontmatter the operation would change is skipped with a reason,
 * never guessed at. Never throws on file content. Expects an operation that
 * passed `validateOperation` (it adds an empty tag if told to).
 */
export function planFileRetag(text: string, op: RetagOperation, fields: RetagFields): FileRetagPlan {
  const missing = missingField(op, fields);
  if (missing) return missing;
  const other = readOtherFrontmatter(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (other !== null) return planOtherFormat(other, text, op, fields);
  const read = readFrontmatter(text);
  if (!read.ok) {
    return skipFor(read.error);
  }
  const planned = planEdits(read.data, text, op, fields);
  if ('status' in planned) return planned;
  if (planned.edits.length === 0) return UNCHANGED;
  const result = editFields(text, planned.edits);
  if (!result.ok) {
    return skipFor(result.error);
  }
  if (result.changes.length === 0) return UNCHANGED;
  return { status: 'changed', changes: result.changes, before: planned.before, after: planned.after };
}
