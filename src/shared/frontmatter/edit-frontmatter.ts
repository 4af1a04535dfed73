import { isMap, type Node } from 'yaml';
import { parseFrontmatter } from './parse-frontmatter';
import { createEditContext } from './edit-context';
import { lineAt, type FrontmatterError } from './frontmatter-error';
import { holdsValue, toEditValue, type EditValue } from './edit-value';
import { locateField, type InsertAnchor } from './locate-field';
import { addNewField, insertFieldChanges, type NewFields } from './insert-fields';
import { replaceValueChanges } from './replace-value';
import { removePairChanges } from './remove-pair';
import { finishChanges, type PlannedChange } from './change-set';
import type { TextChange } from './text-change';

/** A field's path from the top of the frontmatter, e.g. `['coverImage', 'thumb']`. */
export type FieldPath = readonly string[];

/** Marks an edit in `editFields` as a deletion. */
export const DELETE: unique symbol = Symbol('copydesk.frontmatter.delete');

export interface FieldEdit {
  path: FieldPath;
  /** string | number | boolean | null | Date | an array of those, or `DELETE`. */
  value: unknown;
}

/** Either the changes to apply to the original text (possibly none), or why the edit was refused. */
export type EditResult = { ok: true; changes: TextChange[] } | { ok: false; error: FrontmatterError };

const fail = (error: FrontmatterError): EditResult => ({ ok: false, error });

/** Sets one field (adding it, and any missing parent groups, when absent). See `editFields`. */
export function setField(text: string, path: FieldPath, value: unknown): EditResult {
  return editFields(text, [{ path, value }]);
}

/** Removes one field's whole `key: value` lines; no change when it is absent. */
export function deleteField(text: string, path: FieldPath): EditResult {
  return editFields(text, [{ path, value: DELETE }]);
}

function checkEdits(edits: readonly FieldEdit[]): { path: FieldPath; value: EditValue | typeof DELETE }[] | FrontmatterError {
  const byPath = new Map<string, { path: FieldPath; value: EditValue | typeof DELETE }>();
  for (const edit of edits) {
    const field = edit.path.join('.');
    if (edit.path.length === 0) return { code: 'unsupported-value', message: 'A field path must name at least one key.' };
    const value = edit.value === DELETE ? DELETE : toEditValue(edit.value);
    if (value === undefined) {
      return {
        code: 'unsupported-value',
        message: `"${field}" can only be set to text, a number, true/false, null, a date, or a list of those.`,
        field,
      };
    }
    // JSON keys keep paths with dots in their keys distinct; the last edit of a path wins.
    const id = JSON.stringify(edit.path);
    byPath.delete(id);
    byPath.set(id, { path: edit.path, value });
  }
  const list = [...byPath.values()];
  for (const a of list) {
    for (const b of list) {
      if (a !== b && a.path.length < b.path.length && a.path.every((key, i) => b.path[i] === key)) {
        return {
          code: 'conflicting-edits',
          message: `"${a.path.join('.')}" and "${b.path.join('.')}" cannot be edited together: one is inside the other.`,
          field: b.path.join('.'),
        };
      }
    }
  }
  return list;
}

/**
 * Applies several edits as one set of minimal, non-overlapping changes to the
 * original text: only edited values (or the lines of added/removed fields)
 * change; comments, quoting, order, blank lines, line endings, the BOM and
 * the body keep their bytes. Setting a value already present yields no
 * change. New fields go at the end of their group (top level: before the
 * closing `---`), creating missing groups. Never throws on file content.
 */
export function editFields(text: string, edits: readonly FieldEdit[]): EditResult {
  const checked = checkEdits(edits);
  if (!Array.isArray(checked)) return fail(checked);
  const parsed = parseFrontmatter(text);
  if (!parsed.ok) return parsed;
  const ctx = createEditContext(parsed.parsed);
  const root = ctx.doc.contents as Node | null;
  if (root !== null && !isMap(root)) {
    const line = lineAt(text, ctx.base + (root.range?.[0] ?? 0));
    return fail({ code: 'not-a-mapping', message: `The frontmatter must be a list of "key: value" fields (line ${line}).`, line });
  }

  const planned: PlannedChange[] = [];
  const inserts = new Map<unknown, { anchor: InsertAnchor; tree: NewFields }>();
  for (const { path, value } of checked) {
    const located = locateField(root, path, text, ctx.base);
    if (located.kind === 'error') return fail(located.error);
    if (located.kind === 'found') {
      if (value === DELETE) {
        for (const change of removePairChanges(located.pair, located.map, ctx)) planned.push({ ...change, rank: 0 });
      } else if (!holdsValue(located.pair.value as Node | null, value)) {
        const rank = -(located.depth + 1);
        for (const change of replaceValueChanges(located.pair, value, ctx)) planned.push({ ...change, rank });
      }
    } else if (value !== DELETE) {
      const { anchor } = located;
      const id = anchor.kind === 'root' ? 'root' : anchor.kind === 'map' ? anchor.map : anchor.pair;
      const group = inserts.get(id) ?? { anchor, tree: new Map() };
      inserts.set(id, group);
      addNewField(group.tree, located.rest, value);
    }
  }
  for (const { anchor, tree } of inserts.values()) {
    const rank = anchor.kind === 'root' ? 0 : -anchor.depth;
    for (const change of insertFieldChanges(anchor, tree, ctx)) planned.push({ ...change, rank });
  }

  const changes = finishChanges(text, planned);
  if (!changes) {
    return fail({ code: 'conflicting-edits', message: 'These edits change overlapping parts of the frontmatter; apply them one at a time.' });
  }
  return { ok: true, changes };
}
