import { describe, expect, it } from 'vitest';
import { LaunchArgsError, parseLaunchArgs } from './launch-args';

describe('parseLaunchArgs', () => {
  it('returns nothing when no option is given', () => {
    expect(parseLaunchArgs([])).toEqual({});
  });

  it('reads --data-dir in both forms', () => {
    expect(parseLaunchArgs(['--data-dir', '/tmp/cae'])).toEqual({ dataDir: '/tmp/cae' });
    expect(parseLaunchArgs(['--data-dir=/tmp/cae 2'])).toEqual({ dataDir: '/tmp/cae 2' });
  });

  it('opens the agency demo for a bare --demo', () => {
    expect(parseLaunchArgs(['--demo'])).toEqual({ demo: 'agence' });
    expect(parseLaunchArgs(['--demo', '--data-dir', 'x'])).toEqual({ demo: 'agence', dataDir: 'x' });
  });

  it('reads the demo role in both forms', () => {
    expect(parseLaunchArgs(['--demo', 'employeur'])).toEqual({ demo: 'employeur' });
    expect(parseLaunchArgs(['--demo=employeur'])).toEqual({ demo: 'employeur' });
    expect(parseLaunchArgs(['--demo=agence', '--data-dir=d'])).toEqual({ demo: 'agence', dataDir: 'd' });
  });

  it('ignores what Electron or Chromium add', () => {
    expect(parseLaunchArgs(['--enable-logging', '--demo', 'employeur', '--inspect=0', '-psn_0_1234'])).toEqual({ demo: 'employeur' });
  });

  it('refuses an unknown demo role with a French message', () => {
    expect(() => parseLaunchArgs(['--demo=patron'])).toThrow(LaunchArgsError);
    expect(() => parseLaunchArgs(['--demo', 'employer'])).toThrow(/Rôle de démonstration inconnu : « employer »/);
  });

  it('refuses --data-dir without a folder', () => {
    expect(() => parseLaunchArgs(['--data-dir'])).toThrow(/attend un dossier/);
    expect(() => parseLaunchArgs(['--data-dir', '--demo'])).toThrow(LaunchArgsError);
    expect(() => parseLaunchArgs(['--data-dir='])).toThrow(LaunchArgsError);
  });
});
