import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir';

const base = { env: {}, home: '/home/agent', cwd: '/home/agent/dossier' };

describe('data folder', () => {
  it('takes --data-dir first, then CAE_DATA_DIR, relative to the working folder', () => {
    expect(resolveDataDir({ ...base, platform: 'linux', flag: 'donnees', env: { CAE_DATA_DIR: '/srv/cae' } })).toBe(
      path.resolve('/home/agent/dossier/donnees'),
    );
    expect(resolveDataDir({ ...base, platform: 'linux', env: { CAE_DATA_DIR: '/srv/cae' } })).toBe('/srv/cae');
  });
  it('defaults to the per-user application folder of each OS (Electron’s userData)', () => {
    expect(resolveDataDir({ ...base, platform: 'linux' })).toBe('/home/agent/.config/Conventions CAE');
    expect(resolveDataDir({ ...base, platform: 'linux', env: { XDG_CONFIG_HOME: '/x' } })).toBe('/x/Conventions CAE');
    expect(resolveDataDir({ ...base, platform: 'darwin' })).toBe('/home/agent/Library/Application Support/Conventions CAE');
    expect(resolveDataDir({ ...base, platform: 'win32', env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' } })).toContain('Conventions CAE');
  });
});
