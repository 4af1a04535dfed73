import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '@shared/ipc/contract';

/** What the menu can ask of the shell; each maps to a handler call or a window action. */
export interface MenuActions {
  openFolder(): void;
  openRecent(root: string): void;
  reindex(): void;
  about(): void;
  /** Asks the renderer to run one of its own commands. */
  command(command: AppCommand): void;
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

  // The renderer handles these shortcuts itself (they depend on focus); the menu
  // shows them and sends the command when clicked, without registering the key twice.
  const rendererItem = (label: string, accelerator: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => actions.command(command),
  });

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        { label: 'Open Recent', submenu: recent },
        rendererItem('Quick Open…', 'CmdOrCtrl+P', 'quick-open'),
        { type: 'separator' },
        rendererItem('Save', 'CmdOrCtrl+S', 'save'),
        rendererItem('Save Both Panes', 'CmdOrCtrl+Shift+S', 'save-all'),
        { type: 'separator' },
        { label: 'Reindex', accelerator: 'CmdOrCtrl+Shift+R', click: () => actions.reindex() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        rendererItem('Find in Library', 'CmdOrCtrl+F', 'find'),
        rendererItem('Undo Last Bulk Edit…', 'CmdOrCtrl+Alt+Z', 'undo-bulk-edit'),
      ],
    },
    {
      label: 'View',
      submenu: [
        // No reload item: a reload while an edit is unsaved would lose it.
        ...(actions.isDev ? [{ role: 'toggleDevTools' as const }, { type: 'separator' as const }] : []),
        { label: 'Collections and Folder Trust', click: () => actions.command('show-collections') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        rendererItem('Keyboard Shortcuts', '?', 'show-shortcuts'),
        { label: 'About Copydesk', click: () => actions.about() },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
