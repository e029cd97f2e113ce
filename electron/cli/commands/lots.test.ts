import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createAppServices } from '../../api/app-services';
import { demoAgency } from '../../../test/helpers/agency-workspace';
import { runLots } from './lots';
import { fakeIo } from '../../../test/helpers/cli';

interface LotsJson {
  today: string;
  alertDays: number;
  lots: { fileName: string; lines: number; rejectedLines: number; status: string }[];
  overdue: { fileName: string; days: number }[];
}

async function lotsJson(dir: string, env: Record<string, string> = {}): Promise<LotsJson> {
  const io = { ...fakeIo(dir), env };
  expect(await runLots(['--data-dir', dir, '--demo', 'agence', '--json'], io)).toBe(0);
  return JSON.parse(io.out()) as LotsJson;
}

/** The Échanges screen of the same demo, through the API. */
async function screen(dir: string, options: { env?: Record<string, string>; alertDays?: number } = {}) {
  const app = createAppServices({
    dataDir: dir,
    mode: 'browser',
    log: () => undefined,
    ...(options.env ? { env: options.env } : { today: () => '2026-11-25' }),
  });
  try {
    await app.invoke('workspace.openDemo', { role: 'agence' });
    if (options.alertDays) await app.invoke('settings.saveExchange', { maxLinesPerLot: 700, returnAlertDays: options.alertDays });
    const lots = await app.invoke('exchanges.lots', {});
    const info = await app.invoke('app.info', {});
    if (!lots.ok || !info.ok) throw new Error('exchanges.lots ou app.info refusé');
    return { lots: lots.value, today: info.value.today };
  } finally {
    app.close();
  }
}

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

  it('says what the Échanges screen says: same day, same alert setting, same late lots, same lines', async () => {
    const dir = tempDir();
    demoAgency(dir, false);
    const shown = await screen(dir, { alertDays: 10 });
    const printed = await lotsJson(dir);
    expect(printed.today).toBe(shown.lots.today);
    expect(printed.today).toBe('2009-06-15');
    expect(printed.alertDays).toBe(shown.lots.returnAlertDays);
    expect(printed.alertDays).toBe(10);
    const late = shown.lots.lots.filter((l) => l.overdue);
    expect(late.length).toBeGreaterThan(0);
    expect(printed.overdue.map((o) => o.fileName).sort()).toEqual(late.map((l) => l.fileName).sort());
    expect(printed.overdue.map((o) => o.days).sort()).toEqual(late.map((l) => l.daysWithoutReturn).sort());
    expect(printed.lots).toHaveLength(shown.lots.lots.length);
    for (const lot of printed.lots) {
      const row = shown.lots.lots.find((l) => l.fileName === lot.fileName)!;
      expect({ lines: lot.lines, rejected: lot.rejectedLines, status: lot.status }).toEqual({
        lines: row.lines,
        rejected: row.counts.rejected,
        status: row.status,
      });
    }
  });

  it('with SOURCE_DATE_EPOCH, the screen and cae lots both see its day, a demo included', async () => {
    const dir = tempDir();
    demoAgency(dir, false);
    const env = { SOURCE_DATE_EPOCH: '1246406400' }; // 2009-07-01T00:00:00Z
    const shown = await screen(dir, { env });
    const printed = await lotsJson(dir, env);
    expect(shown.today).toBe('2009-07-01');
    expect(shown.lots.today).toBe('2009-07-01');
    expect(printed.today).toBe('2009-07-01');
    expect(printed.overdue.map((o) => o.fileName).sort()).toEqual(
      shown.lots.lots
        .filter((l) => l.overdue)
        .map((l) => l.fileName)
        .sort(),
    );
  });
});
