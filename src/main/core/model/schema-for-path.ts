import type { z } from 'zod';
import type { ContentModel } from '@shared/model/content-model';
import { collectionFor } from '@shared/model/collection-for';
import { validatorFor } from '@shared/model/validator-for';

/**
 * The validator a file is judged by: its collection's schema, or null when
 * the file is in no collection (not an article: its frontmatter is parsed
 * but nothing is required of it). Cached per model and collection.
 */
export function schemaForPath(model: ContentModel, relPath: string): z.ZodType | null {
  const collection = collectionFor(model, relPath);
  return collection === null ? null : validatorFor(collection);
}
