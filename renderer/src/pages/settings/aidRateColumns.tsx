import type { ChannelOutput } from '../../../../shared/api/contract';
import { EMPLOYER_STATUS_LABELS, MEASURE_LABELS } from '../../../../shared/domain/enums';
import { EMPLOYER_STATUSES, type EmployerStatus } from '../../../../shared/rules/vocabulary';
import { formatDateFr } from '../../../../shared/format/date';
import { formatBasisPoints } from '../../../../shared/format/money';
import type { Column } from '../../components/list/ListTable';

export type AidRateRow = ChannelOutput<'settings.aidRates'>[number];

/** The API gives the rate as a decimal string (`"90.00"`); shown `90 %`. */
function formatRate(ratePercent: string): string {
  const value = Number(ratePercent);
  return Number.isFinite(value) ? formatBasisPoints(Math.round(value * 100)) : ratePercent;
}

function formatValidity(from: string, to: string | null): string {
  return to ? `du ${formatDateFr(from)} au ${formatDateFr(to)}` : `depuis le ${formatDateFr(from)}`;
}

function isEmployerStatus(value: string): value is EmployerStatus {
  return (EMPLOYER_STATUSES as readonly string[]).includes(value);
}

function categoryLabel(category: string | null): string {
  if (!category) return 'Tous employeurs';
  return isEmployerStatus(category) ? EMPLOYER_STATUS_LABELS[category] : category;
}

export const aidRateColumns: Column<AidRateRow>[] = [
  { key: 'measure', header: 'Mesure', render: (r) => MEASURE_LABELS[r.measure] },
  { key: 'department', header: 'Département', nowrap: true, render: (r) => r.department },
  { key: 'category', header: 'Employeurs', nowrap: true, render: (r) => categoryLabel(r.employerCategory) },
  { key: 'rate', header: 'Taux', nowrap: true, align: 'right', render: (r) => formatRate(r.ratePercent) },
  { key: 'validity', header: 'Validité', nowrap: true, render: (r) => formatValidity(r.validFrom, r.validTo) },
  { key: 'reference', header: 'Référence', render: (r) => r.reference },
];
