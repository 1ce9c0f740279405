import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newVisit(): void;
  openDataFolder(): void;
  showShortcuts(): void;
  about(): void;
}

/** File / Edit / View / Help with the standard roles (copy, paste, zoom, full screen work as users expect). */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions, appName = 'ICC Workbench'): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ label: appName, role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New visit', accelerator: 'CmdOrCtrl+N', click: () => actions.newVisit() },
        { label: 'Open data folder', click: () => actions.openDataFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { label: 'Edit', role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Window', role: 'windowMenu' },
    {
      label: 'Help',
      role: 'help',
      submenu: [
        { label: 'Keyboard shortcuts', accelerator: 'F1', click: () => actions.showShortcuts() },
        { label: `About ${appName}`, click: () => actions.about() },
      ],
    },
  ];
}
