/**
 * « Rapport annuel aux institutions représentatives du personnel — année
 * AAAA »: the employer's yearly report on the conventions concluded and
 * executed (former art. L322-4-7 II, then L5134-20 and following), built by
 * shared/domain/staff-representatives-report.ts: the employer and its SIRETs,
 * the legal reference, the conventions concluded, the renewals, the execution
 * of each convention in the year, the support and training actions, totals per
 * measure, then place, date and signatory (the workspace's profile, or a
 * « Fait à …, le … » to fill in by hand). Dates JJ/MM/AAAA; no NIR.
 */
import { createElement as h, type ReactElement } from 'react';
import { Document, type DocumentProps, Page, Text, View } from '@react-pdf/renderer';
import {
  durationText,
  executionStateText,
  type MeasureTotals,
  type StaffRepresentativesReport,
  type SupportLine,
} from '../../shared/domain/staff-representatives-report';
import { MEASURE_SHORT_LABELS } from '../../shared/domain/enums';
import { readableLegalRef } from '../../shared/rules/parameters/sources';
import type { Measure } from '../../shared/rules/vocabulary';
import { date, hours, pdfDate } from './format';
import { renderPdf } from './render';
import { styles } from './styles';
import { EmployerSignature, Field, Footer, Paragraph, Row, Section, Table } from './ui';

interface StaffRepresentativesReportPrintInput {
  report: StaffRepresentativesReport;
  /** The organisation (the workspace's profile, else the workspace's name). */
  employerName: string;
  /** The establishments the report's conventions name, each with its SIRET. */
  establishments: readonly { name: string; siret: string }[];
  signatory: { name: string; quality: string; organisation: string } | null;
  place: string | null;
  /** The day it is printed (`YYYY-MM-DD`): the date of « Fait à …, le … ». */
  printedOn: string;
}

const MEASURE_PHRASES: Record<Measure, string> = {
  CAE: 'contrat d’accompagnement dans l’emploi (CAE)',
  CAV: 'contrat d’avenir',
  CAE_DOM: 'contrat d’accès à l’emploi (CAE-DOM)',
};
const COUNT = new Intl.NumberFormat('fr-FR');
const span = (from: string, to: string | null) => (to ? `${date(from)} – ${date(to)}` : `depuis le ${date(from)}`);
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function concludedTable(r: StaffRepresentativesReport): ReactElement {
  if (r.concluded.length === 0) return h(Paragraph, null, `Aucune convention conclue en ${r.year}.`);
  return h(Table, {
    head: ['Convention n°', 'Salarié(e)', 'Mesure', 'Établissement (SIRET)', 'Signée le', 'Embauche', 'Terme du contrat', 'Durée hebdo.'],
    rows: r.concluded.map((c) => [
      c.number,
      c.person,
      MEASURE_SHORT_LABELS[c.measure],
      `${c.establishment.name} (${c.establishment.siret})`,
      date(c.signedOn),
      date(c.hiredOn),
      c.plannedEnd ? date(c.plannedEnd) : 'CDI',
      hours(c.weeklyHours),
    ]),
    widths: [1.6, 1.5, 0.9, 2.2, 1, 1, 1, 0.8],
  });
}

function renewalsTable(r: StaffRepresentativesReport): ReactElement {
  if (r.renewals.length === 0) return h(Paragraph, null, `Aucun renouvellement conclu en ${r.year}.`);
  return h(Table, {
    head: ['Convention n°', 'Salarié(e)', 'Mesure', 'Signé le', 'Période renouvelée', 'Durée hebdo.'],
    rows: r.renewals.map((n) => [n.number, n.person, MEASURE_SHORT_LABELS[n.measure], date(n.signedOn), span(n.from, n.to), hours(n.weeklyHours)]),
    widths: [1.6, 1.5, 0.9, 1, 1.8, 0.8],
  });
}

function executedTable(r: StaffRepresentativesReport): ReactElement {
  return h(Table, {
    head: ['Convention n°', 'Salarié(e)', 'Mesure', `Exécution en ${r.year}`, 'Durée', 'Jours de suspension', 'Durée hebdo.', `Situation`],
    rows: r.executed.map((e) => [
      e.number,
      e.person,
      MEASURE_SHORT_LABELS[e.measure],
      span(e.from, e.to),
      durationText(e.duration),
      String(e.suspendedDays),
      hours(e.weeklyHours),
      executionStateText(e.state),
    ]),
    widths: [1.6, 1.4, 0.9, 1.7, 1.2, 0.9, 0.8, 1.8],
  });
}

const actionLines = (list: SupportLine['done']) => list.map((a) => `${date(a.on)} : ${a.lines.join(', ') || 'action sans intitulé'}`);
const orElse = (lines: string[], none: string) => (lines.length > 0 ? lines : [none]);

/**
 * The support table: a cell holds several lines, one Text each (a line break
 * inside a Text makes the library fall back on a font it does not embed).
 */
function supportTable(r: StaffRepresentativesReport): ReactElement {
  const head = ['Convention n°', 'Salarié(e)', 'Formation programmée', 'Accompagnement', 'VAE, durée, autres', `Faites en ${r.year}`, `Prévues en ${r.year}`];
  const widths = [1.5, 1.3, 2, 2, 1.6, 1.8, 1.5];
  const cell = (lines: readonly string[], i: number) =>
    h(View, { key: String(i), style: [styles.tableCell, { flexGrow: widths[i] }] }, ...lines.map((line, j) => h(Text, { key: String(j) }, line)));
  const rows = r.support.map(({ planned: p, ...s }) => [
    [s.number],
    [s.person],
    [p.training],
    orElse(p.accompaniment, 'aucun'),
    orElse([p.vae ? `VAE : ${p.vae}` : '', p.duration ? `Durée : ${p.duration}` : '', ...p.other].filter(Boolean), '—'),
    orElse(actionLines(s.done), 'aucune action datée'),
    orElse(actionLines(s.plannedInYear), '—'),
  ]);
  return h(
    View,
    { style: styles.table },
    h(View, { style: styles.tableHead }, ...head.map((t, i) => cell([t], i))),
    ...rows.map((row, ri) => h(View, { key: String(ri), style: styles.tableRow, wrap: false }, ...row.map(cell))),
  );
}

