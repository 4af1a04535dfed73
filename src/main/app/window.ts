import { BrowserWindow, dialog, shell, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../transports/http-static';
import { isSafeExternalUrl } from './external-url';
import { attachSpellcheckMenu } from './spellcheck';

export interface MainWindowOptions {
  /** Built preload script (`out/preload/index.js`). */
  preloadPath: string;
  /** `file://…/out/renderer/index.html`, or the dev server URL under `electron-vite dev`. */
  rendererUrl: string;
}

/**
 * The one Copydesk window, locked down per Electron's security checklist:
 * isolated, sandboxed, no Node in the page, no navigation away from the
 * renderer, no new windows; http(s) links open in the user's browser.
 */
export function createMainWindow({ preloadPath, rendererUrl }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // On: the editors mark prose with the article's `lang` and non-prose `spellcheck="false"`.
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());

  const openOutside = (url: string): void => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  };
  win.webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    // Reloading our own page is fine; anything else leaves the app or loads foreign code.
    if (url.split('#')[0] === rendererUrl.split('#')[0]) return;
    event.preventDefault();
    openOutside(url);
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  attachSpellcheckMenu(win);
  // The renderer's beforeunload refuses while an edit is unsaved; Electron then
  // cancels silently, so the shell asks the person (closing the window, quitting).
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Discard Changes', 'Keep Editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'You have unsaved changes.',
      detail: 'Close anyway and discard them?',
    });
    if (choice === 0) event.preventDefault();
  });

  // loadURL takes file:// as well as the dev server's http:// URL.
  void win.loadURL(rendererUrl);
  return win;
}

/**
 * Session-wide hardening: the CSP as a response header (index.html may carry
 * the same policy as a meta tag), and no permission (camera, notifications,
 * …) is ever granted. Skipped for the dev server, whose hot reload needs
 * inline scripts and a websocket.
 */
export function hardenSession(session: Session, { devServer }: { devServer: boolean }): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (devServer) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}
