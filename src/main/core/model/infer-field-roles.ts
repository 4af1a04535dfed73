import { sameValue } from '@shared/model/same-value';
import type { ModelFile } from './model-file';

export interface SharedFields {
  shared: string[];
  translatable: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Which top-level fields must match the original (shared) and which are
 * translated, read off the translation groups: a field equal across the
 * members that have it in most groups is shared; a text field that differs
 * in most groups is translatable. Fields seen in no group with two members
 * having them are neither. `exclude` names fields with a role of their own
 * (the language field, the translated-from field).
 */
export function inferFieldRoles(groups: Iterable<readonly ModelFile[]>, exclude: readonly string[] = []): SharedFields {
  const tally = new Map<string, { equal: number; differ: number; text: boolean }>();
  for (const members of groups) {
    const withData = members.filter((file) => file.data !== null);
    if (withData.length < 2) continue;
    const fields = new Set(withData.flatMap((file) => Object.keys(file.data ?? {})));
    for (const field of fields) {
      if (exclude.includes(field)) continue;
      const values = withData.map((file) => file.data?.[field]).filter((value) => value !== undefined);
      if (values.length < 2) continue;
      const entry = tally.get(field) ?? { equal: 0, differ: 0, text: true };
      const first = values[0];
      if (values.every((value) => sameValue(value, first))) entry.equal++;
      else entry.differ++;
      // A date written as text (each translation's own `updatedAt`) differs too, but is not translated.
      if (!values.every((value) => typeof value === 'string' && !ISO_DATE.test(value.trim()))) entry.text = false;
      tally.set(field, entry);
    }
  }
  const shared: string[] = [];
  const translatable: string[] = [];
  for (const [field, { equal, differ, text }] of tally) {
    if (equal > differ) shared.push(field);
    else if (text && differ > equal) translatable.push(field);
  }
  return { shared: shared.sort(), translatable: translatable.sort() };
}
