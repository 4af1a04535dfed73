import { Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu can ask of the shell; each maps to a handler call or a window action. */
export interface MenuActions {
  openFolder(): void;
  openRecent(root: string): void;
  reindex(): void;
  about(): void;
  recentFolders: string[];
  isDev: boolean;
}

/**
 * File (Open Folder…, Open Recent, Reindex), Edit, View, Help. Rebuilt
 * whenever the recent list changes, since Electron menus are immutable.
 */
export function buildAppMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] =
    actions.recentFolders.length > 0
      ? actions.recentFolders.map((root) => ({ label: root, click: () => actions.openRecent(root) }))
      : [{ label: 'No recent folders', enabled: false }];

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        { label: 'Reindex', accelerator: 'CmdOrCtrl+Shift+R', click: () => actions.reindex() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        // No reload item: a reload while an edit is unsaved would lose it.
        ...(actions.isDev ? [{ role: 'toggleDevTools' as const }, { type: 'separator' as const }] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: [{ label: 'About Copydesk', click: () => actions.about() }] },
  ];
  return Menu.buildFromTemplate(template);
}
