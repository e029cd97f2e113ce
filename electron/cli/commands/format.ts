import { formatDateFr } from '../../../shared/format/date';
import { OBLIGATION_LABELS } from '../../../shared/rules/compute/obligations';
import { formatCents } from '../../../shared/format/money';
import { centsToEuros, fieldLabel, type CheckResult } from '../../../shared/rules/index';
import { hoursFr } from '../../../shared/rules/money/exact';
import { readableLegalRef } from '../../../shared/rules/parameters/sources';

/** The `computed` block of `cae check --json`: euros as decimal strings, dates as YYYY-MM-DD, absent when not applicable. */
export function computedJson(c: CheckResult['computed']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.smicHourly) out.smicHourly = centsToEuros(c.smicHourly.value);
  if (c.monthlyHours) out.monthlyHours = centsToEuros(c.monthlyHours.value);
  if (c.minimumMonthlyGross) out.minimumMonthlyGross = centsToEuros(c.minimumMonthlyGross.value);
  if (c.monthlyAid) out.monthlyAid = centsToEuros(c.monthlyAid.value);
  if (c.aidPayments) out.aidPayments = c.aidPayments.map((p) => ({ due: p.due, amount: centsToEuros(p.amountCents) }));
  if (c.reportingDeadlines) out.reportingDeadlines = c.reportingDeadlines.map((d) => ({ event: d.event, due: d.due }));
  if (c.conventionEnd) out.conventionEnd = c.conventionEnd.value;
  if (c.repaymentDue) {
    const r = c.repaymentDue;
    out.repaymentDue = {
      kind: r.kind,
      amount: centsToEuros(r.amountCents),
      exemptedBase: centsToEuros(r.exemptedBaseCents),
      ...(r.due !== undefined ? { due: r.due } : {}),
    };
  }
  return out;
}

const SEVERITY = { error: 'ERREUR', warning: 'ATTENTION', info: 'INFO' } as const;

export function computedText(result: CheckResult): string {
  const lines: string[] = [];
  if (result.findings.length === 0) lines.push('Aucune anomalie.');
  for (const f of result.findings) {
    lines.push(`[${SEVERITY[f.severity]}] ${f.code} (${fieldLabel(f.field)}) : ${f.message}`, `    Référence : ${readableLegalRef(f.legalRef)}`);
  }
  const c = result.computed;
  lines.push('', 'Montants et dates :');
  if (c.smicHourly) lines.push(`  SMIC horaire brut : ${formatCents(c.smicHourly.value)}`);
  if (c.monthlyHours) lines.push(`  Heures mensuelles : ${hoursFr(c.monthlyHours.value)}`);
  if (c.minimumMonthlyGross) lines.push(`  Salaire brut mensuel minimal : ${formatCents(c.minimumMonthlyGross.value)}`);
  if (c.monthlyAid) lines.push(`  Aide mensuelle (mois complet) : ${formatCents(c.monthlyAid.value)}`);
  if (c.conventionEnd) lines.push(`  Fin de la convention : ${formatDateFr(c.conventionEnd.value)}`);
  for (const p of c.aidPayments ?? []) lines.push(`  Versement le ${formatDateFr(p.due)} : ${formatCents(p.amountCents)}`);
  for (const d of c.reportingDeadlines ?? []) lines.push(`  ${OBLIGATION_LABELS[d.event]} : au plus tard le ${formatDateFr(d.due)}`);
  const r = c.repaymentDue;
  if (r) lines.push(`  Reversement : ${formatCents(r.amountCents)}${r.due ? ` (cotisations exigibles le ${formatDateFr(r.due)})` : ''}`);
  return `${lines.join('\n')}\n`;
}
