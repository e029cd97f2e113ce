/**
 * Keyboard only (RGAA 4.1 theme 12, WCAG 2.1.1 and 2.4.3): on the agency
 * demo, a convention created, refused, corrected, sent, signed and printed
 * with Tab, Shift+Tab, Enter, Space, arrows and typed text only — no click,
 * no fill. The skip link is the first stop; dialogs keep the focus while
 * open and give it back when closed (WCAG 2.4.3); every field in error says
 * so to assistive technologies (aria-invalid, aria-describedby: WCAG 3.3.1,
 * 4.1.2); save results and long work (PDF, lots, demonstration) are said
 * by a live region (WCAG 4.1.3). With CAE_SCREENSHOTS=DIR, the focused
 * states are saved there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDateFr } from '../../shared/format/date';
import { readExample } from '../fixtures/index';
import { pdfText } from '../helpers/pdf';
import { E2E_TARGET, invoke, startApp, useBrowser } from './harness';
import { answer, choose, focused, press, tabTo, tick, type } from './steps/keyboard';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS;
const example = readExample('convention-cae') as { employer: { siret: string; iban: string; name: string }; employee: { nir: string } };

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `keyboard-${name}.png`) });
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** Whether an element is inside a live region: read out by screen readers when its text changes. */
const inLiveRegion = (page: Page, text: string | RegExp) =>
  page
    .getByText(text)
    .first()
    .evaluate((e) => e.closest('[role="status"], [role="alert"], [role="log"], [aria-live="polite"], [aria-live="assertive"]') !== null);

/** The first stop of Tab is the skip link, shown when focused; Enter puts the focus on the main content. */
async function skipToContent(page: Page) {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Aller au contenu');
  const box = await page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  expect(box.top, 'le lien d’évitement se montre quand il a le focus').toBeGreaterThanOrEqual(0);
  await shot(page, 'skip-link');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
}

/** The employer block, with a weekly duration of 15 h the CAE refuses (art. L. 322-4-8 : at least 20 h). */
async function fillEmployer(page: Page) {
  await type(page, 'N° SIRET', example.employer.siret);
  await type(page, 'Dénomination', example.employer.name);
  await choose(page, 'Statut de l’employeur (tableau 1)', 'Association');
  await choose(page, 'Organisme de recouvrement des cotisations', 'URSSAF');
  await type(page, 'IBAN (RIB pour le versement de l’aide)', example.employer.iban);
  await answer(page, 'L’embauche bénéficie-t-elle d’une autre aide de l’État à l’emploi ?', 'Non');
}

async function fillEmployee(page: Page) {
  await choose(page, 'Civilité', 'Mme');
  await type(page, 'Nom', 'MARTIN');
  await type(page, 'Nom de naissance', 'DURAND');
  await type(page, 'Prénoms', 'Claire');
  await type(page, 'Date de naissance', '14/03/1975');
  await type(page, 'Lieu de naissance', 'Lyon');
  await type(page, 'Département ou pays de naissance', '69');
  await type(page, 'Nationalité', 'FR');
  await type(page, 'N° de sécurité sociale (NIR)', example.employee.nir);
  await choose(page, 'Niveau de formation (tableau 2)', '51 — ');
  await answer(page, 'Le salarié est-il inscrit à l’ANPE ?', 'Oui');
  await type(page, 'N° d’identifiant demandeur d’emploi (numéro IDE)', '0612345L');
  await answer(page, 'Le salarié est-il reconnu travailleur handicapé ?', 'Non');
  await answer(page, 'Le salarié bénéficie-t-il d’un aménagement de peine ?', 'Non');
  await tick(page, 'Allocations perçues', 'RMI');
}

