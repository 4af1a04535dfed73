import { createContext, useContext } from 'react';
import { useSetting } from '../hooks/useSetting';

/** Where an image in the preview would come from. */
export type ImageSource =
  /** An https URL: fetched from another host, so only when remote images are allowed (and the page's CSP says yes). */
  | { kind: 'remote'; url: string }
  /** A data:image URL: already in the file, nothing is fetched. */
  | { kind: 'inline'; url: string }
  /** A path in the site (`./cover.png`, `/images/x.png`): the site serves it, the preview has nothing to show. */
  | { kind: 'local'; path: string }
  /** Anything else (http:, a scheme sanitize let through by mistake, empty). */
  | { kind: 'blocked'; url: string };

/**
 * The one decision about an image's source in the preview. Plain http is
 * blocked like the page's CSP blocks it; sanitize has already removed data:
 * URLs that are not images.
 */
export function classifyImage(src: string | undefined): ImageSource {
  const url = (src ?? '').trim();
  if (/^https:\/\//i.test(url)) return { kind: 'remote', url };
  if (/^data:image\//i.test(url)) return { kind: 'inline', url };
  if (url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) return { kind: 'local', path: url };
  return { kind: 'blocked', url };
}

/**
 * Whether the preview may load remote images: one setting, on by default
 * like the form's cover-image thumbnails. The place a per-folder permission
 * plugs in: every preview image asks `RemoteImages`, nothing else does.
 */
export function useRemoteImagesSetting(): [boolean, (allowed: boolean) => void] {
  return useSetting('preview.remote-images', true);
}

/** The decision as the preview's images read it. */
export const RemoteImages = createContext(false);

export function useRemoteImagesAllowed(): boolean {
  return useContext(RemoteImages);
}
