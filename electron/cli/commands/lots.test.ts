import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { demoAgency } from '../../sync/testing';
import { runLots } from './lots';
import { fakeIo } from './testing';

const tempDir = useTempDir('cae-lots-');

describe('cae lots (docs/exchange-format.md, « Cycle de vie », alert)', () => {
  it('sees a demo from its reference date (15/06/2009): its last lot, sent on 01/06/2009, is late only past the alert days given', async () => {
    const dir = tempDir();
    demoAgency(dir, false);
    const quiet = fakeIo(dir);
    expect(await runLots(['--data-dir', dir, '--demo', 'agence'], quiet)).toBe(0);
    expect(quiet.out()).toContain('LOT_69012_000001_20090601T080000Z.json  n° 1  Envoyé');
    expect(quiet.out()).not.toContain('ALERTE');

    const late = fakeIo(dir);
    expect(await runLots(['--data-dir', dir, '--demo', 'agence', '--alert-days', '10'], late)).toBe(0);
    expect(late.out()).toContain('ALERTE : LOT_69012_000001_20090601T080000Z.json envoyé le 01/06/2009, sans fichier retour depuis 14 jours (seuil 10).');
  });

  it('refuses an alert threshold that is not a whole number of days, in French, with exit code 2', async () => {
    const dir = tempDir();
    demoAgency(dir, false);
    const io = fakeIo(dir);
    expect(await runLots(['--data-dir', dir, '--demo', 'agence', '--alert-days', 'trois'], io)).toBe(2);
    expect(io.err()).toMatch(/--alert-days/);
    expect(io.out()).toBe('');
  });
});
