import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices } from '../api/app-services';

const tempDir = useTempDir();

describe('the day and instant a workspace is seen from', () => {
  it('a demo records the employer’s months on its reference day, at the clock’s time of day', async () => {
    const app = createAppServices({
      dataDir: tempDir(),
      mode: 'browser',
      today: () => '2026-12-04',
      now: () => '2026-12-04T10:42:00.000Z',
      log: () => undefined,
    });
    try {
      await app.invoke('workspace.openDemo', { role: 'employeur' });
      const list = await app.invoke('conventions.list', { measure: 'CAE', limit: 100, offset: 0 });
      if (!list.ok) throw new Error(list.error.message);
      for (const c of list.value.items) {
        const view = await app.invoke('activity.get', { conventionId: c.id });
        if (!view.ok) continue;
        const period = view.value.periods.find((p) => p.status === 'a_saisir' && p.months.every((m) => m.over && m.suspensionDays === 0));
        if (!period) continue;
        const months = period.months.map((m) => ({
          month: m.month,
          workedHundredths: m.contractHundredths,
          paidLeaveHundredths: 0,
          sickLeaveHundredths: 0,
          otherAbsenceHundredths: 0,
          unpaidSuspensionDays: 0,
        }));
        const saved = await app.invoke('activity.save', { conventionId: c.id, periodStart: period.start, months });
        if (!saved.ok) throw new Error(saved.error.message);
        expect(saved.value.saved.recordedAt).toBe('2009-06-15T10:42:00.000Z');
        return;
      }
      throw new Error('aucun trimestre à déclarer dans la démonstration employeur');
    } finally {
      app.close();
    }
  });
});
