/**
 * Accounts in browser mode (issue #15 §1): the first account, an
 * administrateur, is created in Paramètres, « Comptes »; from then on the
 * workspace asks for sign-in: sign out, a wrong password refused in French,
 * then signed in again, and the change made is in the signed-in account's name.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../helpers/axe';
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS ?? '/tmp';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `accounts-${name}.png`), fullPage: true });
}

async function signIn(page: Page, login: string, password: string) {
  const form = page.getByRole('main');
  await form.getByLabel('Identifiant').fill(login);
  await form.getByLabel('Mot de passe').fill(password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
}

describe('accounts switched on in Paramètres', () => {
  it('creates the administrateur account, signs out, refuses a wrong password in French, signs in again', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres', exact: true }).click();
      const section = page.getByRole('region', { name: 'Comptes' });
      await section.getByText(/Sans compte, l'espace de travail s'ouvre sans connexion/).waitFor();
      const form = section.getByRole('form', { name: 'Premier compte' });
      await form.getByLabel('Identifiant').fill('jroux');
      await form.getByLabel('Nom affiché').fill('Jeanne ROUX');
      await form.getByLabel('Mot de passe', { exact: true }).fill('trop court');
      await form.getByLabel('Confirmation du mot de passe').fill('trop court');
      await form.getByRole('button', { name: 'Créer le compte administrateur' }).click();
      await form
        .getByRole('alert')
        .getByText(/12 caractères au moins/)
        .waitFor();
      await form.getByLabel('Mot de passe', { exact: true }).fill('correct cheval batterie');
      await form.getByLabel('Confirmation du mot de passe').fill('correct cheval batterie');
      await form.getByRole('button', { name: 'Créer le compte administrateur' }).click();
      await section.getByText('Jeanne ROUX (Administrateur)').waitFor();
      await section.getByRole('table', { name: 'Comptes' }).getByText('jroux').waitFor();
      await shot(page, 'settings');
      expect(describeViolations(await axeViolations(page))).toBe('');

      await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
      await page.getByRole('heading', { name: 'Connexion' }).waitFor();
      await signIn(page, 'jroux', 'mauvais mot de passe');
      await page
        .getByRole('alert')
        .getByText('Identifiant ou mot de passe incorrect. Encore 4 essai(s) avant le verrouillage du compte pour 15 minutes.')
        .waitFor();
      await shot(page, 'wrong-password');
      expect(describeViolations(await axeViolations(page))).toBe('');
      await signIn(page, 'jroux', 'correct cheval batterie');
      await page.getByRole('region', { name: 'Comptes' }).getByText('Jeanne ROUX (Administrateur)').waitFor();

      // The change is in the signed-in account's name.
      await invoke(page, 'settings.saveExchange', { maxLinesPerLot: 250, returnAlertDays: 20 });
      expect((await invoke(page, 'accounts.status', {})).signedIn?.displayName).toBe('Jeanne ROUX');
    } finally {
      await app.close();
    }
  });
});
