/**
 * What an import did (or would do), in French, for people: the same lines in
 * `cae import` and in the Échanges screen. Structured data stays in the
 * outcome (`--json`); this is its reading.
 */
import { LOT_STATUS_LABELS } from '../../shared/domain/enums';
import { RECORD_KIND_LABELS, type RecordKind } from '../../shared/domain/exchange-lines';
import { formatDateFr } from '../../shared/format/date';
import { formatCents } from '../../shared/format/money';
import { formatInteger } from '../../shared/format/integer';
import type { ImportPlan } from './import-plan';
import type { ImportOutcome } from './import';
import { packageLines, packageTitle, packageTotal } from './package/report';

export interface ImportReport {
  /** What happened, in one sentence. */
  title: string;
  /** A few lines whatever the file's size: statuses counted, total paid, lines ignored (`cae import` without --verbose). */
  summary: string[];
  /** One line per change, rejection or ignored line. */
  lines: string[];
  /** True when nothing was written because the content was refused. */
  refused: boolean;
}

/** « convention », « avenant », « événement »…: the kind of record a lot line carries, in French. */
const recordLabel = (kind: string) => (RECORD_KIND_LABELS[kind as RecordKind] ?? kind).toLowerCase();

function answersLine(plan: ImportPlan, verb: string): string[] {
  if (!plan.answers) return [];
  return [
    `Lot ${plan.answers.lot.fileName} : ${verb} « ${LOT_STATUS_LABELS[plan.answers.status]} » (${formatInteger(plan.answers.accepted)} ligne(s) acceptée(s), ${formatInteger(plan.answers.rejected.length)} rejetée(s)).`,
  ];
}

function planLines(plan: ImportPlan, verb: string): string[] {
  const out = answersLine(plan, verb);
  for (const l of plan.answers?.rejected ?? []) {
    out.push(`  ligne ${l.lineNo} (${l.conventionNumber ?? '?'}, ${recordLabel(l.recordKind)}) rejetée : ${l.code} — ${l.label}`);
  }
  for (const p of plan.payments) {
    out.push(
      `Paiement ${p.conventionNumber} du ${formatDateFr(p.periodStart)} au ${formatDateFr(p.periodEnd)} : ${formatCents(p.amountCents)} le ${formatDateFr(p.paidOn)}.`,
    );
  }
  for (const i of plan.ignored) out.push(`Ligne ${i.lineNo} ignorée : ${i.reason}.`);
  return out;
}

function planSummary(plan: ImportPlan, verb: string): string[] {
  const out = answersLine(plan, verb);
  const byCode = new Map<string, { label: string; count: number }>();
  for (const l of plan.answers?.rejected ?? []) {
    const seen = byCode.get(l.code) ?? { label: l.label, count: 0 };
    byCode.set(l.code, { ...seen, count: seen.count + 1 });
  }
  for (const [code, { label, count }] of byCode) out.push(`  rejet ${code} — ${label} : ${formatInteger(count)} ligne(s)`);
  if (plan.payments.length) {
    const total = plan.payments.reduce((sum, p) => sum + p.amountCents, 0);
    const paidOn = plan.payments.map((p) => p.paidOn).sort();
    const days = paidOn[0] === paidOn.at(-1) ? `le ${formatDateFr(paidOn[0])}` : `du ${formatDateFr(paidOn[0])} au ${formatDateFr(paidOn.at(-1))}`;
    out.push(`Paiements : ${formatInteger(plan.payments.length)}, ${formatCents(total)} au total, payés ${days}.`);
  }
  if (plan.ignored.length) out.push(`Lignes ignorées : ${formatInteger(plan.ignored.length)}.`);
  return out;
}

export function describeImport(outcome: ImportOutcome): ImportReport {
  switch (outcome.kind) {
    case 'already':
      return { title: `Déjà importé (${outcome.fileName}) : rien n’a changé.`, summary: [], lines: [], refused: false };
    case 'preview':
      return {
        title: 'Aperçu (rien n’est écrit) :',
        summary: planSummary(outcome.plan, 'passerait à'),
        lines: planLines(outcome.plan, 'passerait à'),
        refused: false,
      };
    case 'applied':
      return { title: 'Importé :', summary: planSummary(outcome.plan, 'passé à'), lines: planLines(outcome.plan, 'passé à'), refused: false };
    case 'package-preview':
    case 'package-applied':
      return {
        title: packageTitle(outcome.plan, outcome.kind === 'package-preview'),
        summary: [packageTotal(outcome.plan)],
        lines: packageLines(outcome.plan),
        refused: false,
      };
    case 'refused': {
      const more = outcome.omitted ? [`… et ${outcome.omitted} autre(s) motif(s).`] : [];
      const lines = [...outcome.reasons, ...more, ...(outcome.quarantined ? [`Fichier gardé en quarantaine : ${outcome.quarantined} (rapport à côté).`] : [])];
      return { title: 'Fichier refusé, rien n’a été modifié :', summary: lines, lines, refused: true };
    }
  }
}
