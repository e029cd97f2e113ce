/**
 * The proposed aid rate on a temp-dir agency demo (one arrêté a year for the
 * CAE in departments 69 and 974, 2005 to 2009), through the API channel;
 * and the registry reads the form uses to fill an employer or employee.
 */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices } from '../api/app-services';
import { proposeAidRate } from './aid-rate-proposal';

const tempDir = useTempDir('cae-aid-rate-');

async function agencyDemo() {
  const app = createAppServices({
    dataDir: tempDir(),
    mode: 'browser',
    today: () => '2009-06-15',
    now: () => '2009-06-15T10:00:00.000Z',
    log: () => undefined,
  });
  const opened = await app.invoke('workspace.openDemo', { role: 'agence' });
  if (!opened.ok) throw new Error(opened.error.message);
  return app;
}

describe('settings.proposeAidRate', () => {
  it('proposes the rate of the arrêté in force on the date, per department', async () => {
    const app = await agencyDemo();
    try {
      expect(await app.invoke('settings.proposeAidRate', { measure: 'CAE', department: '69', date: '2008-06-09' })).toEqual({
        ok: true,
        value: { ratePercent: '90', reference: 'Arrêté préfectoral n° 2008-69-CAE (démonstration)', validFrom: '2008-01-01', validTo: '2008-12-31' },
      });
      // The first and last day of a year's arrêté belong to it.
      const first = await app.invoke('settings.proposeAidRate', { measure: 'CAE', department: '974', date: '2006-01-01', employerStatus: 'ASSOCIATION' });
      expect(first).toMatchObject({ ok: true, value: { ratePercent: '95', reference: 'Arrêté préfectoral n° 2006-974-CAE (démonstration)' } });
      const last = await app.invoke('settings.proposeAidRate', { measure: 'CAE', department: '974', date: '2009-12-31' });
      expect(last).toMatchObject({ ok: true, value: { validFrom: '2009-01-01', validTo: '2009-12-31' } });
    } finally {
      app.close();
    }
  });

  it('proposes nothing outside the arrêtés: other department, other measure, before 2005 or after 2009', async () => {
    const app = await agencyDemo();
    try {
      for (const input of [
        { measure: 'CAE', department: '75', date: '2008-06-09' },
        { measure: 'CAV', department: '69', date: '2008-06-09' },
        { measure: 'CAE_DOM', department: '974', date: '2008-06-09' },
        { measure: 'CAE', department: '69', date: '2004-12-31' },
        { measure: 'CAE', department: '69', date: '2010-01-01' },
      ] as const) {
        expect(await app.invoke('settings.proposeAidRate', input)).toEqual({ ok: true, value: null });
      }
      expect(await app.invoke('settings.proposeAidRate', { measure: 'CAE', department: '69', date: '09/06/2008' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    } finally {
      app.close();
    }
  });

  it('prefers the rate of the employer category over the general one, and reads 87.5 %', async () => {
    const app = await agencyDemo();
    try {
      const db = app.workspaces.current();
      db.prepare(
        `INSERT INTO aid_rates (measure, department, employer_category, rate_bp, valid_from, valid_to, reference)
         VALUES ('CAE', '69', 'ASSOCIATION', 8750, '2008-01-01', '2008-12-31', 'Arrêté n° 2008-69-CAE-ASSO')`,
      ).run();
      expect(proposeAidRate(db, { measure: 'CAE', department: '69', date: '2008-06-09', employerStatus: 'ASSOCIATION' })).toMatchObject({
        ratePercent: '87.5',
        reference: 'Arrêté n° 2008-69-CAE-ASSO',
      });
      expect(proposeAidRate(db, { measure: 'CAE', department: '69', date: '2008-06-09', employerStatus: '10' })).toMatchObject({ ratePercent: '90' });
      expect(proposeAidRate(db, { measure: 'CAE', department: '69', date: '2008-06-09' })).toMatchObject({ ratePercent: '90' });
    } finally {
      app.close();
    }
  });
});

describe('employers.get and employees.get', () => {
  it('give the registry record in full, the employee with the conventions, and log the NIR reading', async () => {
    const app = await agencyDemo();
    try {
      const db = app.workspaces.current();
      const employeeId = db.prepare('SELECT employee_id FROM conventions ORDER BY id LIMIT 1').pluck().get() as number;
      const employerId = db.prepare('SELECT employer_id FROM conventions ORDER BY id LIMIT 1').pluck().get() as number;
      const employer = await app.invoke('employers.get', { id: employerId });
      expect(employer).toMatchObject({ ok: true, value: { id: employerId, siret: expect.stringMatching(/^\d{14}$/) } });
      const before = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'employees.readNir'").pluck().get() as number;
      const employee = await app.invoke('employees.get', { id: employeeId });
      if (!employee.ok) throw new Error(employee.error.message);
      expect(employee.value.conventions.length).toBeGreaterThan(0);
      expect(employee.value.conventions[0]).toMatchObject({ number: expect.any(String), measure: expect.any(String) });
      if (employee.value.nir !== null) {
        expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'employees.readNir'").pluck().get()).toBe(before + 1);
      }
      expect(await app.invoke('employees.get', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await app.invoke('employers.get', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      app.close();
    }
  });
});
