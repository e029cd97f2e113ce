/**
 * better-sqlite3 is a native module, and Electron has its own ABI. Under plain
 * Node (CLI, tests, browser mode) the binding npm built is used. Inside an
 * unpackaged Electron, `scripts/postinstall.mjs` has built an Electron-ABI
 * copy into `native/electron/`; packaged builds are rebuilt for Electron by
 * electron-builder, so better-sqlite3 finds its own binding there.
 *
 * Returns the path to pass as better-sqlite3's `nativeBinding` option, or
 * undefined to let better-sqlite3 find its default binding.
 */
import path from 'node:path';

export interface BindingEnvironment {
  /** `process.versions.electron`, undefined under plain Node. */
  electronVersion: string | undefined;
  /** Whether the app runs from an installer build (electron-builder rebuilt the module). */
  packaged: boolean;
  /** The project root (where `native/` is). */
  projectRoot: string;
  exists: (file: string) => boolean;
}

export const ELECTRON_BINDING_RELATIVE = path.join('native', 'electron', 'better_sqlite3.node');

export function selectNativeBinding(env: BindingEnvironment): string | undefined {
  if (!env.electronVersion || env.packaged) return undefined;
  const candidate = path.join(env.projectRoot, ELECTRON_BINDING_RELATIVE);
  if (!env.exists(candidate)) {
    throw new Error(`Le module SQLite n'a pas été compilé pour Electron (${candidate} absent). Lancez « npm install » ou « node scripts/postinstall.mjs ».`);
  }
  return candidate;
}
