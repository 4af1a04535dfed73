import { APP_ORIGIN } from './renderer-source';

/** What a web contents may do when asked to go to `url`. */
export type NavigationAction = 'allow' | 'deny';

/**
 * Decides a navigation (`will-navigate`, `will-frame-navigate`,
 * `will-redirect`) of any web contents. Only our own page may be (re)loaded:
 * `app://copydesk/index.html` (or `/`), or any page of the dev server's
 * origin under `electron-vite dev`. Everything else — links in an article
 * preview, a form post, a redirect, another file:// page — is denied; the
 * shell may offer a denied web link to the person's browser instead.
 */
export function navigationAction(url: string, { rendererUrl }: { rendererUrl: string }): NavigationAction {
  let target: URL;
  let ours: URL;
  try {
    target = new URL(url);
    ours = new URL(rendererUrl);
  } catch {
    return 'deny';
  }
  if (`${ours.protocol}//${ours.host}` === APP_ORIGIN) {
    // Compared by scheme and host: WHATWG gives a non-special scheme the opaque origin "null" outside Electron.
    const isEntry = target.pathname === '/' || target.pathname === '/index.html';
    return target.protocol === ours.protocol && target.host === ours.host && isEntry && target.username === '' ? 'allow' : 'deny';
  }
  // Dev server: any path of its origin (Vite serves the page and its modules from there).
  return target.origin === ours.origin && target.origin !== 'null' ? 'allow' : 'deny';
}
