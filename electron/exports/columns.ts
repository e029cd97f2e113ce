/** The columns of each exported list: the French headers of the screens, one typed cell per field. */
import type { ChannelOutput } from '../../shared/api/contract';
import { RECONCILIATION_STATUS_LABELS } from '../../shared/domain/aids';
import { formatMonthFr } from '../../shared/format/date';
import { readableLegalRef } from '../../shared/rules/parameters/sources';
import type { aidLines } from '../services/aids';
import { CONVENTION_STATUS_LABELS, EMPLOYER_STATUS_LABELS, LOT_STATUS_LABELS, MEASURE_LABELS } from '../../shared/domain/enums';
import type { LotListItem } from '../services/exchanges/lots';
import type { CsvColumn } from './csv';
import type { ConventionExportRow } from '../db/repositories/conventions/export-rows';
import { maskNir } from '../../shared/format/nir';

type EmployerRow = ChannelOutput<'employers.list'>['items'][number];
type EmployeeRow = ChannelOutput<'employees.list'>['items'][number];

/** A row as the list shows it, with its latest version's amounts; the NIR masked here, as the list's service masks it. */
export const conventionCsvColumns: CsvColumn<ConventionExportRow>[] = [
  { header: 'Numéro', text: (c) => c.number },
  { header: 'Mesure', text: (c) => MEASURE_LABELS[c.measure] },
  { header: 'État', text: (c) => CONVENTION_STATUS_LABELS[c.status] },
  { header: 'Département', text: (c) => c.department },
  { header: 'Employeur', text: (c) => c.employerName },
  { header: 'Salarié', text: (c) => c.employeeName },
  // Personal data: the NIR stays masked as in the lists.
  { header: 'NIR (masqué)', text: (c) => maskNir(c.nir) },
  { header: 'Début', date: (c) => c.startsOn },
  { header: 'Fin', date: (c) => c.endsOn },
  { header: 'Salaire brut mensuel (€)', cents: (c) => c.monthlyGrossCents },
  { header: "Taux de l'aide (%)", basisPoints: (c) => c.aidRateBp },
  { header: 'Aide totale (€)', cents: (c) => c.totalAidCents },
];

export const employerCsvColumns: CsvColumn<EmployerRow>[] = [
  { header: 'SIRET', text: (e) => e.siret },
  { header: 'Raison sociale', text: (e) => e.name },
  { header: 'Statut juridique', text: (e) => EMPLOYER_STATUS_LABELS[e.status] },
  { header: 'Commune', text: (e) => e.city },
  { header: 'Conventions', integer: (e) => e.conventions },
];

export const employeeCsvColumns: CsvColumn<EmployeeRow>[] = [
  { header: 'Nom et prénoms', text: (e) => e.fullName },
  { header: 'NIR (masqué)', text: (e) => e.nirMasked },
  { header: 'Date de naissance', date: (e) => e.birthDate },
  { header: 'Conventions', integer: (e) => e.conventions },
];

export const lotCsvColumns: CsvColumn<LotListItem>[] = [
  { header: 'Fichier', text: (l) => l.fileName },
  { header: 'Sens', text: (l) => (l.direction === 'OUT' ? 'Envoi' : 'Retour') },
  { header: 'Type', text: (l) => l.kind },
  { header: 'N° de séquence', integer: (l) => l.sequence },
  { header: 'État', text: (l) => LOT_STATUS_LABELS[l.status] },
  { header: 'Lignes', integer: (l) => l.lines },
  // createdAt is an instant (ISO 8601); its calendar day is what the agent needs.
  { header: 'Date', date: (l) => l.createdAt.slice(0, 10) },
];

type AidRow = ReturnType<typeof aidLines>[number];
type ExemptionRow = ChannelOutput<'aids.exemptions'>['rows'][number];

/** Expected, received and difference per period, for the accountant; the explanation and the articles it rests on. */
export const aidCsvColumns: CsvColumn<AidRow>[] = [
  { header: 'Convention', text: (r) => r.convention.number },
  { header: 'Mesure', text: (r) => MEASURE_LABELS[r.convention.measure] },
  { header: 'Salarié', text: (r) => r.convention.employeeName },
  { header: 'Période', text: (r) => r.line.label },
  { header: 'Du', date: (r) => r.line.periodStart },
  { header: 'Au', date: (r) => r.line.periodEnd },
  { header: 'Échéance', date: (r) => r.line.due },
  { header: 'Aide attendue (€)', cents: (r) => r.line.expectedCents },
  { header: 'Reçu (€)', cents: (r) => (r.line.receivedIds.length > 0 ? r.line.receivedCents : null) },
  { header: 'Écart (€)', cents: (r) => (r.line.status === 'a_venir' ? null : r.line.differenceCents) },
  { header: 'État', text: (r) => RECONCILIATION_STATUS_LABELS[r.line.status] },
  { header: 'Explication', text: (r) => r.line.explanation ?? (r.line.causes.map((c) => c.text).join(' ; ') || null) },
  { header: 'Références', text: (r) => [...new Set(r.line.causes.map((c) => readableLegalRef(c.legalRef)))].join(' | ') || null },
];

/** The exempted base per month and employee, for the payroll. */
export const exemptionCsvColumns: CsvColumn<ExemptionRow>[] = [
  // « juillet 2008 »: a French spreadsheet reads it as the month's date (sortable), a person as the month.
  { header: 'Mois', text: (r) => formatMonthFr(r.month) },
  { header: 'Salarié', text: (r) => r.employeeName },
  { header: 'Convention', text: (r) => r.number },
  { header: 'Mesure', text: (r) => MEASURE_LABELS[r.measure] },
  { header: 'Assiette exonérée (€)', cents: (r) => r.baseCents },
];
