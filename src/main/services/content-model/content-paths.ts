import type { ContentModel } from '@shared/model/content-model';
import { collectionFor } from '../../core/model';
import { SkipRules } from './skip-rules';

/**
 * What is content in a site under its model: folders that `SkipRules` does
 * not skip, and Markdown files there that a collection holds. What is not
 * content is not scanned, indexed, validated or watched — it is not an
 * article, so it is never counted invalid.
 */
export interface ContentFilter {
  /** For a walk that asked about the folders above: the entry alone. */
  entry: (relPath: string, directory: boolean) => boolean;
  /** For a single path (a watcher event): the folders above it too. */
  path: (relPath: string, directory: boolean) => boolean;
  /** After a walk: drops the answers kept for each path (see `SkipRules.forget`). */
  forget: () => void;
}

const filters = new WeakMap<ContentModel, Map<string, ContentFilter>>();

/** The content filter of `model` for the site at `root`, built once per model and root. */
export function contentPaths(model: ContentModel, root: string): ContentFilter {
  let byRoot = filters.get(model);
  if (!byRoot) filters.set(model, (byRoot = new Map()));
  let filter = byRoot.get(root);
  if (!filter) {
    const rules = new SkipRules(root, model.ignore);
    const inCollection = (relPath: string, directory: boolean): boolean => directory || collectionFor(model, relPath) !== null;
    filter = {
      entry: (relPath, directory) => rules.entry(relPath, directory) === null && inCollection(relPath, directory),
      path: (relPath, directory) => rules.path(relPath, directory) === null && inCollection(relPath, directory),
      forget: () => rules.forget(),
    };
    byRoot.set(root, filter);
  }
  return filter;
}
