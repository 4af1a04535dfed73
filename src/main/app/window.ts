import { BrowserWindow, dialog, type Session } from 'electron';
import { attachSpellcheckMenu } from './spellcheck';

export interface MainWindowOptions {
  /** Built preload script (`out/preload/index.js`). */
  preloadPath: string;
  /** `app://copydesk/index.html`, or the dev server URL under `electron-vite dev` (see renderer-source.ts). */
  rendererUrl: string;
}

/**
 * The one Copydesk window, locked down per Electron's security checklist:
 * isolated, sandboxed, no Node in the page. Navigation, new windows and
 * webviews are refused for every web contents by the app-wide guard
 * (web-contents-guard.ts, attached in index.ts), not here.
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
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // On: the editors mark prose with the article's `lang` and non-prose `spellcheck="false"`.
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());

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

  void win.loadURL(rendererUrl);
  return win;
}

/**
 * Session-wide hardening: no permission (camera, notifications, …) is ever
 * granted. The CSP comes with every app:// response (app-protocol.ts).
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
