/**
 * The main process's wiring, with Electron and the services replaced by
 * fakes (the Electron binary is not needed): what happens before `ready`,
 * the order of the start-up steps, and that the window, the protocol, IPC
 * and external links are bound to the hardened pieces.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServicesOptions } from '../api/app-services';
import { contentSecurityPolicy } from '../security/csp';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { createWindowOptions } from './window-options';

type Fn = (...args: never[]) => unknown;

class Emitter {
  listeners = new Map<string, ((...args: unknown[]) => unknown)[]>();
  on(event: string, listener: (...args: unknown[]) => unknown) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: (...args: unknown[]) => unknown) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

type Env = ReturnType<typeof makeEnv>;

// The fakes, rebuilt for every test.
function makeEnv(lock = true) {
  const order: string[] = [];
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    getPath: vi.fn((name: string) => `/home/agent/${name === 'documents' ? 'Documents' : name}`),
    setName: vi.fn(),
    setPath: vi.fn((name: string) => order.push(`setPath:${name}`)),
    requestSingleInstanceLock: vi.fn(() => (order.push('lock'), lock)),
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: () => ready,
  });

  class FakeContents extends Emitter {
    mainFrame = { url: 'app://bundle/index.html', processId: 7, routingId: 1 };
    send = vi.fn();
    isDestroyed = () => false;
    openHandler: ((details: { url: string }) => unknown) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.openHandler = handler;
    }
  }
  class FakeWindow extends Emitter {
    static instances: FakeWindow[] = [];
    webContents = new FakeContents();
    loadURL = vi.fn(async (url: string) => void order.push(`loadURL:${url}`));
    show = vi.fn(() => order.push('show'));
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => true);
    isDestroyed = vi.fn(() => false);
    constructor(readonly options: unknown) {
      super();
      order.push('window');
      FakeWindow.instances.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
  }

  const invokeHandlers = new Map<string, Fn>();
  const permission: { request?: Fn; check?: Fn; device?: Fn; network?: Fn } = {};
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemes')),
      handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) => order.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Fn) => (permission.request = handler),
        setPermissionCheckHandler: (handler: Fn) => (permission.check = handler),
        setDevicePermissionHandler: (handler: Fn) => (permission.device = handler),
        webRequest: { onBeforeRequest: (_filter: { urls: string[] }, handler: Fn) => (permission.network = handler) },
      },
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: Fn) => invokeHandlers.set(channel, handler)),
      removeHandler: vi.fn((channel: string) => invokeHandlers.delete(channel)),
    },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/agent/Bureau/conventions.csv' })),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    // A keychain that only this fake session reads (the real one is the OS's, through safeStorage).
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(`trousseau:${Buffer.from(text).toString('base64')}`),
      decryptString: (bytes: Buffer) => Buffer.from(bytes.toString().replace(/^trousseau:/, ''), 'base64').toString(),
    },
  };

  const services = {
    options: undefined as ServicesOptions | undefined,
    listeners: [] as ((event: string, payload: unknown) => void)[],
    dispatch: vi.fn(async (channel: unknown, _input: unknown) => {
      order.push(`dispatch:${String(channel)}`);
      return { ok: true, value: { channel } };
    }),
    close: vi.fn(),
  };
  const createServices = vi.fn((options: ServicesOptions) => {
    services.options = options;
    order.push('services');
    return {
      dispatch: services.dispatch,
      subscribe: (listener: (event: string, payload: unknown) => void) => {
        services.listeners.push(listener);
        return () => undefined;
      },
      close: services.close,
    };
  });
  return { order, app, electron, FakeWindow, invokeHandlers, permission, services, createServices, resolveReady };
}

let project: string;
let dataDir: string;

beforeEach(() => {
  vi.resetModules();
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-desktop-'));
  dataDir = path.join(project, 'données');
  fs.mkdirSync(path.join(project, 'out', 'main'), { recursive: true });
  fs.mkdirSync(path.join(project, 'out', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(project, 'out', 'renderer', 'index.html'), '<meta name="cae-style-nonce" content="__CAE_STYLE_NONCE__" />');
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

async function load(env: Env) {
  vi.doMock('electron', () => env.electron);
  vi.doMock('../api/app-services', () => ({ createAppServices: env.createServices }));
  return import('./desktop-app');
}

async function launch(argv: string[], lock = true) {
  const env = makeEnv(lock);
  const { runDesktopApp } = await load(env);
  runDesktopApp({ argv, bundleDir: path.join(project, 'out', 'main') });
  return env;
}

async function launchReady(argv: string[] = []) {
  const env = await launch(['--data-dir', dataDir, ...argv]);
  env.resolveReady();
  await vi.waitFor(() => expect(env.FakeWindow.instances).toHaveLength(1));
  return { env, win: env.FakeWindow.instances[0]! };
}

describe('paths and arguments', () => {
  it('finds the preload, the renderer and the project root from out/main', async () => {
    const { desktopPaths } = await load(makeEnv());
    expect(desktopPaths(path.join('/p', 'out', 'main'))).toEqual({
      preload: path.join('/p', 'out', 'preload', 'index.cjs'),
      renderer: path.join('/p', 'out', 'renderer'),
      projectRoot: path.resolve('/p'),
    });
  });

  it("keeps the user's arguments only, packaged or not", async () => {
    const { userArgs } = await load(makeEnv());
    expect(userArgs(['/usr/bin/electron', '/p', '--demo'], false)).toEqual(['--demo']);
    expect(userArgs(['C:\\Conventions CAE.exe', '--demo'], true)).toEqual(['--demo']);
  });
});

describe('before ready', () => {
  it('sets userData to the data folder, then takes the single-instance lock, and registers app:// as privileged', async () => {
    const env = await launch(['--data-dir', dataDir]);
    expect(env.app.setPath).toHaveBeenCalledWith('userData', path.resolve(dataDir));
    expect(env.app.setPath).toHaveBeenCalledWith('sessionData', path.join(path.resolve(dataDir), 'electron'));
    expect(env.order.indexOf('setPath:userData')).toBeLessThan(env.order.indexOf('lock'));
    expect(env.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(env.app.enableSandbox).toHaveBeenCalled();
    // Nothing that needs `ready` has run yet.
    expect(env.createServices).not.toHaveBeenCalled();
    expect(env.FakeWindow.instances).toHaveLength(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    const env = await launch(['--data-dir', dataDir], false);
    expect(env.app.quit).toHaveBeenCalled();
    env.resolveReady();
    await Promise.resolve();
    expect(env.createServices).not.toHaveBeenCalled();
    expect(env.FakeWindow.instances).toHaveLength(0);
    // It leaves before touching the data folder: the running app keeps its lock.
    expect(fs.existsSync(path.join(dataDir, '.verrou'))).toBe(false);
    expect(env.app.listeners.has('second-instance')).toBe(false);
  });

  it('refuses bad arguments with a French message', async () => {
    const env = await launch(['--demo=patron']);
    expect(env.electron.dialog.showErrorBox).toHaveBeenCalledWith('Conventions CAE', expect.stringContaining('Rôle de démonstration inconnu'));
    expect(env.app.exit).toHaveBeenCalledWith(2);
    expect(env.app.setPath).not.toHaveBeenCalled();
  });
});

describe('on ready', () => {
  it('starts the desktop services on the data folder, with the project root for the Electron SQLite binding', async () => {
    const { env } = await launchReady();
    expect(env.services.options).toMatchObject({
      dataDir: path.resolve(dataDir),
      mode: 'desktop',
      openOptions: { projectRoot: project, packaged: false },
    });
  });

  it('gives the services the « Enregistrer sous » box, opened by main on the window in the documents folder (exports.csvToFile)', async () => {
    const { env, win } = await launchReady();
    const choose = (env.services.options as { chooseSaveFile: (name: string) => Promise<string | null> }).chooseSaveFile;
    expect(await choose('conventions-2026-12-06.csv')).toBe('/home/agent/Bureau/conventions.csv');
    expect(env.electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ defaultPath: path.join('/home/agent/Documents', 'conventions-2026-12-06.csv'), title: 'Enregistrer le fichier' }),
    );
  });

  it('opens the hardened window on app://bundle/index.html and shows it when ready', async () => {
    const { env, win } = await launchReady();
    expect(win.options).toEqual(createWindowOptions({ preloadPath: path.join(project, 'out', 'preload', 'index.cjs'), devTools: true }));
    expect(win.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
    expect(env.order.indexOf('protocol.handle')).toBeLessThan(env.order.indexOf('window'));
  });

  it('serves the renderer over app:// with the CSP and a fresh nonce', async () => {
    const { env } = await launchReady();
    const [scheme, handler] = env.electron.protocol.handle.mock.calls[0]!;
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://bundle/index.html'));
    const nonce = /content="([^"]+)"/.exec(await response.text())?.[1] ?? '';
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(nonce));
    expect((await handler(new Request('app://bundle/%2e%2e%2fmain%2fsecret.js'))).status).toBe(404);
  });

  it('denies every permission and every network request', async () => {
    const { env } = await launchReady();
    const callback = vi.fn();
    (env.permission.request as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((env.permission.check as () => boolean)()).toBe(false);
    const network = vi.fn();
    (env.permission.network as (details: unknown, cb: (r: { cancel: boolean }) => void) => void)({ url: 'https://example.org' }, network);
    expect(network).toHaveBeenCalledWith({ cancel: true });
  });

  it('guards the window: navigation outside the app and new windows are denied', async () => {
    const { win } = await launchReady();
    let prevented = false;
    win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.org');
    expect(prevented).toBe(true);
    expect(win.webContents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });
});

describe('IPC', () => {
  it('dispatches calls from the window and refuses any other frame', async () => {
    const { env, win } = await launchReady();
    const handler = env.invokeHandlers.get('cae:invoke') as (event: unknown, channel: unknown, input: unknown) => Promise<unknown>;
    expect([...env.invokeHandlers.keys()]).toEqual(['cae:invoke']);
    await expect(handler({ senderFrame: win.webContents.mainFrame }, 'app.info', {})).resolves.toEqual({ ok: true, value: { channel: 'app.info' } });
    const stranger = { ...win.webContents.mainFrame, routingId: 2 };
    await expect(handler({ senderFrame: stranger }, 'app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Origine refusée.' },
    });
    expect(env.services.dispatch).toHaveBeenCalledTimes(1);
  });

  it('pushes service events to the window', async () => {
    const { env, win } = await launchReady();
    env.services.listeners.forEach((listener) => listener('workspace.changed', { active: 'demo', workspace: null }));
    expect(win.webContents.send).toHaveBeenCalledWith('cae:event', 'workspace.changed', { active: 'demo', workspace: null });
  });

  it('unbinds and closes the services when the app quits', async () => {
    const { env } = await launchReady();
    env.app.emit('will-quit');
    expect(env.services.close).toHaveBeenCalled();
    expect(env.invokeHandlers.size).toBe(0);
  });
});

describe('launch options and instances', () => {
  it('--demo employeur opens that demo before the window exists', async () => {
    const { env } = await launchReady(['--demo', 'employeur']);
    expect(env.services.dispatch).toHaveBeenCalledWith('workspace.openDemo', { role: 'employeur' });
    expect(env.order.indexOf('dispatch:workspace.openDemo')).toBeLessThan(env.order.indexOf('window'));
  });

  it('keeps the passphrase once accepted in the OS keychain, never in clear (issue #15, safeStorage)', async () => {
    const first = await launchReady();
    first.env.services.options!.secrets!.onPassphraseAccepted!('quatre mots pour Tremplin');
    const kept = fs.readFileSync(path.join(dataDir, 'phrase-secrete.trousseau'));
    expect(kept.includes(Buffer.from('Tremplin'))).toBe(false);
    expect(first.env.services.dispatch).not.toHaveBeenCalled();
  });

  it('opens the encrypted workspace with the passphrase the keychain kept, before the window exists (issue #15, safeStorage)', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'phrase-secrete.trousseau'), `trousseau:${Buffer.from('quatre mots pour Tremplin').toString('base64')}`);
    const { env } = await launchReady();
    expect(env.services.dispatch).toHaveBeenCalledWith('workspace.unlock', { passphrase: 'quatre mots pour Tremplin' });
    expect(env.order.indexOf('dispatch:workspace.unlock')).toBeLessThan(env.order.indexOf('window'));
  });

  it('opens no demo without --demo', async () => {
    const { env } = await launchReady();
    expect(env.services.dispatch).not.toHaveBeenCalled();
  });

  it('a second launch brings the window back (and does nothing while the window is not there yet)', async () => {
    const env = await launch(['--data-dir', dataDir]);
    expect(() => env.app.emit('second-instance', {}, ['electron', '.'])).not.toThrow();
    env.resolveReady();
    await vi.waitFor(() => expect(env.FakeWindow.instances).toHaveLength(1));
    const win = env.FakeWindow.instances[0]!;
    expect(win.focus).not.toHaveBeenCalled();
    env.app.emit('second-instance', {}, ['electron', '.']);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('reports a failed start in French and exits', async () => {
    const env = await launch(['--data-dir', dataDir]);
    env.createServices.mockImplementationOnce(() => {
      throw new Error('base illisible');
    });
    env.resolveReady();
    await vi.waitFor(() => expect(env.app.exit).toHaveBeenCalledWith(1));
    expect(env.electron.dialog.showErrorBox).toHaveBeenCalledWith('Conventions CAE', "L'application n'a pas pu démarrer : base illisible");
  });
});

describe('external links', () => {
  it('asks in French, then opens only https:/mailto: links the user accepted', async () => {
    const { env, win } = await launchReady();
    const openWindow = (url: string) => win.webContents.openHandler?.({ url });
    expect(openWindow('https://example.org/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(env.electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/'));
    expect(env.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ message: 'Ouvrir ce lien dans votre navigateur ?', buttons: ['Ouvrir', 'Annuler'] }),
    );

    // Refused by the user, then a link that is never offered; the last one, accepted, settles after both.
    env.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    openWindow('mailto:a@b.fr');
    openWindow('javascript:alert(1)');
    openWindow('https://example.org/suite');
    await vi.waitFor(() => expect(env.electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/suite'));
    expect(env.electron.dialog.showMessageBox).toHaveBeenCalledTimes(3);
    expect(env.electron.shell.openExternal.mock.calls).toEqual([['https://example.org/'], ['https://example.org/suite']]);
  });
});
