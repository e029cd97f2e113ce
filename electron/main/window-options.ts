/**
 * The main window's options. The renderer is untrusted as far as the OS is
 * concerned: no Node, its own isolated JS world, Chromium's sandbox, web
 * security on. It reaches the services only through the preload's `window.cae`.
 * window-options.test.ts fails if any of this is weakened.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

// The predicates that go with these options, for whoever looks for them here.
export { isAllowedNavigation } from './app-url';
export { isAllowedExternalUrl } from './external-links';
export { resolveAppFile } from './app-protocol';

export const WINDOW_TITLE = 'Conventions CAE';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Developer tools: for unpackaged runs only. */
  devTools?: boolean;
}

export function createWindowOptions({ preloadPath, devTools = false }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
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
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker would download its dictionaries from the network.
      spellcheck: false,
      devTools,
    },
  };
}
