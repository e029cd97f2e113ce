/**
 * « Justificatif trimestriel d'activité »: one employee's activity over one
 * period (hours worked per month, absences, unpaid suspension days, totals
 * beside the contract's hours), certified and signed by the employer, for the
 * payment organisation (form CAE-0515, conditions générales; R. 831-5 for the
 * CAE-DOM, before each payment). With the workspace's signatory (profile) the
 * block names them; without, it leaves « Fait à …, le … » to fill by hand.
 */
import { createElement as h, type ReactElement } from 'react';
import { Document, type DocumentProps, Page, Text } from '@react-pdf/renderer';
import { formatMonthFr } from '../../shared/format/date';
import { activityProofRef, type ActivityMonth, type ActivityTotals } from '../../shared/rules/compute/activity';
import type { ProofPeriod } from '../../shared/rules/compute/activityPeriods';
import type { ConventionDocument } from '../../shared/rules/document/schema';
import { readableLegalRef } from '../../shared/rules/parameters/sources';
import type { Measure } from '../../shared/rules/vocabulary';
import { date, pdfDate } from './format';
import { wordingOn } from './form/wording';
import { renderPdf } from './render';
import { styles } from './styles';
import { EmployerSignature, Field, Footer, Paragraph, Row, Section, Table } from './ui';

interface ActivityProofPrintInput {
  number: string;
  measure: Measure;
  /** The convention's latest version: the parties and the contract. */
  document: ConventionDocument;
  period: ProofPeriod;
  months: readonly ActivityMonth[];
  totals: ActivityTotals;
  /** Who signs for the employer (the workspace's profile), or null: the block is left to fill in. */
  signatory: { name: string; quality: string; organisation: string } | null;
  /** Where the employer signs (its establishment's city), when known. */
  place: string | null;
  /** The day it is printed (`YYYY-MM-DD`): the date of the signature when the signatory is known, and the organisations' names. */
  printedOn: string;
}

const MEASURE_PHRASES: Record<Measure, string> = {
  CAE: 'Contrat d’accompagnement dans l’emploi (CAE)',
  CAV: 'Contrat d’avenir',
  CAE_DOM: 'Contrat d’accès à l’emploi (CAE-DOM)',
};

const HOURS = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Hundredths of an hour with two decimals: 8667 → « 86,67 h ». */
const hoursOf = (hundredths: number): string => `${HOURS.format(hundredths / 100)}\u00a0h`;
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const weeklyHours = (hundredths: number | undefined): string =>
  hundredths ? `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(hundredths / 100)}\u00a0h` : '';

function employeeName(doc: ConventionDocument): string {
  const e = doc.employee ?? {};
  const civility = e.civility === 'M' ? 'M.' : e.civility === 'MME' ? 'Mme' : e.civility === 'MLLE' ? 'Mlle' : '';
  return [civility, e.firstNames, e.lastName].filter(Boolean).join(' ');
}

function monthRows(input: ActivityProofPrintInput): string[][] {
  const byMonth = new Map(input.months.map((m) => [m.month, m]));
  const rows = input.period.months.map((p) => {
    const m = byMonth.get(p.month);
    return [
      capitalised(formatMonthFr(p.month)),
      `${date(p.from)} – ${date(p.to)}`,
      hoursOf(p.contractHundredths),
      m ? hoursOf(m.workedHundredths) : '',
      m ? hoursOf(m.paidLeaveHundredths) : '',
      m ? hoursOf(m.sickLeaveHundredths) : '',
      m ? hoursOf(m.otherAbsenceHundredths) : '',
      m ? String(m.unpaidSuspensionDays) : '',
    ];
  });
  const t = input.totals;
  const sum = (pick: (m: ActivityMonth) => number) => hoursOf(input.months.reduce((s, m) => s + pick(m), 0));
  rows.push([
    'Total',
    `${date(input.period.start)} – ${date(input.period.end)}`,
    hoursOf(t.contractHundredths),
    hoursOf(t.workedHundredths),
    sum((m) => m.paidLeaveHundredths),
    sum((m) => m.sickLeaveHundredths),
    sum((m) => m.otherAbsenceHundredths),
    String(t.unpaidSuspensionDays),
  ]);
  return rows;
}

