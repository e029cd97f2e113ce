/**
 * Instructing a CAE from an agency workspace created through the welcome
 * form: the values of test/fixtures/convention-cae.json typed the
 * French way, an inline finding that appears and goes, the page reloaded
 * mid-form, the draft saved, sent to signature and signed.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readExample } from '../fixtures/index';
import { invoke, startApp, useBrowser } from './harness';
import { createWorkspace } from './steps/welcome';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS ?? '/tmp';
const example = readExample('convention-cae') as {
  employer: { siret: string; iban: string; name: string };
  employee: { nir: string };
};

/** A field by its label (Mantine adds « * » to a required one's label). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
const yesNo = (page: Page, question: string, answer: 'Oui' | 'Non') =>
  page.getByRole('radiogroup', { name: question }).getByLabel(answer, { exact: true }).check();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `instruct-${name}.png`), fullPage: true });
}

async function createAgency(page: Page) {
  await createWorkspace(page, { role: 'Agence / prescripteur', name: 'ALE de Lyon Part-Dieu', agency: { code: '69012', department: '69' } });
  await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'agence" }).waitFor();
}

async function expectValue(locator: Locator, value: string) {
  await expect.poll(() => locator.inputValue()).toBe(value);
}

describe('instructing a convention', () => {
  it('types a CAE the French way, shows and clears a finding, keeps the form over a reload, saves, sends and signs it', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await createAgency(page);
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Conventions' }).click();
      await page.getByRole('link', { name: 'Nouvelle convention' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle convention' }).waitFor();
      await page.getByRole('radio', { name: "Contrat d'accompagnement dans l'emploi" }).check();
      await page.getByRole('button', { name: 'Commencer la saisie' }).click();

      // Administration block: department and prescriber code from the workspace.
      await expectValue(field(page, 'Département'), '69');
      await expectValue(field(page, 'Code ALE ou code prescripteur'), '69012');
      await field(page, 'Date de dépôt de la demande').fill('02/06/2008');

      // A day that does not exist is refused in French once the field is left.
      await field(page, 'Date de dépôt de la demande').fill('31/06/2008');
      await field(page, 'N° SIRET').focus();
      await page.getByText('Cette date n’existe pas au calendrier (31/06/2008)').waitFor();
      await field(page, 'Date de dépôt de la demande').fill('02/06/2008');

      await field(page, 'N° SIRET').fill(example.employer.siret);
      await field(page, 'Dénomination').fill(example.employer.name);
      await field(page, 'Statut de l’employeur (tableau 1)').selectOption('ASSOCIATION');
      await field(page, 'Organisme de recouvrement des cotisations').selectOption('URSSAF');
      await field(page, 'IBAN (RIB pour le versement de l’aide)').fill(example.employer.iban);
      await yesNo(page, 'L’embauche bénéficie-t-elle d’une autre aide de l’État à l’emploi ?', 'Non');
      await field(page, 'Civilité').selectOption('MME');
      await field(page, 'Nom').fill('MARTIN');

      // Closing the window mid-form loses nothing: the typed values come back.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle convention' }).waitFor();
      await expectValue(field(page, 'N° SIRET'), example.employer.siret);
      await expectValue(field(page, 'Nom'), 'MARTIN');
      await expectValue(field(page, 'Date de dépôt de la demande'), '02/06/2008');
      expect(await field(page, 'Statut de l’employeur (tableau 1)').inputValue()).toBe('ASSOCIATION');
      // A mark on the form's element: it is still there after the first save only if the form was not drawn anew.
      const form = page.getByRole('form', { name: 'Convention à instruire' });
      await form.evaluate((element) => element.setAttribute('data-test-same-form', 'oui'));

      await field(page, 'Nom de naissance').fill('DURAND');
      await field(page, 'Prénoms').fill('Claire');
      await field(page, 'Date de naissance').fill('14/03/1975');
      await field(page, 'Lieu de naissance').fill('Lyon');
      await field(page, 'Département ou pays de naissance').fill('69');
      await field(page, 'Nationalité').fill('FR');
      await field(page, 'N° de sécurité sociale (NIR)').fill(example.employee.nir);
      await field(page, 'Niveau de formation (tableau 2)').selectOption('51');
      await yesNo(page, 'Le salarié est-il inscrit à l’ANPE ?', 'Oui');
      // Form CAE-0515 « Numéro IDE »: asked once the employee is registered, typed in capitals.
      await field(page, 'N° d’identifiant demandeur d’emploi (numéro IDE)').fill('0612345l');
      await yesNo(page, 'Le salarié est-il reconnu travailleur handicapé ?', 'Non');
      await yesNo(page, 'Le salarié bénéficie-t-il d’un aménagement de peine ?', 'Non');
      await page.getByRole('group', { name: 'Allocations perçues' }).getByLabel('RMI').check();

      await expect.poll(() => field(page, 'Type de contrat').inputValue()).toBe('CDD');
      await field(page, 'Date d’embauche').fill('09/06/2008');
      await field(page, 'Date prévue de fin de contrat').fill('08/12/2008');
      await field(page, 'Emploi proposé : code ROME').fill('41121');
      await field(page, 'Emploi proposé : intitulé').fill('Ouvrier maraîcher');
      await field(page, 'Salaire brut mensuel').fill('800,00');
      const hours = field(page, 'Durée hebdomadaire de travail (heures)');
      await hours.fill('15');
      await hours.blur();

      // The rules speak under the field as the agent types: 15 h is below the CAE's 20 h.
      const tooLow = page.locator('[data-finding="WEEKLY_HOURS_TOO_LOW"]').first();
      await tooLow.waitFor();
      expect(await tooLow.textContent()).toContain('Un CAE compte au moins 20 h par semaine');
      expect(await hours.getAttribute('aria-invalid')).toBe('true');
      await page.getByTestId('findings-summary').locator('[data-code="WEEKLY_HOURS_TOO_LOW"]').waitFor();
      await shot(page, 'finding');
      await hours.fill('20');
      await expect.poll(() => page.locator('[data-finding="WEEKLY_HOURS_TOO_LOW"]').count()).toBe(0);
      expect(await page.getByTestId('findings-summary').locator('[data-code="WEEKLY_HOURS_TOO_LOW"]').count()).toBe(0);

      await yesNo(page, 'Formation programmée', 'Oui');
      const natures = page.getByRole('group', { name: 'Nature de la formation' });
      await natures.getByLabel('Adaptation au poste').check();
      await natures.getByLabel('Acquisition de nouvelles compétences').check();
      await field(page, 'Niveau de formation visé (tableau 2)').selectOption('51');
      await field(page, 'Type de formation').selectOption('EXTERNAL');
      await yesNo(page, 'Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur', 'Oui');
      await yesNo(page, 'Accompagnement vers l’emploi confié à un organisme extérieur', 'Oui');
      await field(page, 'Dénomination de l’organisme chargé de l’accompagnement vers l’emploi').fill('Mission locale de Lyon');
      await yesNo(page, 'Accompagnement social confié à un organisme extérieur', 'Non');
      await field(page, 'Modalités de formation et d’accompagnement').selectOption('DURING_WORK');
      await yesNo(page, 'Validation des acquis de l’expérience', 'Non');
      await page.getByText('Aucun arrêté préfectoral enregistré pour cette mesure').waitFor();
      await field(page, 'Montant de l’aide de l’État en pourcentage du SMIC horaire brut').fill('90');
      await yesNo(page, 'Le cas échéant, autre financement envisagé', 'Non');
      // Each party's « Fait le », name and quality; the convention's date is the later signature.
      await field(page, 'Employeur : nom du signataire').fill('Jeanne Roux');
      await field(page, 'Employeur : qualité du signataire').fill('Présidente');
      await field(page, 'Employeur : fait le').fill('03/06/2008');
      await field(page, 'Pour l’État : fait le').fill('05/06/2008');
      await field(page, 'Fait le (date de signature de la convention)').fill('05/06/2008');
      // The agent is back in a field when the first save happens.
      await field(page, 'Nom').focus();

      // Saved on its own (debounced), numbered, the address now the draft's.
      await page
        .getByTestId('save-status')
        .getByText(/^Enregistré à \d{2}:\d{2}$/)
        .waitFor();
      await expect.poll(() => page.url()).toMatch(/#\/conventions\/brouillon\/\d+$/);
      await page.getByText(/^N° de convention : /).waitFor();
      // The same form, not a new one: the mark stays, and so does the focus.
      expect(await form.getAttribute('data-test-same-form')).toBe('oui');
      expect(await field(page, 'Nom').evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await page.getByTestId('findings-summary').textContent()).toContain('0 erreur(s)');
      const id = Number(/brouillon\/(\d+)$/.exec(page.url())![1]);
      const saved = await invoke(page, 'conventions.get', { id });
      expect(saved.status).toBe('brouillon');
      const document = saved.versions.at(-1)!.document;
      expect(document.contract).toMatchObject({ hiredOn: '2008-06-09', plannedEnd: '2008-12-08', monthlyGross: '800.00', weeklyHours: 20, romeCode: '41121' });
      expect(document.funding).toMatchObject({ aidRatePercent: '90', otherFunding: false });
      expect(document.support).toMatchObject({
        trainingNature: ['ADAPTATION', 'NEW_SKILLS'],
        trainingType: 'EXTERNAL',
        tutor: true,
        externalEmploymentSupportPlanned: true,
        externalEmploymentSupport: 'Mission locale de Lyon',
        externalSocialSupportPlanned: false,
        timing: 'DURING_WORK',
      });
      expect(document).toMatchObject({ filedOn: '2008-06-02', signedOn: '2008-06-05', department: '69', prescriberCode: '69012' });
      expect(document.employee).toMatchObject({ registeredJobseeker: true, jobseekerId: '0612345L' });
      expect(document.signatures).toEqual({
        employer: { name: 'Jeanne Roux', quality: 'Présidente', signedOn: '2008-06-03' },
        authority: { signedOn: '2008-06-05' },
      });
      expect(saved.employee.nirMasked).not.toBeNull();
      await shot(page, 'saved');

      // Reopening the draft's address gives the form back.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Brouillon de convention' }).waitFor();
      await expectValue(field(page, 'Salaire brut mensuel'), '800,00');
      await expectValue(field(page, 'Date d’embauche'), '09/06/2008');

      await page.getByRole('button', { name: 'Envoyer à la signature' }).click();
      await page.getByTestId('save-status').getByText('À signer').waitFor();
      const warnings = page.getByRole('textbox', { name: /^Justification :/ });
      for (let i = 0; i < (await warnings.count()); i++) await warnings.nth(i).fill('Situation vérifiée avec l’employeur.');
      await shot(page, 'to-sign');
      await page.getByRole('button', { name: 'Signer la convention' }).click();

      await page.getByRole('heading', { level: 1, name: 'Conventions' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'MARTIN' });
      await row.getByText('Signée').waitFor();
      expect((await invoke(page, 'conventions.get', { id })).status).toBe('signee');
      await shot(page, 'signed');
    } finally {
      await app.close();
    }
  });
});
