import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../test/fixtures/index';
import { runCheck } from './check';
import { fakeIo } from '../../../test/helpers/cli';

const examples = FIXTURES_DIR;

describe('cae check', () => {
  it('CAE example: ok, figures as euro strings (90 % × 8,63 € × 20 h × 52/12 = 673,14 €)', async () => {
    const io = fakeIo(examples);
    expect(await runCheck(['convention-cae.json', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.ok).toBe(true);
    expect(out.findings).toEqual([]);
    expect(out.computed.smicHourly).toBe('8.63');
    expect(out.computed.monthlyHours).toBe('86.67');
    expect(out.computed.minimumMonthlyGross).toBe('747.93');
    expect(out.computed.monthlyAid).toBe('673.14');
    expect(out.computed.aidPayments[0]).toEqual({ due: '2008-06-09', amount: '493.64' });
    expect(out.computed.conventionEnd).toBe('2008-12-08');
    expect(out.computed).not.toHaveProperty('repaymentDue');
  });
  it('CAE-DOM example: payments at months 3, 12, 24, 30 (RMI, CDI), no monthly aid', async () => {
    const io = fakeIo(examples);
    expect(await runCheck([path.join(examples, 'convention-cae-dom.json'), '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.computed.aidPayments.map((p: { amount: string }) => p.amount)).toEqual(['600.00', '1800.00', '2400.00', '1200.00']);
    expect(out.computed).not.toHaveProperty('monthlyAid');
    expect(out.computed.conventionEnd).toBe('2006-11-02');
  });
  it('prints readable French without --json', async () => {
    const io = fakeIo(examples);
    await runCheck(['convention-cae.json'], io);
    expect(io.out()).toMatch(/Aide mensuelle \(mois complet\) : 673,14\s€/);
  });
  it('exit 1 when a finding is an error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cae-check-'));
    const doc = JSON.parse(readFileSync(path.join(examples, 'convention-cae.json'), 'utf8'));
    doc.contract.weeklyHours = 15;
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify(doc));
    const io = fakeIo(dir);
    expect(await runCheck(['c.json', '--json'], io)).toBe(1);
    const out = JSON.parse(io.out());
    expect(out.ok).toBe(false);
    expect(out.findings.map((f: { code: string }) => f.code)).toContain('WEEKLY_HOURS_TOO_LOW');
  });
  it('exit 2 with a French message for a missing file, bad JSON, a schema error, bad arguments', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cae-check-'));
    writeFileSync(path.join(dir, 'bad.json'), '{ "schema": "cae.convention/1", }');
    writeFileSync(path.join(dir, 'schema.json'), JSON.stringify({ schema: 'cae.convention/1', contract: { hiredOn: '2008-13-01' } }));
    let io = fakeIo(dir);
    expect(await runCheck(['absent.json'], io)).toBe(2);
    expect(io.err()).toContain('fichier introuvable');
    io = fakeIo(dir);
    expect(await runCheck(['bad.json'], io)).toBe(2);
    expect(io.err()).toMatch(/JSON invalide à la ligne 1, colonne \d+/);
    io = fakeIo(dir);
    expect(await runCheck(['schema.json', '--json'], io)).toBe(2);
    expect(io.err()).toContain('Date d’embauche : date attendue');
    expect(io.out()).toBe('');
    io = fakeIo(dir);
    expect(await runCheck(['--nope'], io)).toBe(2);
    expect(await runCheck([], io)).toBe(2);
  });
});