async function fillContractAndSupport(page: Page) {
  await type(page, 'Date d’embauche', '09/06/2008');
  await type(page, 'Date prévue de fin de contrat', '08/12/2008');
  await type(page, 'Emploi proposé : code ROME', '41121');
  await type(page, 'Emploi proposé : intitulé', 'Ouvrier maraîcher');
  await type(page, 'Salaire brut mensuel', '800,00');
  await type(page, 'Durée hebdomadaire de travail (heures)', '15');
  await answer(page, 'Formation programmée', 'Oui');
  await tick(page, 'Nature de la formation', 'Adaptation au poste');
  await choose(page, 'Type de formation', 'Externe');
  await answer(page, 'Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur', 'Oui');
  await answer(page, 'Accompagnement vers l’emploi confié à un organisme extérieur', 'Non');
  await answer(page, 'Accompagnement social confié à un organisme extérieur', 'Non');
  await answer(page, 'Validation des acquis de l’expérience', 'Non');
  await type(page, 'Montant de l’aide de l’État en pourcentage du SMIC horaire brut', '90');
  await answer(page, 'Le cas échéant, autre financement envisagé', 'Non');
  await type(page, 'Employeur : nom du signataire', 'Jeanne Roux');
  await type(page, 'Employeur : qualité du signataire', 'Présidente');
  await type(page, 'Employeur : fait le', '03/06/2008');
  await type(page, 'Pour l’État : fait le', '05/06/2008');
  await type(page, 'Fait le (date de signature de la convention)', '05/06/2008');
}

describe('keyboard only', () => {
  it('creates a convention, meets a refusal, corrects it, sends, signs and prints it with the keyboard alone', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      await heading(page, "Tableau de bord de l'agence");
      await skipToContent(page);

      await tabTo(page, 'Conventions', { back: true });
      await page.keyboard.press('Enter');
      await heading(page, 'Conventions');
      await tabTo(page, 'Nouvelle convention');
      await page.keyboard.press('Enter');
      await heading(page, 'Nouvelle convention');
      await tabTo(page, "Quelle mesure ? › Contrat d'accompagnement dans l'emploi");
      await page.keyboard.press('Space');
      await tabTo(page, 'Commencer la saisie');
      await page.keyboard.press('Enter');
      await page.getByRole('form', { name: 'Convention à instruire' }).waitFor();
      // The button is gone with the measure choice: the focus is on the form's first field, not lost.
      await expect.poll(() => focused(page)).toBe('Département');
      await shot(page, 'form-start');

      // A day that does not exist: refused in French once the field is left, then corrected.
      await type(page, 'Date de dépôt de la demande', '31/06/2008');
      await page.keyboard.press('Tab');
      await page.getByText('Cette date n’existe pas au calendrier (31/06/2008)').waitFor();
      await shot(page, 'date-refused');
      await type(page, 'Date de dépôt de la demande', '02/06/2008', { back: true });
      await fillEmployer(page);
      await fillEmployee(page);
      await fillContractAndSupport(page);
      // Saved on its own: said by the save status, a live region.
      await page
        .getByTestId('save-status')
        .getByText(/^Enregistré à \d{2}:\d{2}$/)
        .waitFor();
      expect(await inLiveRegion(page, /^Enregistré à \d{2}:\d{2}$/)).toBe(true);

      // « Envoyer à la signature » refused: 15 h a week is below the CAE's 20 h.
      await tabTo(page, 'Envoyer à la signature');
      await page.keyboard.press('Enter');
      // The refusal is said by a live region.
      await page
        .getByRole('status')
        .getByText(/corrigez 1 erreur\(s\)/)
        .waitFor();
      await shot(page, 'send-refused');
      await type(page, 'Durée hebdomadaire de travail (heures)', '20', { back: true, max: 80 });
      // The rules run on what is typed (debounced): the error is gone before the next try.
      await expect.poll(() => page.getByTestId('findings-summary').textContent()).toContain('0 erreur(s)');
      await tabTo(page, 'Envoyer à la signature', { max: 80 });
      await page.keyboard.press('Enter');
      await page.getByTestId('save-status').getByText('À signer').waitFor();
      // « Envoyer à la signature » is replaced by the sign step: the focus is on its first justification, or on « Signer ».
      await expect.poll(() => focused(page)).toMatch(/^Justification : |^Signer la convention$/);
      const number = (await page.getByText(/^N° de convention : /).textContent())!.replace('N° de convention : ', '').trim();

      // Each warning justified, then signed.
      await shot(page, 'sign-step');
      while ((await focused(page)) !== 'Signer la convention') {
        await page.keyboard.type('Situation vérifiée avec l’employeur.');
        await tabTo(page, /^Justification : |^Signer la convention$/);
      }
      await page.keyboard.press('Enter');
      await heading(page, 'Conventions');
      // The page changed under the focus: it is on the main content, as after the skip link.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');

      // The list, then the convention opened and printed.
      await tabTo(page, 'Rechercher', { max: 80 });
      await page.keyboard.type(number);
      await tabTo(page, number, { max: 80 });
      await page.keyboard.press('Enter');
      await heading(page, `Convention ${number}`);
      await tabTo(page, 'Imprimer (PDF)', { max: 80 });
      await shot(page, 'print-focused');
      const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Imprimer (PDF)')]);
      expect(download.suggestedFilename()).toBe(`convention-${number}-00.pdf`);
      const bytes = fs.readFileSync(await download.path());
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(await pdfText(bytes)).toContain(number);
    } finally {
      await app.close();
    }
  }, 120_000);
});

