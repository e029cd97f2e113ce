/**
 * Where the data lives: `--data-dir DIR`, else `CAE_DATA_DIR`, else the
 * OS-standard per-user application folder (the one Electron calls userData).
 */
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Conventions CAE';

export interface DataDirSources {
  flag?: string | undefined;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  cwd: string;
}

export function resolveDataDir(src: DataDirSources): string {
  const explicit = src.flag ?? src.env.CAE_DATA_DIR;
  if (explicit) return path.resolve(src.cwd, explicit);
  switch (src.platform) {
    case 'win32':
      return path.join(src.env.APPDATA ?? path.join(src.home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
    case 'darwin':
      return path.join(src.home, 'Library', 'Application Support', APP_FOLDER_NAME);
    default:
      return path.join(src.env.XDG_CONFIG_HOME ?? path.join(src.home, '.config'), APP_FOLDER_NAME);
  }
}

export function defaultDataDirSources(flag?: string): DataDirSources {
  return { flag, env: process.env, platform: process.platform, home: os.homedir(), cwd: process.cwd() };
}

/** Database files inside the data folder: the user's own workspace, and one demo per role beside it. */
export function mainDatabasePath(dataDir: string): string {
  return path.join(dataDir, 'cae.sqlite');
}

export function demoDatabasePath(dataDir: string, role: 'agence' | 'employeur'): string {
  return path.join(dataDir, `demo-${role}`, 'cae.sqlite');
}
