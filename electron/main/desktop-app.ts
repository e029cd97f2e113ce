/**
 * The desktop app's lifecycle: launch options, data folder, single instance,
 * the app:// protocol, the hardened window and session, and the services
 * bound to IPC. Everything that is a decision (options, checks, paths) lives
 * in the small pure modules beside this one; this file only wires them to
 * Electron.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { APP_FOLDER_NAME, defaultDataDirSources, resolveDataDir } from '../app/data-dir';
import { acquireFolderLock, takeoverMessage, type FolderLock } from '../app/folder-lock';
import { createAppServices, type AppServices } from '../api/app-services';
import { createAppProtocolHandler, APP_SCHEME_PRIVILEGES } from './app-protocol';
import { APP_INDEX_URL, APP_SCHEME } from './app-url';
import { externalLinkDialogOptions, OPEN_BUTTON, openExternalSafely } from './external-links';
import { bindApiHandler, forwardEvents } from './ipc-binding';
import { parseLaunchArgs, type LaunchArgs } from './launch-args';
import { rememberedPassphrase, rememberPassphrase } from './passphrase-vault';
import { saveFileChooser } from './save-dialog';
import { bringToFront, claimSingleInstance } from './single-instance';
import { hardenSession, hardenWebContents } from './web-contents-guard';
import { createWindowOptions, WINDOW_TITLE } from './window-options';

export interface DesktopAppOptions {
  /** The user's arguments (argv without Electron's executable and the app path). */
  argv: readonly string[];
  /** The folder of the bundled main file (out/main): preload, renderer and project root are found from it. */
  bundleDir: string;
}

export interface DesktopPaths {
  preload: string;
  renderer: string;
  projectRoot: string;
}

export function desktopPaths(bundleDir: string): DesktopPaths {
  return {
    preload: path.join(bundleDir, '..', 'preload', 'index.cjs'),
    renderer: path.join(bundleDir, '..', 'renderer'),
    projectRoot: path.resolve(bundleDir, '..', '..'),
  };
}

/** The user's own arguments: packaged, argv is [exe, ...args]; unpackaged, [electron, appPath, ...args]. */
export function userArgs(argv: readonly string[], packaged: boolean): string[] {
  return argv.slice(packaged ? 1 : 2);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Who holds the data folder, in the message a second writer gets. */
const DESKTOP_HOLDER = 'l’application de bureau';

/** One writer per data folder, whatever the program: browser mode or a `cae` command writing there is named in French, and the app leaves. */
function takeDataFolder(dataDir: string): FolderLock | null {
  try {
    return acquireFolderLock(dataDir, DESKTOP_HOLDER);
  } catch (error) {
    dialog.showErrorBox(WINDOW_TITLE, errorMessage(error));
    app.exit(1);
    return null;
  }
}

export function runDesktopApp(options: DesktopAppOptions): void {
  let args: LaunchArgs;
  try {
    args = parseLaunchArgs(options.argv);
  } catch (error) {
    dialog.showErrorBox(WINDOW_TITLE, errorMessage(error));
    app.exit(2);
    return;
  }

  // userData must be set before `ready`, and before the single-instance lock,
  // which Chromium keeps in that folder: one running app per data folder.
  const dataDir = resolveDataDir(defaultDataDirSources(args.dataDir));
  app.setName(APP_FOLDER_NAME);
  app.setPath('userData', dataDir);
  app.setPath('sessionData', path.join(dataDir, 'electron'));

  // Another window already works on this data folder: it gets the focus (second-instance), we leave.
  if (!claimSingleInstance(app)) return;
  const folderLock = takeDataFolder(dataDir);
  if (!folderLock) return;

  const paths = desktopPaths(options.bundleDir);
  let mainWindow: BrowserWindow | null = null;
  let services: AppServices | null = null;
  const cleanups: (() => void)[] = [];

  const confirmLink = async (url: string): Promise<boolean> => {
    const dialogOptions = externalLinkDialogOptions(url);
    const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, dialogOptions) : await dialog.showMessageBox(dialogOptions);
    return response === OPEN_BUTTON;
  };
  const openLink = (url: string): Promise<boolean> => openExternalSafely(url, confirmLink, (u) => shell.openExternal(u));

  // Before `ready`: app:// must be known as a standard, secure scheme.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openLink));

  app.on('second-instance', () => bringToFront(mainWindow));
  // Closing the window ends the app on every OS: the databases close with it.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    services?.close();
    services = null;
    folderLock.release();
  });

  const createMainWindow = (): BrowserWindow => {
    const win = new BrowserWindow(createWindowOptions({ preloadPath: paths.preload, devTools: !app.isPackaged }));
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(APP_INDEX_URL);
    return win;
  };

  const start = async (): Promise<void> => {
    hardenSession(session.defaultSession);
    const styleNonce = crypto.randomBytes(16).toString('base64');
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: paths.renderer, styleNonce }));

    const appServices = createAppServices({
      dataDir,
      mode: 'desktop',
      openOptions: { projectRoot: paths.projectRoot, packaged: app.isPackaged },
      // Encryption at rest: the passphrase, once typed, is kept by the OS keychain and opens the workspace at the next start.
      secrets: { onPassphraseAccepted: (passphrase) => rememberPassphrase(safeStorage, dataDir, passphrase) },
      // An export written where the user chooses, by this process (exports.csvToFile): the page never names a path.
      chooseSaveFile: saveFileChooser(
        (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
        app.getPath('documents'),
      ),
    });
    services = appServices;
    const remembered = rememberedPassphrase(safeStorage, dataDir);
    if (remembered !== undefined) await appServices.dispatch('workspace.unlock', { passphrase: remembered }); // a wrong one: the window asks
    // One IPC handler for every API channel; events pushed to the window.
    cleanups.push(bindApiHandler(ipcMain, appServices.dispatch, () => mainWindow?.webContents.mainFrame));
    cleanups.push(forwardEvents(appServices.subscribe, () => mainWindow?.webContents));

    // A lock left by an app that was killed is taken over: said once the window can show it.
    if (folderLock.takenOver) void dialog.showMessageBox({ type: 'info', title: WINDOW_TITLE, message: takeoverMessage(dataDir, folderLock.takenOver) });
    if (args.demo) {
      const reply = await appServices.dispatch('workspace.openDemo', { role: args.demo });
      if (!reply.ok) dialog.showErrorBox(WINDOW_TITLE, `La démonstration n'a pas pu être ouverte : ${reply.error.message}`);
    }
    mainWindow = createMainWindow();
  };

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(WINDOW_TITLE, `L'application n'a pas pu démarrer : ${errorMessage(error)}`);
      app.exit(1);
    });
}
