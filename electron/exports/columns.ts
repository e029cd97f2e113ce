/** The columns of each exported list: the French headers of the screens, one typed cell per field. */
import type { ChannelOutput } from '../../shared/api/contract';
import { CONVENTION_STATUS_LABELS, EMPLOYER_STATUS_LABELS, LOT_STATUS_LABELS, MEASURE_LABELS } from '../../shared/domain/enums';
import type { LotListItem } from '../services/exchanges/lots';
import type { CsvColumn } from './csv';
import type { ConventionAmounts } from './convention-amounts';

export type ConventionCsvRow = ChannelOutput<'conventions.list'>['items'][number] & { amounts: ConventionAmounts | undefined };
type EmployerRow = ChannelOutput<'employers.list'>['items'][number];
type EmployeeRow = ChannelOutput<'employees.list'>['items'][number];

export const conventionCsvColumns: CsvColumn<ConventionCsvRow>[] = [
  { header: 'Numéro', text: (c) => c.number },
  { header: 'Mesure', text: (c) => MEASURE_LABELS[c.measure] },
  { header: 'État', text: (c) => CONVENTION_STATUS_LABELS[c.status] },
  { header: 'Département', text: (c) => c.department },
  { header: 'Employeur', text: (c) => c.employerName },
  { header: 'Salarié', text: (c) => c.employeeName },
  // Personal data: the NIR stays masked as in the lists.
  { header: 'NIR (masqué)', text: (c) => c.nirMasked },
  { header: 'Début', date: (c) => c.startsOn },
  { header: 'Fin', date: (c) => c.endsOn },
  { header: 'Salaire brut mensuel (€)', cents: (c) => c.amounts?.monthlyGrossCents ?? null },
  { header: "Taux de l'aide (%)", basisPoints: (c) => c.amounts?.aidRateBp ?? null },
  { header: 'Aide totale (€)', cents: (c) => c.amounts?.totalAidCents ?? null },
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