function parties(input: ActivityProofPrintInput): ReactElement {
  const doc = input.document;
  return h(
    Section,
    { title: 'La convention' },
    h(
      Row,
      null,
      h(Field, { label: 'Convention n°', value: input.number, grow: 2 }),
      h(Field, { label: 'Mesure', value: MEASURE_PHRASES[input.measure], grow: 3 }),
    ),
    h(
      Row,
      null,
      h(Field, { label: 'Employeur', value: doc.employer?.name ?? '', grow: 3 }),
      h(Field, { label: 'SIRET', value: doc.employer?.siret ?? '', grow: 2 }),
    ),
    h(
      Row,
      null,
      h(Field, { label: 'Salarié(e)', value: employeeName(doc), grow: 3 }),
      h(Field, { label: 'Embauché(e) le', value: date(doc.contract?.hiredOn), grow: 1 }),
      h(Field, { label: 'Durée hebdomadaire au début de la période', value: weeklyHours(input.period.months[0]?.weeklyHundredths), grow: 2 }),
    ),
  );
}

function signature(input: ActivityProofPrintInput): ReactElement {
  return h(EmployerSignature, {
    signatory: input.signatory,
    place: input.place,
    on: input.printedOn,
    caption: 'Signature et cachet de l’employeur',
    marginLeft: 250,
  });
}

function proofElement(input: ActivityProofPrintInput): ReactElement<DocumentProps> {
  const { period } = input;
  const w = wordingOn(input.printedOn);
  const dom = input.measure === 'CAE_DOM';
  const title = dom ? 'Justificatif d’emploi et d’activité' : 'Justificatif trimestriel d’activité';
  const stamp = pdfDate(input.printedOn);
  const range = `du ${date(period.start)} au ${date(period.end)}`;
  const who = input.signatory
    ? `${input.signatory.name}, ${input.signatory.quality}, pour ${input.signatory.organisation}`
    : `……………………………………………, pour ${input.document.employer?.name ?? 'l’employeur'}`;
  return h(
    Document,
    {
      title: `${title} — ${input.number} — ${period.label}`,
      creator: 'Conventions CAE',
      producer: 'Conventions CAE',
      language: 'fr-FR',
      creationDate: stamp,
      modificationDate: stamp,
    },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Footer, { left: `Convention n° ${input.number}`, right: `${title} — ${period.label}` }),
      h(Text, { style: styles.title }, title.toUpperCase()),
      h(Text, { style: styles.subtitle }, `${period.label} : ${range}`),
      h(Text, { style: styles.legalRef }, `À transmettre ${w.toPayer} — ${readableLegalRef(activityProofRef(input.measure, period.end))}`),
      parties(input),
      h(Text, { style: styles.heading }, 'Activité du salarié, mois par mois'),
      h(Table, {
        head: [
          'Mois',
          'Jours couverts',
          'Heures au contrat',
          'Heures travaillées',
          'Congés payés, fériés',
          'Maladie, accident',
          'Autres absences',
          'Jours de suspension non rémunérée',
        ],
        rows: monthRows(input),
        widths: [1.3, 2, 1.1, 1.1, 1.1, 1.1, 1.1, 1.2],
      }),
      h(
        Paragraph,
        null,
        'Heures au contrat : durée hebdomadaire en vigueur × 52 / 12, au prorata des jours couverts. Les absences sont en heures ; la suspension du contrat sans maintien de la rémunération, en jours calendaires.',
      ),
      h(
        Paragraph,
        null,
        `Je soussigné(e) ${who}, certifie l’exactitude des informations ci-dessus et l’effectivité de l’activité de ${employeeName(input.document)} ${range} (${hoursOf(input.totals.workedHundredths)} travaillées, ${hoursOf(input.totals.absenceHundredths)} d’absence, ${input.totals.unpaidSuspensionDays} jour(s) de suspension non rémunérée).`,
      ),
      signature(input),
    ),
  );
}

export async function renderActivityProofPdf(input: ActivityProofPrintInput): Promise<Buffer> {
  return renderPdf(proofElement(input));
}