/** Whether the focus is inside the open dialog. */
const focusInDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null && document.activeElement !== document.body);

/**
 * With a dialog open: the focus is inside, stays inside over more Tab (and a
 * few Shift+Tab) than the dialog has stops, and Escape closes it.
 */
async function expectTrapThenEscape(page: Page, dialog: string) {
  await page.getByRole('dialog', { name: dialog }).waitFor();
  await expect.poll(() => focusInDialog(page), { message: `le focus entre dans « ${dialog} »` }).toBe(true);
  const left: string[] = [];
  for (const key of [...Array<string>(25).fill('Tab'), ...Array<string>(5).fill('Shift+Tab')]) {
    await page.keyboard.press(key);
    if (!(await focusInDialog(page))) left.push(`${key} → ${await focused(page)}`);
  }
  expect(left, `le focus sort du dialogue « ${dialog} »`).toEqual([]);
  await shot(page, `dialog-${dialog.replace(/[^\w]+/g, '_')}`);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: dialog }).waitFor({ state: 'hidden' });
}

/** Opens a dialog from its button with the keyboard, checks the trap, closes it with Escape: the focus is back on the button. */
async function dialogFromButton(page: Page, button: string, dialog: string) {
  await tabTo(page, button, { max: 80 });
  await page.keyboard.press('Enter');
  await expectTrapThenEscape(page, dialog);
  await expect.poll(() => focused(page), { message: `le focus revient sur « ${button} »` }).toBe(button);
}

describe('dialogs', () => {
  it('keep the focus inside while open and give it back to their button when closed with Escape (agency)', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const [running] = (await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 1 })).items;
      await page.goto(`${app.url}#/conventions/${running!.id}`);
      await heading(page, `Convention ${running!.number}`);
      await dialogFromButton(page, 'Déclarer une suspension', 'Déclarer une suspension du contrat');
      await dialogFromButton(page, 'Renouveler', 'Renouveler la convention');
    } finally {
      await app.close();
    }
  });

  it('keep the focus inside « Vos obligations » and in a form dialog of the employer, and give it back on Escape', async () => {
    const app = await startApp(browser, { demo: 'employeur' });
    try {
      const { page } = app;
      // Opened by the app itself: no button to return to, the focus goes to the main content.
      await expectTrapThenEscape(page, 'Vos obligations');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');
      await tabTo(page, 'Établissements', { back: true });
      await page.keyboard.press('Enter');
      await heading(page, 'Établissements');
      await dialogFromButton(page, 'Ajouter un établissement', 'Ajouter un établissement');
    } finally {
      await app.close();
    }
  });
});

/**
 * Every message shown under a field in error (Mantine's error element) and
 * every control marked invalid: the control has aria-invalid="true" and an
 * aria-describedby that names the message's element, whose text is not
 * empty. Returns the fields that fail, by label, with what is wrong.
 */
