/**
 * Accessibility (WCAG 2.1 AA, which RGAA 4.1 follows), measured by axe-core
 * on every screen of both demo workspaces and on the welcome screen: each
 * section, each tab of a convention, the form of each measure, a dialog
 * open, a validation error shown. Every screen must have 0 violation; a
 * failure lists the rule and the CSS target of each failing node.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../helpers/axe';
import { TEST_PASSPHRASE } from '../helpers/passphrase';
import { closeObligationsSummary, invoke, startApp, useBrowser } from './harness';
import { agencyTour, employerTour, heading } from './steps/screens';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS;

/** The screens checked, with what axe found on each: printed by a failing test. */
type Report = Record<string, string>;

async function check(page: Page, report: Report, screen: string) {
  const found = describeViolations(await axeViolations(page));
  if (found) report[screen] = found;
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `a11y-${screen.replace(/[^\w-]+/g, '_')}.png`), fullPage: true });
}

function expectClean(report: Report, screens: number) {
  const text = Object.entries(report)
    .map(([screen, found]) => `## ${screen}\n${found}`)
    .join('\n');
  expect(text, `violations WCAG sur ${Object.keys(report).length} écran(s) sur ${screens}`).toBe('');
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violation on the welcome screen, with and without its validation errors', async () => {
    const app = await startApp(browser);
    const report: Report = {};
    try {
      const { page } = app;
      await heading(page, 'Bienvenue');
      await check(page, report, 'Accueil');
      await page.getByRole('radio', { name: 'Agence / prescripteur' }).click();
      await page.getByRole('button', { name: "Créer l'espace de travail" }).click();
      await page
        .getByText(/obligatoire|Indiquez|Saisissez/)
        .first()
        .waitFor();
      await check(page, report, 'Accueil, erreurs de saisie');
    } finally {
      await app.close();
    }
    expectClean(report, 2);
  });

  it('finds no violation on the unlock screen of an encrypted workspace, a wrong passphrase shown', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-locked-'));
    const report: Report = {};
    try {
      const first = await startApp(browser, { dataDir });
      await invoke(first.page, 'workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Tremplin' });
      await first.close();
      const app = await startApp(browser, { dataDir });
      try {
        const { page } = app;
        await heading(page, 'Espace de travail chiffré');
        await check(page, report, 'Espace chiffré');
        await page.getByLabel('Phrase secrète', { exact: true }).fill('pas la bonne phrase');
        await page.getByRole('button', { name: 'Ouvrir l’espace de travail' }).click();
        await page.getByText(/^Phrase secrète incorrecte/).waitFor();
        await check(page, report, 'Espace chiffré, phrase fausse');
      } finally {
        await app.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    expectClean(report, 2);
  });

  it('finds no violation on any screen of the agency demo', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    const report: Report = {};
    let screens = 0;
    try {
      const { page, url } = app;
      // Every screen, the accessibility statement included; the tour ends on the CAE-DOM form.
      screens += await agencyTour(page, url, (screen) => check(page, report, screen));
      // A validation error under a field: a day that does not exist, once the field is left.
      const filed = page.getByLabel(/^Date de dépôt de la demande( \*)?$/);
      await filed.fill('31/06/2008');
      await page.getByLabel(/^N° SIRET( \*)?$/).focus();
      await page.getByText('Cette date n’existe pas au calendrier (31/06/2008)').waitFor();
      await check(page, report, 'Nouvelle convention, erreur de saisie');
      screens += 1;
    } finally {
      await app.close();
    }
    expectClean(report, screens);
  });

  it('finds no violation on any screen of the employer demo, its start-up dialog included', async () => {
    const app = await startApp(browser, { demo: 'employeur' });
    const report: Report = {};
    let screens = 0;
    try {
      const { page, url } = app;
      await page.getByRole('dialog', { name: 'Vos obligations' }).waitFor();
      await check(page, report, 'Employeur, dialogue Vos obligations');
      await closeObligationsSummary(page);
      screens += 1 + (await employerTour(page, url, (screen) => check(page, report, screen)));
    } finally {
      await app.close();
    }
    expectClean(report, screens);
  });
});
