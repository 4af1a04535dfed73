import picomatch from 'picomatch';
import type { ContentModel, ModelCollection } from './content-model';

type Matcher = (relPath: string) => boolean;

const matchers = new WeakMap<ContentModel, { ignored: Matcher; collections: { collection: ModelCollection; matches: Matcher }[] }>();

const OPTIONS = { dot: false } as const;

/** A collection's globs as one matcher on site-relative paths. */
export function collectionMatcher(collection: Pick<ModelCollection, 'root' | 'include'>): Matcher {
  const prefix = collection.root === '.' || collection.root === '' ? '' : `${collection.root.replace(/\/+$/, '')}/`;
  const include = picomatch(collection.include, OPTIONS);
  return (relPath) => relPath.startsWith(prefix) && include(relPath.slice(prefix.length));
}

/**
 * The collection a file belongs to (`relPath` relative to the site root,
 * `/` separators), or null when it is in none or the model's ignore globs
 * skip it. The first matching collection wins, as in the model's order.
 */
export function collectionFor(model: ContentModel, relPath: string): ModelCollection | null {
  let compiled = matchers.get(model);
  if (!compiled) {
    compiled = {
      ignored: model.ignore.length > 0 ? picomatch(model.ignore, OPTIONS) : () => false,
      collections: model.collections.map((collection) => ({ collection, matches: collectionMatcher(collection) })),
    };
    matchers.set(model, compiled);
  }
  if (compiled.ignored(relPath)) return null;
  return compiled.collections.find((entry) => entry.matches(relPath))?.collection ?? null;
}
