/** Where an image in the preview would come from. */
export type ImageSource =
  /** An https URL: another host's, shown only through main's proxy once remote content is allowed for the folder. */
  | { kind: 'remote'; url: string }
  /** A data:image URL: already in the file, nothing is fetched. */
  | { kind: 'inline'; url: string }
  /** A path in the site (`./cover.png`, `/images/x.png`): the site serves it, the preview has nothing to show. */
  | { kind: 'local'; path: string }
  /** Anything else (http:, a scheme sanitize let through by mistake, empty). */
  | { kind: 'blocked'; url: string };

/**
 * The one decision about an image's source in the preview. Plain http is
 * blocked (main's proxy fetches https only); sanitize has already removed
 * data: URLs that are not images.
 */
export function classifyImage(src: string | undefined): ImageSource {
  const url = (src ?? '').trim();
  if (/^https:\/\//i.test(url)) return { kind: 'remote', url };
  if (/^data:image\//i.test(url)) return { kind: 'inline', url };
  if (url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) return { kind: 'local', path: url };
  return { kind: 'blocked', url };
}
