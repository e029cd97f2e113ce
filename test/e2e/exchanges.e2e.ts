/**
 * The Échanges screen in the agency demo, end to end: a CAE signed with 18 h
 * a week (reduced hours, justified) leaves in the lot « Préparer l'envoi »
 * writes; the lot is downloaded and answered by the reference counterpart
 * (the payment organisation, test/counterpart/respond.ts), which rejects it;
 * a tampered return file is refused and quarantined; the real one is
 * previewed, then applied; the lot shows the rejection explained in French;
 * « Corriger » fixes the hours; the next « Préparer l'envoi » carries that
 * one line and the old line reads « corrigée et renvoyée ».
 * With CAE_SCREENSHOTS=DIR, the screens are saved there as PNG files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/api/contract';
import type { ConventionDocument } from '../../shared/rules/index';
import { answerLot } from '../counterpart/respond';
import { readExample } from '../fixtures/index';
import { invoke, replyOf, startApp, useBrowser } from './harness';

const browser = useBrowser();

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.CAE_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** What an agent does on the convention screens, through the same channels: a CAE of 18 h a week, signed. */
async function signReducedHoursCae(page: Page): Promise<{ id: number; number: string }> {
  const doc = readExample('convention-cae') as ConventionDocument;
  doc.contract = { ...doc.contract, weeklyHours: 18, reducedHoursJustified: true };
  const draft = await invoke(page, 'conventions.saveDraft', { document: doc });
  await invoke(page, 'conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
  await invoke(page, 'conventions.transition', {
    id: draft.id,
    to: 'signee',
    date: '2008-06-05',
    justifications: [{ code: 'WEEKLY_HOURS_TOO_LOW', text: 'Difficultés de santé attestées par le médecin du travail : 18 h au début.' }],
  });
  return { id: draft.id, number: draft.number };
}

/** Chooses a file with « Importer un fichier » and returns the import dialog. */
async function importFile(page: Page, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importer un fichier' }).click()]);
  await chooser.setFiles(file);
  return page.getByRole('dialog', { name: `Importer ${path.basename(file)}` });
}

async function prepareSending(page: Page): Promise<ChannelOutput<'exchanges.export'>> {
  return replyOf<ChannelOutput<'exchanges.export'>>(page, 'exchanges.export', () => page.getByRole('button', { name: 'Préparer l’envoi' }).click());
}

describe('Échanges screen', () => {
  it('sends, imports the return file after a preview, explains the rejection, corrects it, and sends the corrected line again', async () => {
    const { page, close, dataDir } = await startApp(browser, { demo: 'agence' });
    const work = fs.mkdtempSync(path.join(dataDir, 'organisme-'));
    try {
      const cae = await signReducedHoursCae(page);
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Échanges', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Échanges' }).waitFor();
      // The demo is seen from 15/06/2009: its last lot, sent on 01/06/2009, is not late yet with the default 30 days.
      await page.getByRole('table', { name: "Lots échangés avec l'organisme payeur" }).waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'sans fichier retour' }).count()).toBe(0);
      // With an alert after 10 days (Paramètres), it is.
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByRole('textbox', { name: 'Alerte sans retour après (jours)' }).fill('10');
      await page.getByRole('button', { name: "Enregistrer les réglages d'échange" }).click();
      await page.getByText('Réglages enregistrés.').waitFor();
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Échanges', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: '1 lot sans fichier retour depuis plus de 10 jours' }).waitFor();
      await page.getByText('Sans retour depuis 14 j').waitFor();

      // « Préparer l'envoi »: one lot with every pending record of the demo, ours among them.
      const sent = await prepareSending(page);
      expect(sent.lots).toHaveLength(1);
      const lot = sent.lots[0]!;
      expect(lot.fileName).toMatch(/^LOT_69012_000007_\d{8}T\d{6}Z\.json$/);
      const result = page.getByRole('region', { name: 'Envoi préparé : 1 lot' });
      await result.waitFor();
      await shot(page, 'echanges-envoi');
      // Ready in the outbox until it is downloaded to be handed over; sent from then on.
      const lotsTable = page.getByRole('table', { name: "Lots échangés avec l'organisme payeur" });
      const lotRow = lotsTable.getByRole('row').filter({ has: page.getByRole('link', { name: `Ouvrir le lot ${lot.fileName}` }) });
      await lotRow.getByText('Prêt', { exact: true }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: `Télécharger ${lot.fileName}` }).click()]);
      expect(download.suggestedFilename()).toBe(lot.fileName);
      await lotRow.getByText('Envoyé', { exact: true }).waitFor();
      const lotText = fs.readFileSync(await download.path(), 'utf8');
      const ours = (JSON.parse(lotText) as { lines: { lineNo: number; record: string; conventionNumber: string }[] }).lines.find(
        (l) => l.conventionNumber === cae.number,
      );
      expect(ours?.record).toBe('CONVENTION');

      // The payment organisation answers: our convention is under 20 h a week.
      const answer = answerLot(lotText, '2009-07-01T09:00:00Z', 1);
      const returnFile = path.join(work, answer.fileName);
      fs.writeFileSync(returnFile, answer.text);

      // A tampered copy is refused with its reasons and kept in quarantine; nothing changes.
      const tampered = path.join(work, 'RET_CNASEA_modifie.json');
      fs.writeFileSync(tampered, answer.text.replace(/"lotLineNo": 1\b/, '"lotLineNo": 2'));
      const refused = await importFile(page, tampered);
      await refused.getByText('Fichier refusé, rien n’a été modifié :').waitFor();
      await refused.getByText(/Le fichier a été mis en quarantaine, avec son rapport/).waitFor();
      await shot(page, 'echanges-import-refuse');
      expect(fs.readdirSync(path.join(dataDir, 'demo-agence', 'quarantaine')).some((f) => f.endsWith('RET_CNASEA_modifie.json'))).toBe(true);
      await refused.getByRole('button', { name: 'Fermer', exact: true }).click();
      await refused.waitFor({ state: 'hidden' });

      // The real one: a preview first (nothing written), then « Appliquer ».
      const dialog = await importFile(page, returnFile);
      await dialog.getByText('Aperçu (rien n’est écrit) :').waitFor();
      await dialog.getByText(new RegExp(`ligne ${ours!.lineNo} \\(${cae.number}, convention\\) rejetée : DUREE_HEBDO`)).waitFor();
      await shot(page, 'echanges-import-apercu');
      expect((await invoke(page, 'exchanges.lot', { lotId: lot.lotId })).lot.status).toBe('sent');
      await dialog.getByRole('button', { name: 'Appliquer' }).click();
      await dialog.getByText('Importé :').waitFor();
      await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      // The lot now says it was partly rejected; it opens on its rejected lines, explained.
      const table = page.getByRole('table', { name: "Lots échangés avec l'organisme payeur" });
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: `Ouvrir le lot ${lot.fileName}` }) });
      await row.getByText('Partiellement rejeté').waitFor();
      await shot(page, 'echanges-liste');
      await row.getByRole('link', { name: `Ouvrir le lot ${lot.fileName}` }).click();
      await page.getByRole('heading', { level: 1, name: 'Lot n° 7' }).waitFor();
      const card = page.getByRole('region', { name: `Ligne ${ours!.lineNo} : Convention ${cae.number}` });
      await card.getByText('Ce que cela veut dire').waitFor();
      await card.getByText(/inférieure à 20 heures : l’organisme payeur n’aide pas un CAE/).waitFor();
      await card.getByText('« Durée hebdomadaire inférieure à 20 heures. »').waitFor();
      await card.getByText(/^Code du travail — art\. L5134-20/).waitFor();
      expect(await card.getByRole('link', { name: 'Ouvrir la convention' }).getAttribute('href')).toBe(`#/conventions/${cae.id}?onglet=versions`);
      await shot(page, 'echanges-lot');

      // « Corriger »: the weekly hours only, pre-filled; the schema's message inline, then the fix.
      await card.getByRole('button', { name: 'Corriger' }).click();
      const modal = page.getByRole('dialog', { name: `Corriger la ligne ${ours!.lineNo} — ${cae.number}` });
      const hours = modal.getByRole('textbox', { name: 'Durée hebdomadaire de travail' });
      expect(await hours.inputValue()).toBe('18');
      expect(await modal.getByRole('textbox').count()).toBe(1);
      await shot(page, 'echanges-correction');
      await hours.fill('50');
      await modal.getByRole('button', { name: 'Enregistrer la correction' }).click();
      await modal.getByText('35 heures par semaine au plus').waitFor();
      await hours.fill('20');
      await modal.getByRole('button', { name: 'Enregistrer la correction' }).click();
      await modal.getByText('La ligne corrigée partira dans le prochain lot.').waitFor();
      await modal.getByText('Durée hebdomadaire de travail : 18 h par semaine → 20 h par semaine').waitFor();
      await shot(page, 'echanges-correction-faite');
      await modal.getByRole('button', { name: 'Fermer', exact: true }).click();
      await card.getByText(/Corrigée : la ligne corrigée partira dans le prochain lot/).waitFor();

      // One click to the record: the convention, on its versions, with the corrected hours.
      await card.getByRole('link', { name: 'Ouvrir la convention' }).click();
      await page.getByRole('heading', { level: 1, name: `Convention ${cae.number}` }).waitFor();
      expect(await page.getByRole('tab', { name: /^Versions/ }).getAttribute('aria-selected')).toBe('true');
      expect((await invoke(page, 'conventions.get', { id: cae.id })).versions[0]!.document.contract?.weeklyHours).toBe(20);

      // The next « Préparer l'envoi » carries that one line; the old line reads « corrigée et renvoyée ».
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Échanges', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Échanges' }).waitFor();
      const next = await prepareSending(page);
      expect(next.lots).toEqual([{ lotId: expect.any(Number), fileName: expect.stringMatching(/^LOT_69012_000008_/), sequence: 8, lines: 1 }]);
      await page.getByRole('region', { name: 'Envoi préparé : 1 lot' }).getByRole('cell', { name: next.lots[0]!.fileName, exact: true }).waitFor();
      await page.getByRole('link', { name: `Ouvrir le lot ${lot.fileName}` }).click();
      await page.getByRole('heading', { level: 1, name: 'Lot n° 7' }).waitFor();
      await page.getByText('Corrigées et renvoyées (1)', { exact: true }).click();
      const lines = page.getByRole('table', { name: `Lignes du lot ${lot.fileName}` });
      // Filtered: the header row and that one line.
      await lines.getByRole('row').nth(2).waitFor({ state: 'detached' });
      const oldLine = lines
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: String(ours!.lineNo), exact: true }) })
        .filter({ hasText: cae.number });
      await oldLine.getByText('Corrigée et renvoyée').waitFor();
      await oldLine.getByRole('link', { name: 'lot n° 8' }).waitFor();
      await expect(page.getByRole('region', { name: `Ligne ${ours!.lineNo} : Convention ${cae.number}` }).count()).resolves.toBe(0);
      await shot(page, 'echanges-lot-renvoye');
    } finally {
      await close();
    }
  });
});