const totalRows = (r: StaffRepresentativesReport): readonly [string, (t: MeasureTotals) => number][] => [
  ['Conventions conclues', (t) => t.concluded],
  ['Renouvellements conclus', (t) => t.renewals],
  ['Conventions exécutées', (t) => t.executed],
  ['Jours d’exécution', (t) => t.executionDays],
  ['Jours de suspension', (t) => t.suspendedDays],
  [`En cours au ${date(r.to)}`, (t) => t.ongoing],
  ['Terminées à leur terme', (t) => t.ended],
  ['Rompues', (t) => t.ruptures],
  ['Dénoncées', (t) => t.denounced],
  ['Avec une formation programmée', (t) => t.trainingPlanned],
  ['Avec un tuteur', (t) => t.tutored],
  ['Actions d’accompagnement ou de formation faites', (t) => t.actionsDone],
];

/** The totals, kept on one page with their heading. */
function totals(r: StaffRepresentativesReport): ReactElement {
  return h(View, { wrap: false }, h(Text, { style: styles.heading }, '5. Totaux par mesure'), totalsTable(r));
}

function totalsTable(r: StaffRepresentativesReport): ReactElement {
  return h(Table, {
    head: ['Mesure', ...r.totals.map((t) => (t.measure === 'ALL' ? 'Ensemble' : MEASURE_SHORT_LABELS[t.measure]))],
    rows: totalRows(r).map(([label, pick]) => [label, ...r.totals.map((t) => COUNT.format(pick(t)))]),
    widths: [3, ...r.totals.map(() => 1)],
  });
}

function employer(input: StaffRepresentativesReportPrintInput): ReactElement {
  return h(
    Section,
    { title: 'L’employeur' },
    h(Row, null, h(Field, { label: 'Organisme', value: input.employerName, grow: 3 })),
    ...input.establishments.map((e) =>
      h(Row, { key: e.siret }, h(Field, { label: 'Établissement', value: e.name, grow: 3 }), h(Field, { label: 'SIRET', value: e.siret, grow: 2 })),
    ),
  );
}

function signature(input: StaffRepresentativesReportPrintInput): ReactElement {
  return h(EmployerSignature, { signatory: input.signatory, place: input.place, on: input.printedOn, caption: 'Signature de l’employeur', marginLeft: 480 });
}

function introduction(r: StaffRepresentativesReport): ReactElement[] {
  const period = r.complete ? `du ${date(r.from)} au ${date(r.to)}` : `du ${date(r.from)} au ${date(r.to)} (année en cours)`;
  const out = [
    h(
      Paragraph,
      null,
      `Les institutions représentatives du personnel, lorsqu’elles existent, sont informées des conventions conclues et saisies, chaque année, d’un rapport sur leur exécution. Ce rapport porte sur la période ${period} : ${plural(r.concluded.length, 'convention conclue', 'conventions conclues')}, ${plural(r.renewals.length, 'renouvellement conclu', 'renouvellements conclus')}, ${plural(r.executed.length, 'convention exécutée', 'conventions exécutées')}.`,
    ),
  ];
  if (r.informationOnly.length > 0) {
    out.push(
      h(
        Paragraph,
        null,
        `Le texte vise les contrats d’accompagnement dans l’emploi. Figurent aussi, pour information, les conventions de ${r.informationOnly.map((m) => MEASURE_PHRASES[m]).join(' et de ')} : aucun texte des sources ne prévoit ce rapport pour ces mesures.`,
      ),
    );
  }
  return out;
}

function reportElement(input: StaffRepresentativesReportPrintInput): ReactElement<DocumentProps> {
  const r = input.report;
  const title = `Rapport annuel aux institutions représentatives du personnel — année ${r.year}`;
  const stamp = pdfDate(input.printedOn);
  const heading = (text: string) => h(Text, { style: styles.heading, minPresenceAhead: 40 }, text);
  return h(
    Document,
    { title, creator: 'Conventions CAE', producer: 'Conventions CAE', language: 'fr-FR', creationDate: stamp, modificationDate: stamp },
    h(
      Page,
      { size: 'A4', orientation: 'landscape', style: styles.page },
      h(Footer, { left: input.employerName, right: `Rapport annuel ${r.year} aux représentants du personnel` }),
      h(Text, { style: styles.title }, title),
      h(Text, { style: styles.legalRef }, readableLegalRef(r.legalRef)),
      employer(input),
      ...introduction(r),
      heading(`1. Conventions conclues en ${r.year}`),
      concludedTable(r),
      heading(`2. Renouvellements conclus en ${r.year}`),
      renewalsTable(r),
      heading(`3. Exécution des conventions en ${r.year} (situation au ${date(r.to)})`),
      executedTable(r),
      heading('4. Actions d’accompagnement et de formation'),
      supportTable(r),
      totals(r),
      signature(input),
    ),
  );
}

export async function renderStaffRepresentativesReportPdf(input: StaffRepresentativesReportPrintInput): Promise<Buffer> {
  return renderPdf(reportElement(input));
}
