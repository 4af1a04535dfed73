import { createHash } from 'node:crypto';
import type { ContentModel } from '@shared/model/content-model';

/** Bumped when the way the index judges files by the model changes (not the model's own shape). */
const JUDGING_VERSION = 1;

/**
 * A hash of what in a content model decides how the index judges a file:
 * which paths are content (collections' roots and globs, the ignore globs)
 * and each collection's schema. Counts, languages and notes are left out,
 * so adding a file does not change it. The index stores it; a different
 * one means every file must be judged again.
 */
export function modelFingerprint(model: ContentModel): string {
  const judged = {
    version: JUDGING_VERSION,
    model: model.version,
    ignore: model.ignore,
    collections: model.collections.map((collection) => ({
      name: collection.name,
      root: collection.root,
      include: collection.include,
      schema: collection.schema.json,
      languageField: collection.languageField ?? null,
      defaultLanguage: collection.defaultLanguage,
    })),
  };
  return createHash('sha256').update(JSON.stringify(judged)).digest('hex');
}
