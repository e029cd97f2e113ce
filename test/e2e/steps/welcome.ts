/** The welcome screen's form, as a new user fills it: a role, a name (an agency's code and department), the passphrase twice. */
import type { Page } from 'playwright-core';
import { TEST_PASSPHRASE } from '../../helpers/passphrase';

export interface NewWorkspace {
  role: 'Agence / prescripteur' | 'Employeur';
  name: string;
  agency?: { code: string; department: string };
}

/** Fills the passphrase of encryption at rest (on by default), typed twice. */
export async function typePassphrase(page: Page, passphrase = TEST_PASSPHRASE, confirmation = passphrase): Promise<void> {
  await page.getByLabel(/^Phrase secrète/).fill(passphrase); // « Phrase secrète * » (required), not « Confirmer la phrase secrète »
  await page.getByLabel('Confirmer la phrase secrète').fill(confirmation);
}

/** Creates the user's own workspace from the welcome screen; the caller waits for the screen that follows. */
export async function createWorkspace(page: Page, workspace: NewWorkspace): Promise<void> {
  await page.getByRole('radio', { name: workspace.role }).click();
  await page.getByLabel("Nom de l'espace de travail").fill(workspace.name);
  if (workspace.agency) {
    await page.getByLabel('Code agence ou prescripteur').fill(workspace.agency.code);
    await page.getByLabel('Département').fill(workspace.agency.department);
  }
  await typePassphrase(page);
  await page.getByRole('button', { name: "Créer l'espace de travail" }).click();
}
