import type { ModelCollection } from '@shared/model/content-model';
import { translationPath } from '@shared/paths/translation-path';
import { pathInCollection } from '../model/place-file';
import { splitLocaleFolder } from '../model/pairing-rules';

/**
 * Where the `lang` translation of the original at `relPath` (site-relative)
 * goes under its collection's pairing rule: beside it as `name.<lang>.md`
 * (suffix); the same path under `<root>/<lang>/` (folder, the original's own
 * locale folder replaced, or none when it sits at the root as the default
 * language); for a key rule, the original's path with its language part
 * replaced — its locale folder when it has one, else its suffix. Null for a
 * collection that pairs nothing.
 */
export function translationTarget(collection: Pick<ModelCollection, 'root' | 'pairing'>, relPath: string, lang: string): string | null {
  const prefix = collection.root === '.' || collection.root === '' ? '' : `${collection.root.replace(/\/+$/, '')}/`;
  const inCollection = pathInCollection(collection, relPath);
  const folder = (): string => `${prefix}${lang}/${splitLocaleFolder(inCollection).rest}`;
  switch (collection.pairing.by) {
    case 'suffix':
      return translationPath(relPath, lang);
    case 'folder':
      return folder();
    case 'key':
      return splitLocaleFolder(inCollection).lang !== null ? folder() : translationPath(relPath, lang);
    case 'none':
      return null;
  }
}
