import { BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import { externalUrlAction } from './external-url';
import { navigationAction } from './navigation-guard';

/*
 * The app-wide guard, attached from `app.on('web-contents-created')` to every
 * web contents (our window, DevTools, anything a future feature creates):
 * no webviews, no navigation away from our page, no new windows. The
 * decisions are plain functions (navigation-guard.ts, external-url.ts); this
 * file only wires them to Electron.
 */

export interface GuardOptions {
  /** The page our window loads (`app://copydesk/index.html`, or the dev server). */
  rendererUrl: string;
}

export function guardWebContents(contents: WebContents, { rendererUrl }: GuardOptions): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openOutside(contents, url);
    return { action: 'deny' };
  });
  // Every frame, main or not, including same-document navigations that would leave our page.
  contents.on('will-frame-navigate', (details) => {
    if (navigationAction(details.url, { rendererUrl }) === 'allow') return;
    details.preventDefault();
    if (details.isMainFrame) void openOutside(contents, details.url);
  });
  contents.on('will-redirect', (details) => {
    if (navigationAction(details.url, { rendererUrl }) === 'deny') details.preventDefault();
  });
}

/**
 * Hands a link to the person's browser: https at once, plain http after
 * asking, anything else never (see `externalUrlAction`).
 */
export async function openOutside(contents: WebContents, url: string): Promise<void> {
  const action = externalUrlAction(url);
  if (action === 'refuse') return;
  if (action === 'ask') {
    const options = {
      type: 'warning' as const,
      buttons: ['Open in Browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'Open an unencrypted link?',
      detail: `This link uses plain http, so the page and anything you send it travel unencrypted:\n\n${url}`,
    };
    const owner = BrowserWindow.fromWebContents(contents);
    const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
    if (response !== 0) return;
  }
  await shell.openExternal(url);
}

/**
 * Outside `electron-vite dev`, the page and its workers never talk to the
 * network: the renderer comes from app://, and remote images come through
 * main's proxy once allowed. Any http(s) or websocket request a web
 * contents makes is cancelled, whatever the CSP says.
 */
export function blockNetworkRequests(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) => callback({ cancel: true }));
}
