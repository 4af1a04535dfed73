import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import { collectionFor } from '../model';

/**
 * The frontmatter fields a retag edits in one file, from its collection's
 * roles: the tag list (`roles.tags`) and the category (`roles.category`).
 * Retag code never names a field itself: a Hugo site's `keywords` or a
 * config's `section` is edited exactly as a blog's `tags` and `category`.
 */
export interface RetagFields {
  /** The file's collection, or null when the model puts it in none. */
  collection: string | null;
  tags?: string;
  category?: string;
}

/** The fields a collection's roles name (or none, for a file in no collection). */
export function retagFieldsOf(collection: ModelCollection | null): RetagFields {
  if (collection === null) return { collection: null };
  const { tags, category } = collection.roles;
  return { collection: collection.name, ...(tags !== undefined && { tags }), ...(category !== undefined && { category }) };
}

/** The fields a retag edits in the file at `relPath` (site-relative, `/` separators). */
export function retagFieldsFor(model: ContentModel, relPath: string): RetagFields {
  return retagFieldsOf(collectionFor(model, relPath));
}

/**
 * Why a file cannot take an operation on a role its collection lacks. The
 * sentence names the collection, not the file, so a preview can count the
 * files it covers under one line ("collection docs has no tag list (12)").
 */
export function missingFieldMessage(fields: RetagFields, role: 'tags' | 'category'): string {
  const what = role === 'tags' ? 'tag list' : 'category field';
  if (fields.collection === null) return `The file is in no collection of the content model, so it has no ${what}.`;
  return `Collection ${JSON.stringify(fields.collection)} has no ${what}: name one under roles.${role} in copydesk.config.json to edit it.`;
}