function unannouncedErrors(scope: string): string[] {
  const root = document.querySelector(scope) ?? document.body;
  const problems: string[] = [];
  const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const controlsOf = (wrapper: Element) =>
    [...wrapper.querySelectorAll('input:not([type=hidden]), select, textarea')].filter((c) => !(c as HTMLInputElement).disabled);
  for (const message of root.querySelectorAll('.mantine-InputWrapper-error')) {
    const wrapper = message.closest('.mantine-InputWrapper-root') ?? message.parentElement!;
    const label = text(wrapper.querySelector('.mantine-InputWrapper-label')) || '(sans libellé)';
    if (!message.id) problems.push(`${label} : le message « ${text(message)} » n’a pas d’id`);
    for (const control of controlsOf(wrapper)) {
      const what = control.matches('[type=radio], [type=checkbox]') ? `${label} › ${text((control as HTMLInputElement).labels?.[0] ?? null)}` : label;
      if (control.getAttribute('aria-invalid') !== 'true') problems.push(`${what} : aria-invalid absent`);
      if (!(control.getAttribute('aria-describedby') ?? '').split(/\s+/).includes(message.id))
        problems.push(`${what} : aria-describedby ne désigne pas « ${text(message)} »`);
    }
  }
  for (const control of root.querySelectorAll('[aria-invalid="true"]')) {
    const messages = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!messages.some((id) => text(document.getElementById(id)))) problems.push(`${control.id || control.tagName} : marqué invalide sans message désigné`);
  }
  return problems;
}

const errorsShown = (page: Page, scope = 'body') => page.evaluate((s) => document.querySelectorAll(`${s} .mantine-InputWrapper-error`).length, scope);

/** The form of one measure, then « Envoyer à la signature » on it empty: every finding shows under its field. */
async function failedSend(page: Page, measure: string) {
  await page.goto(`${page.url().split('#')[0]}#/conventions`);
  await heading(page, 'Conventions');
  await page.getByRole('link', { name: 'Nouvelle convention' }).click();
  await heading(page, 'Nouvelle convention');
  const clear = page.getByRole('button', { name: 'Effacer et recommencer' });
  if (await clear.isVisible()) {
    await clear.focus();
    await page.keyboard.press('Enter');
    // The button is gone with the form: the focus is on the measure choice, not lost.
    await expect.poll(() => focused(page)).toMatch(/^Quelle mesure \? › /);
    await shot(page, 'measure-again');
  }
  await page.getByRole('radio', { name: measure }).check();
  await page.getByRole('button', { name: 'Commencer la saisie' }).click();
  const filed = page.getByLabel(/^Date de dépôt de la demande/);
  await filed.fill('31/06/2008');
  await filed.blur();
  // aria-disabled (errors left) but still operable: it shows every finding.
  await page.getByRole('button', { name: 'Envoyer à la signature' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Cette date n’existe pas au calendrier (31/06/2008)').waitFor();
  await expect.poll(() => errorsShown(page)).toBeGreaterThan(5);
}

describe('errors announced', () => {
  it('gives every field shown in error aria-invalid and an aria-describedby naming its message (each measure, a convention event, settings)', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    const failures: Record<string, string[]> = {};
    try {
      const { page } = app;
      for (const measure of ["Contrat d'accompagnement dans l'emploi", "Contrat d'avenir", "Contrat d'accès à l'emploi (DOM)"]) {
        await failedSend(page, measure);
        failures[measure] = await page.evaluate(unannouncedErrors, 'form[aria-label="Convention à instruire"]');
      }
      await shot(page, 'errors-cae-dom');
      const [running] = (await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 1 })).items;
      await page.goto(`${app.url}#/conventions/${running!.id}`);
      await page.getByRole('button', { name: 'Déclarer une suspension' }).click();
      const dialog = page.getByRole('dialog', { name: 'Déclarer une suspension du contrat' });
      await dialog.getByRole('button', { name: 'Enregistrer la suspension' }).click();
      await expect.poll(() => errorsShown(page, '[role="dialog"]')).toBeGreaterThan(0);
      failures['Déclarer une suspension'] = await page.evaluate(unannouncedErrors, '[role="dialog"]');
      await page.keyboard.press('Escape');

      await page.goto(`${app.url}#/parametres`);
      await heading(page, 'Paramètres');
      await page.getByLabel('Lignes au plus par lot').fill('beaucoup');
      await page.getByRole('button', { name: "Enregistrer les réglages d'échange" }).click();
      await expect.poll(() => errorsShown(page)).toBeGreaterThan(0);
      failures['Paramètres, échanges'] = await page.evaluate(unannouncedErrors, 'main');
    } finally {
      await app.close();
    }
    const text = Object.entries(failures)
      .filter(([, list]) => list.length > 0)
      .map(([screen, list]) => `## ${screen}\n${list.join('\n')}`)
      .join('\n');
    expect(text, 'champs en erreur que les lecteurs d’écran n’annoncent pas').toBe('');
  });
});

