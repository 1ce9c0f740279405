import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { useTempDir } from '../../../test/support/temp';
import { FileRegistry } from '../services/file-registry';

// The Electron binary cannot run here: a fake module records what the shell asks of Electron.
const fake = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; loaded: string[]; webContents: unknown }[] = [];
  const session = { permissionRequest: undefined as unknown, permissionCheck: undefined as unknown };
  return { windows, session };
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWebContents extends EventEmitter {
    openHandler: ((d: { url: string }) => unknown) | undefined;
    setWindowOpenHandler(h: (d: { url: string }) => unknown) {
      this.openHandler = h;
    }
  }
  class BrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      super();
      fake.windows.push({ options, loaded: this.loaded, webContents: this.webContents });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show() {}
  }
  return {
    BrowserWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: unknown) => (fake.session.permissionRequest = h),
        setPermissionCheckHandler: (h: unknown) => (fake.session.permissionCheck = h),
      },
    },
  };
});

const { createMainWindow, denyAllPermissions, hardenWebContents, secureWebPreferences, allowedOrigins } = await import('./window');
const { bindIpc, isTrustedSender } = await import('./ipc');
const { createAppProtocolHandler, APP_ORIGIN, APP_SCHEME_PRIVILEGES } = await import('./protocol');
const { menuTemplate } = await import('./menu');
const { createDialogs } = await import('./dialogs');
const { IPC } = await import('../../shared/ipc-channels');

const navEvent = () => ({ defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } });

