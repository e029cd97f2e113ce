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
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS ?? '/tmp';
const example = readExample('convention-cae') as { employer: { siret: string; iban: string }; employee: { nir: string } };

/** A field by its label (Mantine adds « * » to a required one's label). */
const field = (scope: Page | ReturnType<Page['getByRole']>, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
/**
 * Ticks a box or a radio until it holds: the rules' findings appear under the
 * fields as one types (debounced), and a click can land while the form moves.
 */
async function tick(box: ReturnType<Page['getByLabel']>) {
  await expect
    .poll(async () => {
      if (!(await box.isChecked())) await box.check().catch(() => undefined);
      return box.isChecked();
    })
    .toBe(true);
}
const yesNo = (page: Page, question: string, answer: 'Oui' | 'Non') =>
  tick(page.getByRole('radiogroup', { name: question }).getByLabel(answer, { exact: true }));
const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `employer-${name}.png`), fullPage: true });
}

async function navLabels(page: Page): Promise<string[]> {
  return (await nav(page).getByRole('link').allTextContents()).map((t) => t.trim());
}

async function createEmployer(page: Page) {
  await heading(page, 'Bienvenue');
  await page.getByRole('radio', { name: 'Employeur' }).click();
  await page.getByLabel("Nom de l'espace de travail").fill('Association Les Jardins du Rhône');
  await page.getByRole('button', { name: "Créer l'espace de travail" }).click();
  await heading(page, "Tableau de bord de l'employeur");
}

