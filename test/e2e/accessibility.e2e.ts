/**
 * Accessibility (WCAG 2.1 AA, which RGAA 4.1 follows), measured by axe-core
 * on every screen of both demo workspaces and on the welcome screen: each
 * section, each tab of a convention, the form of each measure, a dialog
 * open, a validation error shown. Every screen must have 0 violation; a
 * failure lists the rule and the CSS target of each failing node.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MEASURE_LABELS } from '../../shared/domain/enums';
import type { Measure } from '../../shared/rules/vocabulary';
import { axeViolations, describeViolations } from '../helpers/axe';
import { closeObligationsSummary, invoke, startApp, useBrowser } from './harness';

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

function first<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new Error(`la démonstration n’a plus ${what}`);
  return item;
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }).waitFor();
const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

/** Follows a link of the navigation and checks the screen it opens. */
async function section(page: Page, report: Report, link: string, title: string | RegExp) {
  await nav(page).getByRole('link', { name: link, exact: true }).click();
  await heading(page, title);
  await check(page, report, link);
}

/** Opens a convention and checks each of its tabs. */
async function conventionTabs(page: Page, report: Report, url: string, id: number, prefix: string) {
  await page.goto(`${url}#/conventions/${id}`);
  await heading(page, /^Convention /);
  const tabs = page.getByRole('tablist', { name: 'Sections de la convention' }).getByRole('tab');
  await tabs.first().waitFor();
  const names = (await tabs.allTextContents()).map((t) => t.trim());
  for (const name of names) {
    await tabs.filter({ hasText: name }).click();
    await page.getByRole('tab', { name, selected: true }).waitFor();
    await page.getByRole('tabpanel').first().waitFor();
    await check(page, report, `${prefix} convention, onglet ${name.replace(/ \(\d+\)$/, '')}`);
  }
  return names.length;
}

/** « Nouvelle convention » from the conventions list: each time a new form. */
async function openNewConvention(page: Page, link = 'Nouvelle convention') {
  await nav(page).getByRole('link', { name: 'Conventions', exact: true }).click();
  await heading(page, 'Conventions');
  await page.getByRole('link', { name: link }).click();
  await heading(page, 'Nouvelle convention');
}

/** The new convention form of one measure (the form kept on this computer is cleared first). */
async function newConvention(page: Page, measure: Measure, link?: string) {
  await openNewConvention(page, link);
  const clear = page.getByRole('button', { name: 'Effacer et recommencer' });
  if (await clear.isVisible()) await clear.click();
  await page.getByRole('radio', { name: MEASURE_LABELS[measure] }).check();
  await page.getByRole('button', { name: 'Commencer la saisie' }).click();
  await page.getByRole('form', { name: 'Convention à instruire' }).waitFor();
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

  it('finds no violation on any screen of the agency demo', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    const report: Report = {};
    let screens = 0;
    try {
      const { page, url } = app;
      await heading(page, "Tableau de bord de l'agence");
      await check(page, report, 'Tableau de bord');
      await section(page, report, 'Conventions', 'Conventions');
      await section(page, report, 'Employeurs', 'Employeurs');
      await section(page, report, 'Salariés', 'Salariés');
      await section(page, report, 'Échanges', 'Échanges');
      await section(page, report, 'Paramètres', 'Paramètres');
      screens += 6;
      const [lot] = (await invoke(page, 'exchanges.lots', {})).lots;
      if (lot) {
        await page.goto(`${url}#/echanges/${lot.id}`);
        await heading(page, /^(Lot|Fichier retour) n° /);
        await check(page, report, 'Échanges, un lot');
        screens += 1;
      }
      const running = first((await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 1 })).items, 'de CAE en cours');
      screens += await conventionTabs(page, report, url, running.id, 'Agence,');

      await openNewConvention(page);
      await check(page, report, 'Nouvelle convention, choix de la mesure');
      for (const measure of ['CAE', 'CAV', 'CAE_DOM'] as const) {
        await newConvention(page, measure);
        await check(page, report, `Nouvelle convention ${measure}`);
      }
      // A validation error under a field: a day that does not exist, once the field is left.
      const filed = page.getByLabel(/^Date de dépôt de la demande( \*)?$/);
      await filed.fill('31/06/2008');
      await page.getByLabel(/^N° SIRET( \*)?$/).focus();
      await page.getByText('Cette date n’existe pas au calendrier (31/06/2008)').waitFor();
      await check(page, report, 'Nouvelle convention, erreur de saisie');
      screens += 5;
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
      await check(page, report, 'Employeur, tableau de bord');
      for (const [link, title] of [
        ['Obligations', 'Obligations'],
        ['Conventions', 'Conventions'],
        ['Établissements', 'Établissements'],
        ['Personnel', 'Personnel'],
        ['Aides', 'Aides'],
        ['Échanges', 'Échanges'],
        ['Paramètres', 'Paramètres'],
      ] as const) {
        await section(page, report, link, title);
      }
      screens += 9;
      const person = first((await invoke(page, 'staff.list', {})).items, 'de personne dans son personnel');
      await page.goto(`${url}#/personnel/${person.id}`);
      await heading(page, /./);
      await check(page, report, 'Employeur, une personne');
      const running = first((await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 1 })).items, 'de CAE en cours');
      screens += 1 + (await conventionTabs(page, report, url, running.id, 'Employeur,'));
      await openNewConvention(page, 'Saisir une convention reçue');
      await check(page, report, 'Employeur, convention reçue, choix de la mesure');
      await newConvention(page, 'CAE', 'Saisir une convention reçue');
      await check(page, report, 'Employeur, convention reçue CAE');
      screens += 2;
    } finally {
      await app.close();
    }
    expectClean(report, screens);
  });
});
