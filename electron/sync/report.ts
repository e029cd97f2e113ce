/**
 * What an import did (or would do), in French, for people: the same lines in
 * `cae import` and in the Échanges screen. Structured data stays in the
 * outcome (`--json`); this is its reading.
 */
import { LOT_STATUS_LABELS } from '../../shared/domain/enums';
import { RECORD_KIND_LABELS, type RecordKind } from '../../shared/domain/exchange-lines';
import { formatCents } from '../../shared/format/money';
import type { ImportPlan } from './import-plan';
import type { ImportOutcome } from './import';
import { packageLines, packageTitle } from './package-report';

export interface ImportReport {
  /** What happened, in one sentence. */
  title: string;
  /** One line per change, rejection or ignored line. */
  lines: string[];
  /** True when nothing was written because the content was refused. */
  refused: boolean;
}

/** « convention », « avenant », « événement »…: the kind of record a lot line carries, in French. */
const recordLabel = (kind: string) => (RECORD_KIND_LABELS[kind as RecordKind] ?? kind).toLowerCase();

function planLines(plan: ImportPlan, verb: string): string[] {
  const out: string[] = [];
  if (plan.answers) {
    const rejected = plan.answers.lines.filter((l) => l.status === 'rejected');
    out.push(
      `Lot ${plan.answers.lot.fileName} : ${verb} « ${LOT_STATUS_LABELS[plan.answers.status]} » (${plan.answers.lines.length - rejected.length} ligne(s) acceptée(s), ${rejected.length} rejetée(s)).`,
    );
    for (const l of rejected) out.push(`  ligne ${l.lineNo} (${l.conventionNumber ?? '?'}, ${recordLabel(l.recordKind)}) rejetée : ${l.code} — ${l.label}`);
  }
  for (const p of plan.payments) out.push(`Paiement ${p.conventionNumber} du ${p.periodStart} au ${p.periodEnd} : ${formatCents(p.amountCents)} le ${p.paidOn}.`);
  for (const i of plan.ignored) out.push(`Ligne ${i.lineNo} ignorée : ${i.reason}.`);
  return out;
}

export function describeImport(outcome: ImportOutcome): ImportReport {
  switch (outcome.kind) {
    case 'already':
      return { title: `Déjà importé (${outcome.fileName}) : rien n’a changé.`, lines: [], refused: false };
    case 'preview':
      return { title: 'Aperçu (rien n’est écrit) :', lines: planLines(outcome.plan, 'passerait à'), refused: false };
    case 'applied':
      return { title: 'Importé :', lines: planLines(outcome.plan, 'passé à'), refused: false };
    case 'package-preview':
    case 'package-applied':
      return { title: packageTitle(outcome.plan, outcome.kind === 'package-preview'), lines: packageLines(outcome.plan), refused: false };
    case 'refused':
      return {
        title: 'Fichier refusé, rien n’a été modifié :',
        lines: [...outcome.reasons, ...(outcome.quarantined ? [`Fichier gardé en quarantaine : ${outcome.quarantined} (rapport à côté).`] : [])],
        refused: true,
      };
  }
}
