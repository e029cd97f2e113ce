import { callsOf } from '../../test/helpers/app-calls';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfFonts, pdfInfo, pdfText } from '../../test/helpers/pdf';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices, type AppServices } from '../api/app-services';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';

const tempDir = useTempDir('cae-staff-report-');
const opened: AppServices[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});

/** A workspace through the API as the screens call it; the app's clock is far from the demo's reference date (15/06/2009). */
function open() {
  const app = createAppServices({
    dataDir: tempDir(),
    mode: 'browser',
    today: () => '2026-12-04',
    now: () => '2026-12-04T10:00:00.000Z',
    log: () => undefined,
  });
  opened.push(app);
  const { call, ok } = callsOf(app);
  return { call, ok };
}

const refusal = (reply: { ok: boolean; error?: { code: string; message: string } }) => (reply.ok ? null : reply.error);

describe('documents.staffRepresentativesReportPdf (employer workspace)', () => {
  it('L322-4-7 II : le rapport 2008 de la démonstration employeur nomme l’employeur, ses SIRET, la référence, les personnes et leurs conventions, dates JJ/MM/AAAA, signé du profil au jour de l’espace', async () => {
    const { ok } = open();
    await ok('workspace.openDemo', { role: 'employeur' });
    const file = await ok('documents.staffRepresentativesReportPdf', { year: 2008 });
    expect(file.fileName).toBe('rapport-representants-du-personnel-2008.pdf');
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await pdfInfo(pdf)).title).toBe('Rapport annuel aux institutions représentatives du personnel — année 2008');
    expect((await pdfFonts(pdf)).filter((f) => !f.embedded)).toEqual([]);
    const text = await pdfText(pdf);
    expect(text).toContain('Rapport annuel aux institutions représentatives du personnel — année 2008');
    expect(text).toContain('Association Solidarité Montpellier');
    expect(text).toContain('70310133754620');
    // Cited as in force at the end of 2008: the recodified article is outside the sources, the former text named beside it.
    expect(text).toMatch(/L5134-20 et suivants/);
    expect(text).toMatch(/L322-4-7 II/);
    // A CAE hired 11/01/2008, ended at its term on 10/07/2008; another still running at 31/12/2008.
    expect(text).toContain('AUBRY Auxence');
    expect(text).toContain('11/01/2008 – 10/07/2008');
    expect(text).toContain('terminée le 10/07/2008');
    expect(text).toContain('BRUNET Jules');
    expect(text).toContain('en cours au 31/12/2008');
    // The renewal signed on 10/03/2008 and the contrats d'avenir, reported for information.
    expect(text).toContain('PARIS Mathilde');
    expect(text).toContain('10/03/2008');
    expect(text).toContain('pour information');
    expect(text).toContain('Totaux par mesure');
    expect(text).toContain('Fait à Lyon, le 15/06/2009');
    expect(text).toContain('Éloïse LACROIX, Directrice');
    // No NIR: no run of 13 digits or more except the SIRET.
    expect(text.match(/\d{13,}/g)?.filter((n) => n !== '70310133754620') ?? []).toEqual([]);
  });

  it('the year in progress is reported up to the workspace’s day; a year to come and a year without a convention executed are refused in French', async () => {
    const { ok, call } = open();
    await ok('workspace.openDemo', { role: 'employeur' });
    const current = await pdfText(Buffer.from((await ok('documents.staffRepresentativesReportPdf', { year: 2009 })).base64, 'base64'));
    expect(current).toContain('du 01/01/2009 au 15/06/2009 (année en cours)');
    expect(refusal(await call('documents.staffRepresentativesReportPdf', { year: 2010 }))).toEqual({
      code: 'CONFLICT',
      message: 'Pas de rapport pour 2010 : l’année n’a pas commencé (jour de l’espace : 15/06/2009).',
    });

    const fresh = open();
    await fresh.ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Les Jardins du Rhône' });
    expect(refusal(await fresh.call('documents.staffRepresentativesReportPdf', { year: 2008 }))).toEqual({
      code: 'CONFLICT',
      message: 'Aucune convention signée n’a été exécutée en 2008 dans cet espace : il n’y a pas de rapport annuel à présenter pour cette année.',
    });
  });

  it('refuses a bad year and an agency’s workspace, in French', async () => {
    const { ok, call } = open();
    await ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'agence', name: 'ALE de Lyon', department: '69', agencyCode: '69012' });
    for (const year of [2004, 2101, 2008.5, '2008'] as unknown as number[]) {
      const reply = await call('documents.staffRepresentativesReportPdf', { year });
      expect(refusal(reply)).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('année attendue : un nombre entier de 2005 à 2100') });
    }
    const extra = await call('documents.staffRepresentativesReportPdf', { year: 2008, nir: 'x' } as unknown as { year: number });
    expect(refusal(extra)?.code).toBe('INVALID_INPUT');
    expect(refusal(await call('documents.staffRepresentativesReportPdf', { year: 2008 }))).toEqual({
      code: 'CONFLICT',
      message: 'Le rapport annuel aux représentants du personnel est celui d’un employeur : cet espace est celui d’une agence.',
    });
  });
});