/** Holds the API replies of `channel` until `release` is called (browser mode: the page's fetch). */
async function holdChannel(page: Page, channel: string) {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/invoke', async (route) => {
    if ((route.request().postData() ?? '').includes(`"channel":"${channel}"`)) await held;
    await route.continue();
  });
  return () => release();
}

const statusText = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).first().waitFor({ state: 'attached' });

describe('save results and long work', () => {
  it('are said in a live region: settings, a convention event, the lots prepared, a PDF being produced', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      await page.goto(`${app.url}#/parametres`);
      await heading(page, 'Paramètres');
      await page.getByLabel('Lignes au plus par lot').fill('400');
      await page.getByRole('button', { name: "Enregistrer les réglages d'échange" }).click();
      await page.getByText('Réglages enregistrés.').waitFor();
      expect(await inLiveRegion(page, 'Réglages enregistrés.')).toBe(true);

      const [running] = (await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 1 })).items;
      await page.goto(`${app.url}#/conventions/${running!.id}`);
      await heading(page, `Convention ${running!.number}`);
      // A refusal is an alert; the event saved, a status.
      await page.getByRole('button', { name: 'Déclarer une suspension' }).click();
      const dialog = page.getByRole('dialog', { name: 'Déclarer une suspension du contrat' });
      await dialog.getByLabel('Début de la suspension').fill(formatDateFr(running!.startsOn));
      await dialog.getByLabel('Fin de la suspension').fill(formatDateFr(running!.startsOn));
      await dialog.getByLabel('Motif').selectOption({ label: 'Maladie' });
      await dialog.getByRole('radio', { name: 'Non' }).check();
      await dialog.getByRole('button', { name: 'Enregistrer la suspension' }).click();
      await page.getByRole('status', { name: 'Suspension enregistrée' }).waitFor();

      if (E2E_TARGET === 'browser') {
        // While the PDF is produced, then the lots: said as it happens, then the result.
        const releasePdf = await holdChannel(page, 'documents.conventionPdf');
        await page.getByRole('button', { name: 'Imprimer (PDF)' }).click();
        await statusText(page, 'Production du PDF en cours…');
        releasePdf();
        await page.waitForEvent('download');
        await page.unrouteAll();
        await page.goto(`${app.url}#/echanges`);
        await heading(page, 'Échanges');
        const releaseExport = await holdChannel(page, 'exchanges.export');
        await page.getByRole('button', { name: 'Préparer l’envoi' }).click();
        await statusText(page, 'Préparation de l’envoi en cours…');
        releaseExport();
        await statusText(page, /^(Envoi préparé : \d+ lots?|Rien à envoyer)$/);
      }
    } finally {
      await app.close();
    }
  });

  it.skipIf(E2E_TARGET !== 'browser')('say while the demonstration is being prepared', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await heading(page, 'Bienvenue');
      await page.getByRole('radio', { name: 'Agence / prescripteur' }).click();
      const release = await holdChannel(page, 'workspace.openDemo');
      await page.getByRole('button', { name: 'Ouvrir la démonstration' }).click();
      await statusText(page, 'Préparation de la démonstration en cours…');
      release();
      await heading(page, "Tableau de bord de l'agence");
    } finally {
      await app.close();
    }
  });
});
