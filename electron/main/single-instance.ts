/**
 * One desktop app per data folder. Chromium keeps the single-instance lock in
 * userData, which desktop-app.ts sets to the data folder first: a second
 * launch on the same folder leaves at once, and the window already open comes
 * back to the front instead (restored if minimised). A launch on another data
 * folder is another instance, which the folder lock (.verrou) keeps apart.
 */

/** The part of Electron's app used here (a fake in tests). */
export interface LockingApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
}

/** The part of Electron's BrowserWindow a second launch acts on. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/** Takes the lock; false (and the app is quitting) when another instance holds it. */
export function claimSingleInstance(app: LockingApp): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

/**
 * On 'second-instance': the running window is restored and focused. Returns
 * false when there is none yet (still starting: it shows itself when ready) or
 * no more (closing).
 */
export function bringToFront(win: FocusableWindow | null | undefined): boolean {
  if (!win || win.isDestroyed()) return false;
  if (win.isMinimized()) win.restore();
  win.focus();
  return true;
}
