import type { ContentModel, FieldRoles } from './content-model';

/**
 * The distinct fields that play `role` across a model's collections, in the
 * model's order: `['tags']` for a blog, `['keywords']` for a site that
 * calls its list so, `['tags', 'keywords']` when collections disagree, `[]`
 * when none has one. Collections without files are left out, so an empty
 * collection's guess does not rename a label. The taxonomy and the bulk
 * edit labels say these names instead of a fixed word.
 */
export function roleFieldNames(model: Pick<ContentModel, 'collections'>, role: keyof FieldRoles): string[] {
  const names: string[] = [];
  for (const collection of model.collections) {
    const name = collection.roles[role];
    if (name !== undefined && collection.files > 0 && !names.includes(name)) names.push(name);
  }
  return names;
}
