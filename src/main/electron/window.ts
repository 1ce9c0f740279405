import { BrowserWindow, session, type WebContents, type WebPreferences } from 'electron';
import { APP_ORIGIN } from './protocol';

/** Every security switch of the window in one place, so a test can check each of them. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: true,
  };
}

/**
 * scheme://host of a URL. Node's URL gives origin "null" for non-special schemes such as app://,
 * so the origin is rebuilt from protocol and host.
 */
export const originOf = (url: string): string | null => {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
};

/** The origins the window may show: the packaged app, or the dev server when electron-vite runs it. */
export const allowedOrigins = (devServerUrl: string | undefined): string[] =>
  [APP_ORIGIN, devServerUrl ? originOf(devServerUrl) : null].filter((o): o is string => Boolean(o));

export const isAllowedUrl = (url: string, origins: string[]): boolean => {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
};

/** No pop-ups, no navigation away from the app, no webviews, no permissions (camera, location…). */
export function hardenWebContents(contents: WebContents, origins: string[]): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedUrl(url, origins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedUrl(url, origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function createMainWindow(options: { preloadPath: string; devServerUrl?: string; title: string }): BrowserWindow {
  const origins = allowedOrigins(options.devServerUrl);
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    title: options.title,
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  hardenWebContents(win.webContents, origins);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