describe('the Electron window', () => {
  beforeEach(() => (fake.windows.length = 0));

  it('turns on every isolation switch and never enables Node in the page', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the app from app:// (not file://) with the secure preferences', () => {
    createMainWindow({ preloadPath: '/p.cjs', title: 'ICC Workbench' });
    const [win] = fake.windows;
    expect(win!.loaded).toEqual([`${APP_ORIGIN}/index.html`]);
    expect(win!.options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });

  it('denies pop-ups, navigation away from the app and webviews', () => {
    createMainWindow({ preloadPath: '/p.cjs', title: 'x' });
    const contents = fake.windows[0]!.webContents as EventEmitter & { openHandler: (d: { url: string }) => unknown };
    expect(contents.openHandler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const away = navEvent();
    contents.emit('will-navigate', away, 'https://example.org/phish');
    expect(away.defaultPrevented).toBe(true);
    const inside = navEvent();
    contents.emit('will-navigate', inside, `${APP_ORIGIN}/index.html#/visits`);
    expect(inside.defaultPrevented).toBe(false);
    const fileUrl = navEvent();
    contents.emit('will-navigate', fileUrl, 'file:///etc/passwd');
    expect(fileUrl.defaultPrevented).toBe(true);
    const webview = navEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    const redirect = navEvent();
    contents.emit('will-redirect', redirect, 'http://evil.test');
    expect(redirect.defaultPrevented).toBe(true);
  });

  it('allows the dev server origin only when one is given', () => {
    expect(allowedOrigins(undefined)).toEqual([APP_ORIGIN]);
    expect(allowedOrigins('http://localhost:5173/')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: () => void };
    contents.setWindowOpenHandler = () => {};
    hardenWebContents(contents as never, [APP_ORIGIN]);
    const dev = navEvent();
    contents.emit('will-navigate', dev, 'http://localhost:5173/');
    expect(dev.defaultPrevented).toBe(true);
  });

  it('refuses every permission request (camera, microphone, location, notifications…)', () => {
    denyAllPermissions();
    const answers: boolean[] = [];
    (fake.session.permissionRequest as (w: unknown, p: string, cb: (v: boolean) => void) => void)(null, 'media', (v) => answers.push(v));
    (fake.session.permissionRequest as (w: unknown, p: string, cb: (v: boolean) => void) => void)(null, 'geolocation', (v) => answers.push(v));
    expect(answers).toEqual([false, false]);
    expect((fake.session.permissionCheck as () => boolean)()).toBe(false);
  });
});

describe('IPC', () => {
  const tempDir = useTempDir();

  const setup = () => {
    const handlers = new Map<string, (...args: unknown[]) => unknown>();
    const ipcMain = { handle: (ch: string, fn: (...args: unknown[]) => unknown) => handlers.set(ch, fn) };
    const calls: unknown[][] = [];
    const dir = tempDir();
    const files = new FileRegistry(dir);
    const picked = join(dir, 'report.pdf');
    writeFileSync(picked, '%PDF');
    const dialogs = { pickFile: vi.fn(async () => picked), saveFile: vi.fn(async (name: string) => join(dir, `saved-${name}`)) };
    bindIpc(ipcMain as never, {
      dispatch: async (method, input) => {
        calls.push([method, input]);
        return { ok: true, value: 'done' };
      },
      files,
      dialogs,
      origins: [APP_ORIGIN],
    });
    const appFrame = { url: `${APP_ORIGIN}/index.html`, parent: null };
    return { handlers, calls, files, dir, dialogs, appFrame };
  };

  it('checks the sender frame: only the app page itself, not iframes or other origins', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: null } as never, [APP_ORIGIN])).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.test/', parent: null } as never, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ url: `${APP_ORIGIN}/x`, parent: {} } as never, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender(null, [APP_ORIGIN])).toBe(false);
  });

  it('dispatches calls from the app and refuses the same call from a foreign frame', async () => {
    const { handlers, calls, appFrame } = setup();
    expect(await handlers.get(IPC.invoke)!({ senderFrame: appFrame }, 'visits.list', {})).toEqual({ ok: true, value: 'done' });
    const refused = await handlers.get(IPC.invoke)!({ senderFrame: { url: 'https://evil.test', parent: null } }, 'visits.delete', {});
    expect(refused).toMatchObject({ ok: false });
    expect(calls).toEqual([['visits.list', {}]]);
  });

  it('turns a native open dialog choice into a file token, never a path in the page', async () => {
    const { handlers, files, appFrame } = setup();
    const result = (await handlers.get(IPC.pickFile)!({ senderFrame: appFrame }, { extensions: ['pdf'], filterName: 'PDF' })) as {
      ok: true;
      value: { fileToken: string; name: string };
    };
    expect(result.value.fileToken).toMatch(/^ft_/);
    expect(JSON.stringify(result)).not.toContain('/');
    expect(files.resolve(result.value.fileToken).name).toBe('report.pdf');
  });

  it('copies a produced file to the place chosen in the save dialog', async () => {
    const { handlers, files, dir, appFrame } = setup();
    const path = files.tempPath('.docx');
    writeFileSync(path, 'docx-bytes');
    const produced = files.produced(path, 'strategy.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await handlers.get(IPC.saveFile)!({ senderFrame: appFrame }, produced.fileToken, 'strategy.docx')).toEqual({ ok: true, value: { saved: true } });
    expect(readFileSync(join(dir, 'saved-strategy.docx'), 'utf8')).toBe('docx-bytes');
    expect(await handlers.get(IPC.saveFile)!({ senderFrame: appFrame }, 'ft_doesnotexist123', 'x')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('app:// protocol', () => {
  const tempDir = useTempDir();
  it('serves the renderer with the CSP and refuses paths outside it', async () => {
    const root = tempDir();
    const renderer = join(root, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<html></html>');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    const handle = createAppProtocolHandler(renderer);
    const ok = await handle(new Request(`${APP_ORIGIN}/assets/app.js`));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('javascript');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await handle(new Request(`${APP_ORIGIN}${path}`));
      expect(await res.text()).not.toBe('secret');
    }
    expect((await handle(new Request('app://other-host/index.html'))).status).toBe(404);
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
  });
});

describe('menu and dialogs', () => {
  it('has File, Edit, View, Window and Help with the standard roles', () => {
    const actions = { newVisit: vi.fn(), openDataFolder: vi.fn(), showShortcuts: vi.fn(), about: vi.fn() };
    const menu = menuTemplate('linux', actions);
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(menu.find((m) => m.label === 'Edit')!.role).toBe('editMenu');
    const view = menu.find((m) => m.label === 'View')!.submenu as { role?: string }[];
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const file = menu.find((m) => m.label === 'File')!.submenu as { label?: string; click?: () => void; role?: string }[];
    file.find((i) => i.label === 'New visit')!.click!();
    expect(actions.newVisit).toHaveBeenCalled();
    expect(file.at(-1)!.role).toBe('quit');
    expect(menuTemplate('darwin', actions)[0]!.role).toBe('appMenu');
  });

  it('wraps native dialogs: cancel gives null, extensions are sanitised', async () => {
    const dialog = {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/u/report.pdf'] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    };
    const dialogs = createDialogs(dialog as never, () => null);
    expect(await dialogs.pickFile({ extensions: ['pdf', '../x'], filterName: 'PDF' })).toBe('/home/u/report.pdf');
    expect((dialog.showOpenDialog.mock.calls[0] as unknown[])[0]).toMatchObject({ filters: [{ name: 'PDF', extensions: ['pdf', 'x'] }] });
    expect(await dialogs.saveFile('a.docx')).toBeNull();
  });
});
