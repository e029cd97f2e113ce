/** `cae import FICHIER [--dry-run] [--data-dir DIR] [--json]`: applies a return file of the payment organisation. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, openWorkspace, usageGuard } from '../workspace-db';
import { exchangeNow, isoSeconds } from '../../sync/files';
import type { ImportPlan } from '../../sync/import-plan';
import { importExchangeFile } from '../../sync/import';
import { CliUsageError, EXIT, type CliIo } from '../io';

const USAGE = 'Usage : cae import FICHIER [--dry-run] [--data-dir DIR] [--demo agence|employeur] [--json]';

function euros(cents: number): string {
  return `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}

function planText(plan: ImportPlan, verb: string): string {
  const out: string[] = [];
  if (plan.answers) {
    const rejected = plan.answers.lines.filter((l) => l.status === 'rejected');
    out.push(`Lot ${plan.answers.lot.fileName} : ${verb} « ${plan.answers.status} » (${plan.answers.lines.length - rejected.length} ligne(s) acceptée(s), ${rejected.length} rejetée(s)).`);
    for (const l of rejected) out.push(`  ligne ${l.lineNo} (${l.conventionNumber ?? '?'}, ${l.recordKind}) rejetée : ${l.code} — ${l.label}`);
  }
  for (const p of plan.payments) out.push(`Paiement ${p.conventionNumber} du ${p.periodStart} au ${p.periodEnd} : ${euros(p.amountCents)} le ${p.paidOn}.`);
  for (const i of plan.ignored) out.push(`Ligne ${i.lineNo} ignorée : ${i.reason}.`);
  return `${out.join('\n')}\n`;
}

export function runImport(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, () => run(args, io));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, 'dry-run': { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliUsageError(`Indiquez un seul fichier à importer.\n${USAGE}`);
  const file = path.resolve(io.cwd, positionals[0]!);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliUsageError(`Impossible de lire ${file} : ${code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier' : 'lecture impossible'}.`);
  }
  const { db, dataDir } = openWorkspace(io, values['data-dir'], values.demo);
  try {
    const outcome = importExchangeFile(db, bytes, { file, dataDir, dryRun: values['dry-run'] === true, now: isoSeconds(exchangeNow(io.env)) });
    if (values.json) io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    switch (outcome.kind) {
      case 'already':
        if (!values.json) io.stdout(`Déjà importé (${outcome.fileName}) : rien n’a changé.\n`);
        return EXIT.OK;
      case 'preview':
        if (!values.json) io.stdout(`Aperçu (rien n’est écrit) :\n${planText(outcome.plan, 'passerait à')}`);
        return EXIT.OK;
      case 'applied':
        if (!values.json) io.stdout(`Importé :\n${planText(outcome.plan, 'passé à')}`);
        return EXIT.OK;
      case 'refused':
        io.stderr(
          `${file} refusé, rien n’a été modifié :\n${outcome.reasons.map((r) => `  - ${r}`).join('\n')}\n` +
            (outcome.quarantined ? `Fichier gardé en quarantaine : ${outcome.quarantined} (rapport à côté).\n` : ''),
        );
        return EXIT.REJECTED;
    }
  } finally {
    db.close();
  }
}
