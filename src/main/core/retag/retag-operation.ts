import {
  retagOperationSchema,
  type MatchCase,
  type RetagOperation,
  type RetagOperationInput,
  type TagRename,
} from '@shared/retag/operation';
import { normaliseTag } from './tag-variants';

export type { MatchCase, RetagOperation, RetagOperationInput, TagRename } from '@shared/retag/operation';

/** A complete operation from a partial one: missing lists are empty, matching is exact unless asked. */
export function createOperation(input: RetagOperationInput): RetagOperation {
  return retagOperationSchema.parse(input);
}

/**
 * Merging several tags into one is renaming each of them onto it. A source
 * spelled exactly like the target is left out (it would rename to itself);
 * with insensitive matching, `Mining → MINING` still fixes `mining` too.
 */
export function mergeTags(from: readonly string[], into: string): TagRename[] {
  const seen = new Set<string>();
  const renames: TagRename[] = [];
  for (const tag of from) {
    if (tag === into || seen.has(tag)) continue;
    seen.add(tag);
    renames.push({ from: tag, to: into });
  }
  return renames;
}

/** "Delete a tag everywhere": removes every occurrence of `tag` from the files it is applied to. */
export function deleteTag(tag: string, matchCase: MatchCase = 'exact'): RetagOperation {
  return createOperation({ remove: [tag], matchCase });
}

const show = (tag: string): string => JSON.stringify(tag);

/** Problems with one tag or category text, phrased for the person who typed it. */
function textProblems(value: string, what: string, ifEmpty = 'type a tag or leave the entry out'): string[] {
  if (value.trim() === '') return [`${what} is empty: ${ifEmpty}.`];
  const problems: string[] = [];
  if (/[\r\n]/.test(value)) problems.push(`${what} ${show(value)} contains a line break: it must be one line.`);
  else if (/\p{Cc}/u.test(value)) problems.push(`${what} ${show(value)} contains a control character: retype it.`);
  if (value !== value.trim()) {
    problems.push(`${what} ${show(value)} starts or ends with spaces: write ${show(value.trim())} instead.`);
  }
  return problems;
}

/**
 * Checks what the schema cannot: empty or badly spaced tags, renames that do
 * nothing, and contradictions (a tag both added and removed, a rename chain).
 * Returns one actionable message per problem; an empty list means the
 * operation can be planned. Tags compare with the operation's `matchCase`.
 */
export function validateOperation(op: RetagOperation): string[] {
  const key = (tag: string): string => normaliseTag(tag, op.matchCase);
  const problems: string[] = [];
  for (const tag of op.add) problems.push(...textProblems(tag, 'Tag to add'));
  for (const tag of op.remove) problems.push(...textProblems(tag, 'Tag to remove'));
  for (const { from, to } of op.rename) {
    problems.push(...textProblems(from, 'Tag to rename'), ...textProblems(to, 'New tag name'));
    if (from === to && from.trim() !== '') problems.push(`Renaming ${show(from)} to itself changes nothing: pick a different new name.`);
  }
  if (typeof op.category === 'string') {
    problems.push(...textProblems(op.category, 'Category', 'type a category, or remove the category instead'));
  }

  const removed = new Map(op.remove.map((tag) => [key(tag), tag]));
  for (const tag of op.add) {
    const clash = removed.get(key(tag));
    if (clash !== undefined) problems.push(`${show(tag)} is both added and removed (as ${show(clash)}): keep only one of the two.`);
  }
  const renamedTo = new Map<string, string>();
  for (const { from, to } of op.rename) {
    const earlier = renamedTo.get(key(from));
    if (earlier !== undefined && earlier !== to) {
      problems.push(`${show(from)} is renamed to both ${show(earlier)} and ${show(to)}: keep one new name.`);
    }
    renamedTo.set(key(from), to);
    const gone = removed.get(key(to));
    if (gone !== undefined) problems.push(`${show(to)} is a new tag name but is also removed (as ${show(gone)}): drop one of the two.`);
    if (op.add.some((tag) => key(tag) === key(from)) && key(from) !== key(to)) {
      problems.push(`${show(from)} is renamed to ${show(to)} but also added: drop one of the two.`);
    }
  }
  for (const { from, to } of op.rename) {
    const next = renamedTo.get(key(to));
    if (next !== undefined && next !== to) {
      problems.push(
        `${show(from)} is renamed to ${show(to)}, which is itself renamed to ${show(next)}: rename ${show(from)} to ${show(next)} directly, or run two operations.`,
      );
    }
  }
  const empty = op.add.length === 0 && op.remove.length === 0 && op.rename.length === 0 && op.category === undefined;
  if (empty) problems.push('The operation does nothing: add, remove or rename at least one tag, or set the category.');
  return problems;
}
