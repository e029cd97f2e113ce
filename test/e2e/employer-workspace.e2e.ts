/**
 * The employer's own workspace, in browser mode: set up on first start, its
 * profile and one establishment filled in (the IBAN and SIRET keys checked in
 * French), « Établissements » and « Personnel » in its navigation instead of
 * the agency's « Employeurs » and « Salariés », one convention received on
 * paper entered by hand and recorded as signed, then the person in the staff
 * roster and their timeline. The employer demo shows the same screens full.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readExample } from '../fixtures/index';
import { closeObligationsSummary, invoke, startApp, useBrowser } from './harness';
import { addEstablishment, createEmployer, enterReceivedConvention, fillProfile, heading, nav, recordSigned } from './steps/employer-setup';
import { createWorkspace } from './steps/welcome';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS ?? '/tmp';
const example = readExample('convention-cae') as { employee: { nir: string } };

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `employer-${name}.png`), fullPage: true });
}

async function navLabels(page: Page): Promise<string[]> {
  return (await nav(page).getByRole('link').allTextContents()).map((t) => t.trim());
}

describe('the employer’s own workspace', () => {
  it('sets up an employer, fills its profile and an establishment, enters a convention received on paper, and finds the person in its staff with a timeline', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await createEmployer(page);
      const labels = await navLabels(page);
      expect(labels).toEqual(expect.arrayContaining(['Tableau de bord', 'Conventions', 'Établissements', 'Personnel', 'Échanges', 'Paramètres']));
      expect(labels).not.toContain('Employeurs');
      expect(labels).not.toContain('Salariés');

      await fillProfile(page);
      await addEstablishment(page);
      await enterReceivedConvention(page);
      await recordSigned(page);

      await nav(page).getByRole('link', { name: 'Personnel', exact: true }).click();
      await heading(page, 'Personnel');
      const row = page.getByRole('table', { name: 'Liste du personnel' }).getByRole('row').filter({ hasText: 'MARTIN Claire' });
      await row.getByText('069-0608-69012-00042').waitFor();
      await row.getByText(/du 09\/06\/2008 au 08\/12\/2008 · 20 h par semaine · Association Les Jardins du Rhône/).waitFor();
      // Its end is past on today's calendar: the person's contract is over.
      await row.getByText('Terminé', { exact: true }).waitFor();
      expect(await row.textContent()).not.toContain(example.employee.nir);
      await shot(page, 'staff');

      await row.getByRole('link', { name: 'MARTIN Claire' }).click();
      await heading(page, 'MARTIN Claire');
      const timeline = page.getByRole('list', { name: 'Chronologie' });
      const entries = timeline.locator(':scope > li');
      await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(4);
      expect(await entries.nth(0).textContent()).toMatch(/^09\/06\/2008Embauche en contrat aidéFaitConvention 069-0608-69012-00042/);
      await timeline.getByText('Actions d’accompagnement et de formation prévues').waitFor();
      await timeline.getByText('Nature de la formation : adaptation au poste').waitFor();
      await timeline.getByText('Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur : oui').waitFor();
      const end = entries.last();
      expect(await end.textContent()).toMatch(/^08\/12\/2008Fin de la conventionFait/);
      await shot(page, 'timeline');
    } finally {
      await app.close();
    }
  });

  it('keeps the agency’s navigation: its employers and employees, not an employer’s screens', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await heading(page, 'Bienvenue');
      await createWorkspace(page, { role: 'Agence / prescripteur', name: 'ALE de Lyon Part-Dieu', agency: { code: '69012', department: '69' } });
      await heading(page, "Tableau de bord de l'agence");
      const labels = await navLabels(page);
      expect(labels).toEqual(expect.arrayContaining(['Employeurs', 'Salariés']));
      expect(labels).not.toContain('Établissements');
      expect(labels).not.toContain('Personnel');
    } finally {
      await app.close();
    }
  });

  it('shows the employer demo’s profile, its staff by state and a person’s timeline seen from the demo’s day', async () => {
    const app = await startApp(browser, { demo: 'employeur' });
    try {
      const { page } = app;
      await heading(page, "Tableau de bord de l'employeur");
      await closeObligationsSummary(page);
      await nav(page).getByRole('link', { name: 'Établissements', exact: true }).click();
      await heading(page, 'Établissements');
      await page.getByText('Signataire des documents').waitFor();
      await shot(page, 'demo-establishments');

      await nav(page).getByRole('link', { name: 'Personnel', exact: true }).click();
      await heading(page, 'Personnel');
      await page.getByText(/au 15\/06\/2009/).waitFor();
      const { items } = await invoke(page, 'staff.list', {});
      const table = page.getByRole('table', { name: 'Liste du personnel' });
      await expect.poll(() => table.locator('tbody tr').count()).toBe(items.length);
      await page.getByLabel('État').selectOption('en_contrat');
      const running = items.filter((p) => p.state === 'en_contrat');
      expect(running.length).toBeGreaterThan(0);
      await expect.poll(() => table.locator('tbody tr').count()).toBe(running.length);
      await shot(page, 'demo-staff');

      // The person with the longest timeline: each entry dated JJ/MM/AAAA, done or planned in words.
      const lengths = await Promise.all(items.map(async (p) => (await invoke(page, 'staff.get', { employeeId: p.id })).timeline.length));
      const busiest = items[lengths.indexOf(Math.max(...lengths))]!;
      await page.getByLabel('État').selectOption('');
      await table.getByRole('link', { name: busiest.fullName }).click();
      await heading(page, busiest.fullName);
      const dates = await page.getByRole('list', { name: 'Chronologie' }).locator(':scope > li time').allTextContents();
      expect(dates.length).toBe(Math.max(...lengths));
      expect(dates.length).toBeGreaterThan(4);
      expect(dates.every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);
      await shot(page, 'demo-timeline');
    } finally {
      await app.close();
    }
  });
});
