import type { ContentModel } from '@shared/model/content-model';
import { collectionFor } from '../../core/model';

/**
 * Whether a site-relative path is content under `model`: a folder that may
 * hold content, or a Markdown file in a collection. What is not content is
 * not scanned, indexed, validated or watched — it is not an article, so it
 * is never counted invalid.
 */
export function contentPaths(model: ContentModel): (relPath: string, directory: boolean) => boolean {
  return (relPath, directory) => directory || collectionFor(model, relPath) !== null;
}
