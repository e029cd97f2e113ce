/**
 * The employer's first steps in browser mode, shared by the e2e tests that
 * start from an empty employer workspace: create it, fill its profile and an
 * establishment (the refusals checked in French on the way), enter the
 * example CAE received on paper (n° 069-0608-69012-00042) and record it as
 * signed. With CAE_SCREENSHOTS=DIR, the screens are saved there.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readExample } from '../../fixtures/index';
import { invoke } from '../harness';
import { createWorkspace } from './welcome';

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
export const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `employer-${name}.png`), fullPage: true });
}

export async function createEmployer(page: Page) {
  await heading(page, 'Bienvenue');
  await createWorkspace(page, { role: 'Employeur', name: 'Association Les Jardins du Rhône' });
  await heading(page, "Tableau de bord de l'employeur");
}

export async function fillProfile(page: Page) {
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

export async function addEstablishment(page: Page) {
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
export async function enterReceivedConvention(page: Page) {
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
export async function recordSigned(page: Page) {
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
