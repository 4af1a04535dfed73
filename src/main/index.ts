import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, session as electronSession, type BrowserWindow, type WebContents } from 'electron';
import { CopydeskError } from '@shared/errors';
import { contract } from '@shared/ipc/contract';
import { createHandlers } from './api/handlers';
import { serve, type Dispatch } from './api/serve';
import { WorkspaceSession } from './api/workspace-session';
import { createAppProtocolHandler } from './app/app-protocol';
import { initialFolder } from './app/first-run';
import { sampleCopyPath } from './app/sample-corpus';
import { createFolderGrants } from './app/folder-grants';
import { createFolderTrust } from './app/folder-trust';
import { buildAppMenu } from './app/menu';
import { electronNativeBindingPath, findElectronNativeBinding, missingNativeBindingMessage } from './app/native-sqlite';
import { APP_SCHEME, rendererSource } from './app/renderer-source';
import { createSettingsStore } from './app/settings';
import { blockNetworkRequests, guardWebContents } from './app/web-contents-guard';
import { applySpellcheckLanguages } from './app/spellcheck';
import { createMainWindow, hardenSession } from './app/window';
import { appDataDir } from './services/app-paths';
import { createRemoteImageProxy } from './services/remote-image';
import { bindIpc, createSenderCheck, forwardEvents } from './transports/electron-ipc';

/*
 * The Electron shell: lifecycle, one window, menu, dialogs. Everything the
 * window can do goes through the same handlers as the CLI and HTTP.
 */

// One data folder for the app and the CLI, so they share indexes and the sample copy.
app.setPath('userData', appDataDir());
app.enableSandbox();

// `electron-vite build` compiles this bundle with DEV false: `npm start` and a packaged app never load a dev server.
const renderer = rendererSource({ isPackaged: app.isPackaged, devBuild: import.meta.env.DEV === true, env: process.env });

// app:// behaves like https for the page (origin, CSP, fetch), so it must be registered before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Every web contents, not only our window's: no webviews, no navigation away, no new windows.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { rendererUrl: renderer.url }));

let win: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}

async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  const nativeBinding = findElectronNativeBinding(appRoot);
  if (nativeBinding === null) {
    dialog.showErrorBox('Copydesk cannot open its index', missingNativeBindingMessage(electronNativeBindingPath(appRoot)));
    app.exit(1);
    return;
  }

  const userData = app.getPath('userData');
  const settings = createSettingsStore(userData);
  const grants = createFolderGrants({ recentFolders: () => settings.recentFolders() });
  // The copy of the bundled sample site runs our own content config: trusted without asking.
  const trust = createFolderTrust(settings, { ours: [sampleCopyPath(userData)] });
  const rendererUrl = renderer.url;
  const session = new WorkspaceSession({
    workerPath: join(__dirname, 'parse-worker.js'),
    nativeBinding,
    canOpenOther: true,
    // A site's content config runs only for a folder the person trusted (asked once, remembered, revocable).
    trusted: (root) => trust.isTrusted(root),
    // The config runs in a child process: this Electron binary, as plain Node.
    modelRuntime: { execPath: process.execPath, env: { ELECTRON_RUN_AS_NODE: '1' } },
    onOpened: (root) => {
      grants.grant(root);
      settings.addRecent(root);
      refreshMenu();
    },
  });

  const handlers = createHandlers({
    getWorkspace: () => session.current(),
    openWorkspace: (root) => session.open(root),
    canOpenOther: true,
    recentFolders: () => settings.recentFolders(),
    mayOpenFolder: (root) => grants.mayOpen(root),
    remoteContent: settings,
    folderTrust: {
      wasAsked: (root) => trust.wasAsked(root),
      setTrusted: (root, trusted) => trust.setTrusted(root, trusted),
      apply: (trusted) => session.setTrusted(trusted),
    },
    emit: (event, payload) => session.events.emit(event, payload),
    setSpellcheckLanguages: (langs) => applySpellcheckLanguages(electronSession.defaultSession, langs),
    pickFolder: async () => {
      const options = { title: 'Open a folder of articles', properties: ['openDirectory' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const chosen = result.canceled ? null : (result.filePaths[0] ?? null);
      if (chosen !== null) grants.grant(chosen);
      return chosen;
    },
  });
  const dispatch = serve(contract, handlers);
  const webContents = (): WebContents | null => (win && !win.isDestroyed() ? win.webContents : null);

  const defaultSession = electronSession.defaultSession;
  hardenSession(defaultSession);
  if (!renderer.devServer) blockNetworkRequests(defaultSession);
  defaultSession.protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rendererDir: join(__dirname, '../renderer'),
      remoteImage: createRemoteImageProxy({
        allowed: () => {
          const ws = session.current();
          return ws !== null && settings.isAllowed(ws.root);
        },
      }),
    }),
  );
  bindIpc({ ipcMain, dispatch, isTrustedSender: createSenderCheck({ getWebContents: webContents, rendererUrl }) });
  forwardEvents(session.events.subscribe, webContents);

  function refreshMenu(): void {
    Menu.setApplicationMenu(
      buildAppMenu({
        recentFolders: settings.recentFolders(),
        isDev: !app.isPackaged,
        openFolder: () => void switchFolder(dispatch, 'workspace.pick', {}),
        openRecent: (root) =>
          void switchFolder(dispatch, 'workspace.open', { root }).then((ok) => {
            if (!ok) {
              settings.removeRecent(root);
              refreshMenu();
            }
          }),
        reindex: () => void report(dispatch('workspace.reindex', { full: false })),
        command: (command) => session.events.emit('app.command', { command }),
        about: () =>
          void dialog.showMessageBox({ type: 'info', title: 'About Copydesk', message: `Copydesk ${app.getVersion()}`, detail: 'Editorial desk for multilingual Markdown newsrooms.' }),
      }),
    );
  }

  try {
    const argv = process.argv.slice(app.isPackaged ? 1 : 2);
    await session.open(await initialFolder({ argv, recentFolders: settings.recentFolders(), userData, appRoot, onNote: (note) => console.info(`[copydesk] ${note}`) }));
  } catch (error) {
    // Start anyway: the window offers File ▸ Open Folder… when no workspace is open.
    console.error('[copydesk] could not open the initial folder', error);
  }
  win = createMainWindow({ preloadPath: join(__dirname, '../preload/index.js'), rendererUrl });
  win.on('closed', () => {
    win = null;
  });
  refreshMenu();

  app.on('before-quit', (event) => {
    if (session.current() === null) return;
    // Let the index and watcher close cleanly (WAL checkpoint), then quit for real.
    event.preventDefault();
    void session.close().finally(() => app.quit());
  });
}

/**
 * Opens a folder from the menu. The renderer learns about it from the
 * `workspace.opened` event (no reload, so nothing unsaved is lost by the
 * switch itself). Resolves to false when the folder could not be opened.
 */
async function switchFolder(dispatch: Dispatch, channel: 'workspace.pick' | 'workspace.open', input: object): Promise<boolean> {
  const envelope = await dispatch(channel, input);
  if (!envelope.ok) {
    dialog.showErrorBox('Could not open the folder', envelope.error.message);
    return false;
  }
  return true;
}

async function report(pending: ReturnType<Dispatch>): Promise<void> {
  const envelope = await pending;
  if (!envelope.ok) dialog.showErrorBox('Copydesk', envelope.error.message);
}

function fail(error: unknown): void {
  const message = error instanceof CopydeskError || error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Copydesk could not start', message);
  app.exit(1);
}
