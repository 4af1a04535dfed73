import type { OperationKind } from './operation-draft';

/** The fields behind the tag list and category roles, as `taxonomy.list` and `roleFieldNames` give them. */
export interface RoleFields {
  tags: readonly string[];
  category: readonly string[];
}

/** Every text of the bulk-edit UI that names the tag list or the category. */
export interface RetagLabels {
  /** The taxonomy's tab and table names. */
  tagsTitle: string;
  categoriesTitle: string;
  /** The name column's header. */
  tagHeader: string;
  categoryHeader: string;
  /** Nouns inside sentences: "Filter tags…", "Ignore case when matching keywords". */
  tagsNoun: string;
  categoryNoun: string;
  /** The operation switch in the dialog, and the bulk bar's buttons. */
  operations: Record<OperationKind, string>;
  bulkActions: Record<OperationKind, string>;
  /** The dialog's field labels. */
  tagsToAdd: string;
  tagsToRemove: string;
  renameFrom: string;
  mergeFrom: string;
  clearCategory: string;
}

/**
 * The UI's own words for the two roles. A site whose field is called the
 * same (or that has none) reads these; any other name is shown as it is.
 */
const WORDS = { tags: 'tags', category: 'category' } as const;

/** The field names as one noun (`keywords`, `tags / keywords`), or null when the UI's own word says it. */
function fieldNoun(names: readonly string[], word: string): string | null {
  if (names.length === 0 || (names.length === 1 && names[0]?.toLowerCase() === word)) return null;
  return names.join(' / ');
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Labels for the bulk-edit UI: "Add tags", "Set category" for a blog, and
 * the field's own name where the site's collections call the role
 * otherwise ("Add to keywords", "Set section"), so the person sees which
 * field will be written.
 */
export function retagLabels(fields: RoleFields): RetagLabels {
  const tags = fieldNoun(fields.tags, WORDS.tags);
  const category = fieldNoun(fields.category, WORDS.category);
  return {
    tagsTitle: tags === null ? 'Tags' : capital(tags),
    categoriesTitle: category === null ? 'Categories' : capital(category),
    tagHeader: tags === null ? 'Tag' : capital(tags),
    categoryHeader: category === null ? 'Category' : capital(category),
    tagsNoun: tags ?? 'tags',
    categoryNoun: category ?? 'category',
    operations: {
      add: tags === null ? 'Add tags' : `Add to ${tags}`,
      remove: tags === null ? 'Remove tags' : `Remove from ${tags}`,
      rename: tags === null ? 'Rename a tag' : `Rename in ${tags}`,
      merge: tags === null ? 'Merge tags' : `Merge in ${tags}`,
      category: category === null ? 'Set category' : `Set ${category}`,
    },
    bulkActions: {
      add: tags === null ? 'Add tags' : `Add to ${tags}`,
      remove: tags === null ? 'Remove tags' : `Remove from ${tags}`,
      rename: tags === null ? 'Rename tag' : `Rename in ${tags}`,
      merge: tags === null ? 'Merge tags' : `Merge in ${tags}`,
      category: category === null ? 'Set category' : `Set ${category}`,
    },
    tagsToAdd: tags === null ? 'Tags to add' : `Add to ${tags}`,
    tagsToRemove: tags === null ? 'Tags to remove' : `Remove from ${tags}`,
    renameFrom: tags === null ? 'Tag' : `In ${tags}`,
    mergeFrom: tags === null ? 'Merge these tags' : `Merge these (${tags})`,
    clearCategory: category === null ? 'Remove the category instead' : `Remove ${category} instead`,
  };
}

/** The labels before the model is known, and for a site that uses the UI's own words. */
export const DEFAULT_LABELS: RetagLabels = retagLabels({ tags: [], category: [] });
