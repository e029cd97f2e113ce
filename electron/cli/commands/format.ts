import { formatDateFr } from '../../../shared/format/date';
import { OBLIGATION_LABELS } from '../../../shared/rules/compute/obligations';
import { centsToEuros, type CheckResult } from '../../../shared/rules/index';

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

const fr = (euros: string) => `${euros.replace('.', ',')} €`;
const SEVERITY = { error: 'ERREUR', warning: 'ATTENTION', info: 'INFO' } as const;

export function computedText(result: CheckResult): string {
  const lines: string[] = [];
  if (result.findings.length === 0) lines.push('Aucune anomalie.');
  for (const f of result.findings) {
    lines.push(`[${SEVERITY[f.severity]}] ${f.code} (${f.field}) : ${f.message}`, `    Référence : ${f.legalRef}`);
  }
  const c = computedJson(result.computed);
  lines.push('', 'Montants et dates :');
  if (typeof c.smicHourly === 'string') lines.push(`  SMIC horaire brut : ${fr(c.smicHourly)}`);
  if (typeof c.monthlyHours === 'string') lines.push(`  Heures mensuelles : ${c.monthlyHours.replace('.', ',')} h`);
  if (typeof c.minimumMonthlyGross === 'string') lines.push(`  Salaire brut mensuel minimal : ${fr(c.minimumMonthlyGross)}`);
  if (typeof c.monthlyAid === 'string') lines.push(`  Aide mensuelle (mois complet) : ${fr(c.monthlyAid)}`);
  if (typeof c.conventionEnd === 'string') lines.push(`  Fin de la convention : ${formatDateFr(c.conventionEnd)}`);
  for (const p of result.computed.aidPayments ?? []) lines.push(`  Versement le ${formatDateFr(p.due)} : ${fr(centsToEuros(p.amountCents))}`);
  for (const d of result.computed.reportingDeadlines ?? []) lines.push(`  ${OBLIGATION_LABELS[d.event]} : au plus tard le ${formatDateFr(d.due)}`);
  const r = result.computed.repaymentDue;
  if (r) lines.push(`  Reversement : ${fr(centsToEuros(r.amountCents))}${r.due ? ` (cotisations exigibles le ${formatDateFr(r.due)})` : ''}`);
  return `${lines.join('\n')}\n`;
}
