/**
 * The Electron shell: app lifecycle, the secure window, the app:// protocol, IPC binding and the menu.
 * All behaviour lives in services under src/main that run under plain Node; this file only wires them.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../api/create-api';
import { APP_VERSION } from '../util/app-paths';
import { createDialogs } from './dialogs';
import { bindIpc } from './ipc';
import { IPC } from '../../shared/ipc-channels';
import { menuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { allowedOrigins, createMainWindow, denyAllPermissions } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // One writer at a time: a second instance hands over to the first and quits.
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    const dataDir = app.getPath('userData');
    const api = createApi({ dataDir, transport: 'electron', appVersion: APP_VERSION });
    denyAllPermissions();
    registerAppProtocol(protocol, rendererDir);
    bindIpc(ipcMain, {
      dispatch: api.dispatch,
      files: api.ctx.files,
      dialogs: createDialogs(dialog, () => mainWindow),
      origins: allowedOrigins(devServerUrl),
    });
    const send = (command: string) => mainWindow?.webContents.send(IPC.menuCommand, command);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(process.platform, {
          newVisit: () => send('new-visit'),
          showShortcuts: () => send('show-shortcuts'),
          openDataFolder: () => void shell.openPath(dataDir),
          about: () =>
            void dialog.showMessageBox({ type: 'info', title: 'ICC Workbench', message: `ICC Workbench ${APP_VERSION}`, detail: `Data folder: ${dataDir}` }),
        }),
      ),
    );
    const open = () => {
      mainWindow = createMainWindow({ preloadPath, devServerUrl, title: 'ICC Workbench' });
      mainWindow.on('closed', () => (mainWindow = null));
    };
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
    app.on('before-quit', () => api.close());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
