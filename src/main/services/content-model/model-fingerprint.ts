import { createHash } from 'node:crypto';
import type { ContentModel } from '@shared/model/content-model';

/** Bumped when the way the index judges files by the model changes (not the model's own shape). */
const JUDGING_VERSION = 2;

/**
 * A hash of what in a content model decides how the index judges a file:
 * which paths are content (collections' roots and globs, the ignore globs),
 * each collection's schema, and what the index reads through it: the
 * pairing rule, languages and source language that place a file in its
 * group, and the roles naming its title, date, tags … fields. Counts, the
 * languages found and notes are left out,
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
      pairing: { by: collection.pairing.by, key: collection.pairing.key ?? null, translatedFrom: collection.pairing.translatedFrom ?? null },
      sourceLanguage: collection.sourceLanguage,
      roles: collection.roles,
    })),
  };
  return createHash('sha256').update(JSON.stringify(judged)).digest('hex');
}
