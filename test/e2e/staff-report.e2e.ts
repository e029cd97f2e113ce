/**
 * The yearly report to the staff representatives (former art. L322-4-7 II)
 * in the employer demo (seen from 15/06/2009): on « Personnel », the year
 * 2008 is chosen and « Rapport annuel aux représentants du personnel (PDF) »
 * downloads the report; `#/personnel?annee=2006` (the « Obligations » link)
 * chooses that year. With CAE_SCREENSHOTS=DIR, the page is saved there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../helpers/pdf';
import { closeObligationsSummary, startApp, useBrowser } from './harness';

const browser = useBrowser();

describe('yearly report to the staff representatives (employer workspace)', () => {
  it('downloads the 2008 report from « Personnel », with the year, the people and dates JJ/MM/AAAA', async () => {
    const { page, url, close } = await startApp(browser, { demo: 'employeur' });
    try {
      await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'employeur", exact: true }).waitFor();
      await closeObligationsSummary(page);
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Personnel', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Personnel', exact: true }).waitFor();
      const year = page.getByLabel('Année du rapport');
      await year.selectOption('2008');
      const dir = process.env.CAE_SCREENSHOTS;
      if (dir) await page.screenshot({ path: path.join(dir, 'staff-report.png') });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Rapport annuel aux représentants du personnel (PDF)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('rapport-representants-du-personnel-2008.pdf');
      const bytes = fs.readFileSync(await download.path());
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const text = await plainText(bytes);
      expect(text).toContain('Rapport annuel aux institutions représentatives du personnel — année 2008');
      expect(text).toContain('AUBRY Auxence');
      expect(text).toContain('terminée le 10/07/2008');
      expect(text).toContain('Fait à Lyon, le 15/06/2009');

      await page.goto(`${url}#/personnel?annee=2006`);
      await page.getByRole('heading', { level: 1, name: 'Personnel', exact: true }).waitFor();
      await expect.poll(() => page.getByLabel('Année du rapport').inputValue()).toBe('2006');
    } finally {
      await close();
    }
  });
});
