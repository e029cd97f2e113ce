/**
 * The employer's « Aides » screen on the employer demo (seen from 15/06/2009):
 * the received payment that differs from the expected one, explained; a
 * payment typed that differs too, explained at once; the convention's
 * « Aides » tab with « Et si… »; the accountant's CSV exports.
 */
import { describe, expect, it } from 'vitest';
import { closeObligationsSummary, invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Aides (employer workspace)', () => {
  it('reconciles a received payment that differs from the expected one, explains it, and exports the CSV', { timeout: 120_000 }, async () => {
    const { page, exportedFile, close } = await startApp(browser, { demo: 'employeur' });
    try {
      await closeObligationsSummary(page);
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await nav.getByRole('link', { name: 'Aides', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Aides', exact: true }).waitFor();

      // The demo's one difference: July 2008 paid at June's amount, the SMIC revaluation not applied.
      await page.getByRole('heading', { name: 'Écarts à examiner (1)' }).waitFor();
      const first = page.getByRole('article', { name: /^Écart .* juillet 2008$/ });
      await first.waitFor();
      expect(plain(await first.innerText())).toMatch(/juillet 2008 : \d+,\d{2} € de moins que prévu/);
      expect(plain(await first.innerText())).toContain('le SMIC horaire brut a été revalorisé le 01/07/2008 (8,63 € → 8,71 € de l’heure)');
      expect(await first.innerText()).toContain('Références :');
      const overview = await invoke(page, 'aids.overview', {});
      const short = overview.differences[0]!;
      await page.screenshot({ path: '/tmp/aids-overview.png', fullPage: true });

      // A notice of June 2009 for the same convention, 10 € short: typed, then explained at once.
      const june = overview.conventions.find((c) => c.conventionId === short.conventionId)!.periods.find((p) => p.periodStart.startsWith('2009-06'))!;
      const form = page.getByRole('form', { name: 'Saisir un versement reçu' });
      await form.getByRole('combobox', { name: 'Convention' }).click();
      await page.getByRole('option', { name: `${short.number} — ${short.employeeName}` }).click();
      await form.getByRole('combobox', { name: 'Période couverte' }).click();
      await page.getByRole('option', { name: /^juin 2009 — prévu/ }).click();
      await form.getByRole('textbox', { name: 'Reçu le' }).fill('12/06/2009');
      const amount = ((june.expectedCents - 1000) / 100).toFixed(2).replace('.', ',');
      await form.getByRole('textbox', { name: 'Montant reçu' }).fill(amount);
      await form.getByRole('textbox', { name: 'Référence de l’avis' }).fill('Avis ASP 2009-06-0042');
      await form.getByRole('button', { name: 'Enregistrer le versement' }).click();
      const recorded = page.getByRole('status').filter({ hasText: 'Versement enregistré' });
      await recorded.waitFor();
      expect(plain(await recorded.innerText())).toContain('juin 2009 : 10,00 € de moins que prévu');
      expect(plain(await recorded.innerText())).toContain('à signaler à l’ASP');
      await page.getByRole('heading', { name: 'Écarts à examiner (2)' }).waitFor();
      await page.screenshot({ path: '/tmp/aids-recorded.png', fullPage: true });

      // An incomplete entry is refused in French, nothing recorded.
      await form.getByRole('button', { name: 'Enregistrer le versement' }).click();
      await form.getByText('Le versement n’est pas complet.').waitFor();

      // The convention's « Aides » tab: period by period, the two differences highlighted, and « Et si… ».
      await page
        .getByRole('article', { name: /^Écart .* juin 2009$/ })
        .getByRole('link', { name: short.number })
        .click();
      await page.getByRole('tab', { name: 'Aides', selected: true }).waitFor();
      const lines = page.getByRole('table', { name: 'Aide prévue et versements reçus par période' });
      await lines.waitFor();
      const flagged = lines.locator('tbody').getByRole('row').filter({ hasText: 'que prévu (reçu' });
      await expect.poll(() => flagged.count()).toBe(2);
      await page.getByRole('heading', { name: /^Et si… la convention prenait fin aujourd’hui \(15\/06\/2009\) \?$/ }).waitFor();
      const denunciation = page.getByRole('article', { name: 'Dénonciation de la convention aujourd’hui' });
      expect(plain(await denunciation.innerText())).toMatch(/l’employeur reverserait à l’ASP toute l’aide déjà perçue, [\d ]+,\d{2} €/);
      await page.screenshot({ path: '/tmp/aids-convention.png', fullPage: true });

      // The accountant's CSV, from the « Aides » page.
      await nav.getByRole('link', { name: 'Aides', exact: true }).click();
      await page.getByRole('heading', { name: 'Écarts à examiner (2)' }).waitFor();
      const { fileName, bytes } = await exportedFile(() => page.getByRole('button', { name: 'Exporter les aides (CSV)' }).click());
      expect(fileName).toMatch(/^aides-\d{4}-\d{2}-\d{2}\.csv$/);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.toString('utf8').slice(1).split('\r\n');
      expect(csv[0]).toBe('Convention;Mesure;Salarié;Période;Du;Au;Échéance;Aide attendue (€);Reçu (€);Écart (€);État;Explication;Références');
      const differences = csv.filter((l) => l.split(';')[10] === 'Écart');
      expect(differences.map((l) => l.split(';').slice(0, 4))).toEqual([
        [short.number, expect.any(String), short.employeeName, 'juillet 2008'],
        [short.number, expect.any(String), short.employeeName, 'juin 2009'],
      ]);
      expect(differences[1]!.split(';')[9]).toBe('-10,00');
      const bases = await exportedFile(() => page.getByRole('button', { name: 'Exporter les assiettes (CSV)' }).click());
      expect(bases.fileName).toMatch(/^assiettes-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(bases.bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe('Mois;Salarié;Convention;Mesure;Assiette exonérée (€)');
    } finally {
      await close();
    }
  });
});
