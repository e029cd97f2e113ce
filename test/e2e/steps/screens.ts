/**
 * The way to every screen of the demo workspaces, shared by the tests that
 * check each screen (accessibility with axe-core, reflow at 1024 px and at
 * 200 % zoom): follow a link of the navigation, open each tab of a
 * convention, open the new convention form of a measure.
 */
import type { Page } from 'playwright-core';
import { MEASURE_LABELS } from '../../../shared/domain/enums';
import type { Measure } from '../../../shared/rules/vocabulary';
import { invoke } from '../harness';

/** Called on each screen reached, with its name (French, as a failing test prints it). */
export type Visit = (screen: string) => Promise<void>;

export function first<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new Error(`la démonstration n’a plus ${what}`);
  return item;
}

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }).waitFor();
export const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

/** Follows a link of the navigation and waits for the screen it opens. */
export async function section(page: Page, link: string, title: string | RegExp) {
  await nav(page).getByRole('link', { name: link, exact: true }).click();
  await heading(page, title);
}

/** Opens a convention and visits each of its tabs. */
export async function conventionTabs(page: Page, url: string, id: number, prefix: string, visit: Visit) {
  await page.goto(`${url}#/conventions/${id}`);
  await heading(page, /^Convention /);
  const tabs = page.getByRole('tablist', { name: 'Sections de la convention' }).getByRole('tab');
  await tabs.first().waitFor();
  const names = (await tabs.allTextContents()).map((t) => t.trim());
  for (const name of names) {
    await tabs.filter({ hasText: name }).click();
    await page.getByRole('tab', { name, selected: true }).waitFor();
    await page.getByRole('tabpanel').first().waitFor();
    await visit(`${prefix} convention, onglet ${name.replace(/ \(\d+\)$/, '')}`);
  }
}

/** « Nouvelle convention » from the conventions list: each time a new form. */
export async function openNewConvention(page: Page, link = 'Nouvelle convention') {
  await section(page, 'Conventions', 'Conventions');
  await page.getByRole('link', { name: link }).click();
  await heading(page, 'Nouvelle convention');
}

/** The new convention form of one measure (the form kept on this computer is cleared first). */
export async function newConvention(page: Page, measure: Measure, link?: string) {
  await openNewConvention(page, link);
  const clear = page.getByRole('button', { name: 'Effacer et recommencer' });
  if (await clear.isVisible()) await clear.click();
  await page.getByRole('radio', { name: MEASURE_LABELS[measure] }).check();
  await page.getByRole('button', { name: 'Commencer la saisie' }).click();
  await page.getByRole('form', { name: 'Convention à instruire' }).waitFor();
}

/** The sections of the agency's navigation, with the title of the page each opens. */
export const AGENCY_SECTIONS = [
  ['Conventions', 'Conventions'],
  ['Employeurs', 'Employeurs'],
  ['Salariés', 'Salariés'],
  ['Échanges', 'Échanges'],
  ['Paramètres', 'Paramètres'],
] as const;

/** The sections of the employer's navigation, with the title of the page each opens. */
export const EMPLOYER_SECTIONS = [
  ['Obligations', 'Obligations'],
  ['Conventions', 'Conventions'],
  ['Établissements', 'Établissements'],
  ['Personnel', 'Personnel'],
  ['Aides', 'Aides'],
  ['Échanges', 'Échanges'],
  ['Paramètres', 'Paramètres'],
] as const;

/** `check` on each screen visited, and how many were. */
function counted(check: Visit) {
  let screens = 0;
  const visit: Visit = async (screen) => {
    screens += 1;
    await check(screen);
  };
  return { visit, count: () => screens };
}

/** The « Déclaration d'accessibilité » page, reached from the link under the navigation. */
export async function openDeclaration(page: Page) {
  await page.getByRole('link', { name: 'Déclaration d’accessibilité' }).click();
  await heading(page, 'Déclaration d’accessibilité');
}

/**
 * Every screen of the agency demo (dashboard shown), in the order of the
 * navigation, then the accessibility statement; returns how many. Ends on
 * the CAE-DOM form of a new convention.
 */
export async function agencyTour(page: Page, url: string, check: Visit): Promise<number> {
  const { visit, count } = counted(check);
  await heading(page, "Tableau de bord de l'agence");
  await visit('Tableau de bord');
  for (const [link, title] of AGENCY_SECTIONS) {
    await section(page, link, title);
    await visit(link);
  }
  const [lot] = (await invoke(page, 'exchanges.lots', {})).lots;
  if (lot) {
    await page.goto(`${url}#/echanges/${lot.id}`);
    await heading(page, /^(Lot|Fichier retour) n° /);
    await visit('Échanges, un lot');
  }
  await openDeclaration(page);
  await visit('Déclaration d’accessibilité');
  const running = first((await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 1 })).items, 'de CAE en cours');
  await conventionTabs(page, url, running.id, 'Agence,', visit);
  await openNewConvention(page);
  await visit('Nouvelle convention, choix de la mesure');
  for (const measure of ['CAE', 'CAV', 'CAE_DOM'] as const) {
    await newConvention(page, measure);
    await visit(`Nouvelle convention ${measure}`);
  }
  return count();
}

/** Every screen of the employer demo (its start-up dialog closed), in the order of the navigation; returns how many. */
export async function employerTour(page: Page, url: string, check: Visit): Promise<number> {
  const { visit, count } = counted(check);
  await visit('Employeur, tableau de bord');
  for (const [link, title] of EMPLOYER_SECTIONS) {
    await section(page, link, title);
    await visit(`Employeur, ${link}`);
  }
  const person = first((await invoke(page, 'staff.list', {})).items, 'de personne dans son personnel');
  await page.goto(`${url}#/personnel/${person.id}`);
  await heading(page, /./);
  await visit('Employeur, une personne');
  const running = first((await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 1 })).items, 'de CAE en cours');
  await conventionTabs(page, url, running.id, 'Employeur,', visit);
  await openNewConvention(page, 'Saisir une convention reçue');
  await visit('Employeur, convention reçue, choix de la mesure');
  await newConvention(page, 'CAE', 'Saisir une convention reçue');
  await visit('Employeur, convention reçue CAE');
  return count();
}