async function fillProfile(page: Page) {
  await nav(page).getByRole('link', { name: 'Établissements', exact: true }).click();
  await heading(page, 'Établissements');
  await page.getByRole('button', { name: 'Renseigner le profil' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profil de l’organisme' });
  await field(dialog, 'Nom de l’organisme').fill('Association Les Jardins du Rhône');
  await field(dialog, 'Statut de l’employeur (tableau 1)').selectOption('ASSOCIATION');
  await field(dialog, 'Organisme de recouvrement des cotisations').selectOption('AUTRE');
  await field(dialog, 'IBAN (compte sur lequel l’aide est versée)').fill('FR76 3000 6000 0112 3456 7890 180');
  await field(dialog, 'Nom du signataire').fill('Jeanne ROUX');
  await field(dialog, 'Qualité du signataire').fill('Présidente');
  await dialog.getByRole('button', { name: 'Enregistrer le profil' }).click();
  // Refused in French, field by field, and nothing stored.
  await dialog.getByText('Nom de l’organisme de recouvrement obligatoire quand ce n’est ni l’URSSAF ni la MSA').waitFor();
  await dialog.getByText(/^IBAN invalide : sa clé ne correspond pas/).waitFor();
  expect((await invoke(page, 'profile.get', {})).profile).toBeNull();
  await shot(page, 'profile-refused');
  await field(dialog, 'Organisme de recouvrement des cotisations').selectOption('URSSAF');
  await field(dialog, 'IBAN (compte sur lequel l’aide est versée)').fill(example.employer.iban.replace(/(.{4})/g, '$1 '));
  await dialog.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await page.getByRole('status').getByText('Profil enregistré.').waitFor();
  // The account is shown masked.
  await page.getByText('FR76 •••• •••• •••• •••• •••• 189').waitFor();
  expect(await page.getByText('7890').count()).toBe(0);
}

async function addEstablishment(page: Page) {
  await page.getByRole('button', { name: 'Ajouter un établissement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un établissement' });
  await field(dialog, 'N° SIRET').fill('819 430 265 00027');
  await field(dialog, 'Nom de l’établissement').fill('Association Les Jardins du Rhône');
  await dialog.getByRole('button', { name: 'Ajouter l’établissement' }).click();
  await dialog.getByText(/^SIRET invalide : la clé du SIREN .* ou celle du SIRET ne correspond pas/).waitFor();
  await field(dialog, 'N° SIRET').fill('819 430 265 00028');
  await field(dialog, 'Adresse').fill('12 rue de la Part-Dieu');
  await field(dialog, 'Code postal').fill('69003');
  await field(dialog, 'Commune').fill('Lyon');
  await dialog.getByRole('button', { name: 'Ajouter l’établissement' }).click();
  const row = page.getByRole('table', { name: 'Liste des établissements' }).getByRole('row').filter({ hasText: '819 430 265 00028' });
  await row.getByText('12 rue de la Part-Dieu, 69003 Lyon').waitFor();
  await shot(page, 'establishments');
}

/** The convention received on paper (the example CAE, n° 069-0608-69012-00042), typed the French way. */
async function enterReceivedConvention(page: Page) {
  await nav(page).getByRole('link', { name: 'Conventions', exact: true }).click();
  await page.getByRole('link', { name: 'Saisir une convention reçue' }).click();
  await heading(page, 'Nouvelle convention');
  await page.getByRole('radio', { name: "Contrat d'accompagnement dans l'emploi" }).check();
  await page.getByRole('button', { name: 'Commencer la saisie' }).click();
  await field(page, 'Département').fill('69');
  await field(page, 'Code ALE ou code prescripteur').fill('69012');
  await field(page, 'Date de dépôt de la demande').fill('02/06/2008');
  await field(page, 'N° d’ordre de la convention reçue').fill('42');
  // The employer is one of its establishments: the block is filled from it and from the profile.
  const establishment = field(page, 'Établissement');
  await establishment.selectOption({ label: 'Association Les Jardins du Rhône — SIRET 819 430 265 00028' });
  await expect.poll(() => field(page, 'N° SIRET').inputValue()).toBe(example.employer.siret);
  await expect.poll(() => field(page, 'Employeur : nom du signataire').inputValue()).toBe('Jeanne ROUX');
  expect(await field(page, 'Organisme de recouvrement des cotisations').inputValue()).toBe('URSSAF');
  await yesNo(page, 'L’embauche bénéficie-t-elle d’une autre aide de l’État à l’emploi ?', 'Non');
  await fillEmployee(page);
  await fillContractAndSupport(page);
  await field(page, 'Employeur : fait le').fill('03/06/2008');
  await field(page, 'Pour l’État : fait le').fill('05/06/2008');
  await field(page, 'Fait le (date de signature de la convention)').fill('05/06/2008');
  await field(page, 'Nom').focus();
  await page
    .getByTestId('save-status')
    .getByText(/^Enregistré à \d{2}:\d{2}$/)
    .waitFor();
  await shot(page, 'received-convention');
}

async function fillEmployee(page: Page) {
  await field(page, 'Civilité').selectOption('MME');
  await field(page, 'Nom').fill('MARTIN');
  await field(page, 'Nom de naissance').fill('DURAND');
  await field(page, 'Prénoms').fill('Claire');
  await field(page, 'Date de naissance').fill('14/03/1975');
  await field(page, 'Lieu de naissance').fill('Lyon');
  await field(page, 'Département ou pays de naissance').fill('69');
  await field(page, 'Nationalité').fill('FR');
  await field(page, 'N° de sécurité sociale (NIR)').fill(example.employee.nir);
  await field(page, 'Niveau de formation (tableau 2)').selectOption('51');
  await yesNo(page, 'Le salarié est-il inscrit à l’ANPE ?', 'Oui');
  await field(page, 'N° d’identifiant demandeur d’emploi (numéro IDE)').fill('0612345L');
  await yesNo(page, 'Le salarié est-il reconnu travailleur handicapé ?', 'Non');
  await yesNo(page, 'Le salarié bénéficie-t-il d’un aménagement de peine ?', 'Non');
  await tick(page.getByRole('group', { name: 'Allocations perçues' }).getByLabel('RMI'));
}

async function fillContractAndSupport(page: Page) {
  await expect.poll(() => field(page, 'Type de contrat').inputValue()).toBe('CDD');
  await field(page, 'Date d’embauche').fill('09/06/2008');
  await field(page, 'Date prévue de fin de contrat').fill('08/12/2008');
  await field(page, 'Emploi proposé : code ROME').fill('41121');
  await field(page, 'Emploi proposé : intitulé').fill('Ouvrier maraîcher');
  await field(page, 'Salaire brut mensuel').fill('800,00');
  await field(page, 'Durée hebdomadaire de travail (heures)').fill('20');
  // What a draft needs is there: the first save numbers it as printed (the page settles before going on).
  await page.getByText('N° de convention : 069-0608-69012-00042').waitFor();
  await yesNo(page, 'Formation programmée', 'Oui');
  await tick(page.getByRole('group', { name: 'Nature de la formation' }).getByLabel('Adaptation au poste'));
  await field(page, 'Type de formation').selectOption('EXTERNAL');
  await yesNo(page, 'Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur', 'Oui');
  await yesNo(page, 'Accompagnement vers l’emploi confié à un organisme extérieur', 'Oui');
  await field(page, 'Dénomination de l’organisme chargé de l’accompagnement vers l’emploi').fill('Mission locale de Lyon');
  await yesNo(page, 'Accompagnement social confié à un organisme extérieur', 'Non');
  await field(page, 'Modalités de formation et d’accompagnement').selectOption('DURING_WORK');
  await yesNo(page, 'Validation des acquis de l’expérience', 'Non');
  await field(page, 'Montant de l’aide de l’État en pourcentage du SMIC horaire brut').fill('90');
  await yesNo(page, 'Le cas échéant, autre financement envisagé', 'Non');
}

/** « Terminer la saisie », then « Enregistrer la convention signée » with a note for each warning: the employer never signs for the State. */
async function recordSigned(page: Page) {
  expect(await page.getByRole('button', { name: 'Envoyer à la signature' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Terminer la saisie' }).click();
  await page.getByTestId('save-status').getByText('À signer').waitFor();
  const warnings = page.getByRole('textbox', { name: /^Justification :/ });
  for (let i = 0; i < (await warnings.count()); i++) await warnings.nth(i).fill('Retenu par l’agence sur la convention signée.');
  expect(await page.getByRole('button', { name: 'Signer la convention' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Enregistrer la convention signée' }).click();
  await heading(page, 'Conventions');
  await page.getByRole('row').filter({ hasText: '069-0608-69012-00042' }).getByText('Signée').waitFor();
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
      await page.getByRole('radio', { name: 'Agence / prescripteur' }).click();
      await page.getByLabel("Nom de l'espace de travail").fill('ALE de Lyon Part-Dieu');
      await page.getByLabel('Code agence ou prescripteur').fill('69012');
      await page.getByLabel('Département').fill('69');
      await page.getByRole('button', { name: "Créer l'espace de travail" }).click();
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
