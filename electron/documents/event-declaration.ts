/**
 * The employer's declaration of a reported fact — a suspension, a trial
 * period with another employer, a rupture, a change of the weekly hours, a
 * contrat d'avenir's renewal — to the bodies the texts name (form CAE-0515:
 * the ANPE and the CNASEA; R. 5134-61 for a contrat d'avenir), named as on the
 * day of the fact. One page per recipient (« Exemplaire pour … »), each
 * listing every recipient, the deadline with its legal reference and the
 * documents to attach, a box each. With the workspace's signatory (profile)
 * the block names them; without, « Fait à …, le … » is left to fill by hand.
 */
import { createElement as h, type ReactElement } from 'react';
import { Document, type DocumentProps, Page, Text, View } from '@react-pdf/renderer';
import { DECLARATION_TITLES, type DeclaredKind } from '../../shared/domain/declarations';
import { RUPTURE_REASON_LABELS, SUSPENSION_REASON_LABELS } from '../../shared/domain/enums';
import { formatAvenantIndex } from '../../shared/domain/numbering';
import { maskNir } from '../../shared/format/nir';
import type { ConventionDocument } from '../../shared/rules/document/schema';
import { readableLegalRef } from '../../shared/rules/parameters/sources';
import type { Measure } from '../../shared/rules/vocabulary';
import { date, hours, pdfDate, yesNo } from './format';
import { renderPdf } from './render';
import { styles } from './styles';
import { EmployerSignature, Field, Footer, Paragraph, Row, Section } from './ui';

type Event = NonNullable<ConventionDocument['events']>[number];
type Renewal = NonNullable<ConventionDocument['renewals']>[number];
/** A fact of the document's events, or a renewal marked as such. */
export type DeclaredFact = Event | (Renewal & { kind: 'RENEWAL' });

interface DeclarationPrintInput {
  number: string;
  measure: Measure;
  /** The convention's latest version (the parties, the contract, the facts), NIR included: it is printed masked. */
  document: ConventionDocument;
  kind: DeclaredKind;
  fact: DeclaredFact;
  /** Weekly hours before the fact (an hours change), when known. */
  hoursBefore: number | undefined;
  /** The avenant that records the fact (an hours change, a renewal), when known. */
  avenant: { index: number; signedOn: string | null } | null;
  /** From the fact's reporting deadline: recipients named as on the day of the fact. */
  deadline: { eventDate: string; due: string; legalRef: string; recipients: string; bodies: readonly string[] };
  checklist: readonly { document: string; legalRef: string }[];
  /** Who signs for the employer (the workspace's profile), or null: the block is left to fill in. */
  signatory: { name: string; quality: string; organisation: string } | null;
  place: string | null;
  /** The day of « Fait à …, le … » (`YYYY-MM-DD`): the day it was reported when recorded, else the workspace's day. */
  signedOn: string;
}

const MEASURE_PHRASES: Record<Measure, string> = {
  CAE: 'Contrat d’accompagnement dans l’emploi (CAE)',
  CAV: 'Contrat d’avenir',
  CAE_DOM: 'Contrat d’accès à l’emploi (CAE-DOM)',
};

function employeeName(doc: ConventionDocument): string {
  const e = doc.employee ?? {};
  const civility = e.civility === 'M' ? 'M.' : e.civility === 'MME' ? 'Mme' : e.civility === 'MLLE' ? 'Mlle' : '';
  return [civility, e.firstNames, e.lastName].filter(Boolean).join(' ');
}

const avenantLine = (a: DeclarationPrintInput['avenant']) =>
  a ? `Avenant n° ${formatAvenantIndex(a.index)}${a.signedOn ? ` signé le ${date(a.signedOn)}` : ''}` : 'Avenant à joindre';

const until = (to: string | null | undefined) => (to ? date(to) : 'fin non connue à ce jour');
const paidWords = (paid: boolean | null | undefined) => yesNo(paid) || 'non précisé';

/** What happened, as label–value pairs, in the words of the convention's screens. */
function factRows(input: Pick<DeclarationPrintInput, 'fact' | 'hoursBefore' | 'avenant'>): [string, string][] {
  const f = input.fact;
  switch (f.kind) {
    case 'RENEWAL':
      return [
        ['Nature', 'Renouvellement du contrat et de la convention'],
        ['Du', date(f.from)],
        ['Au', date(f.to)],
        ['Avenant à la convention', avenantLine(input.avenant)],
      ];
    case 'SUSPENSION':
      return [
        ['Nature', 'Suspension du contrat de travail'],
        ['Du', date(f.from)],
        ['Au', until(f.to)],
        ['Motif', f.reason ? SUSPENSION_REASON_LABELS[f.reason] : 'non précisé'],
        ['Rémunération maintenue', paidWords(f.paid)],
      ];
    case 'TRIAL_PERIOD_ELSEWHERE':
      return [
        ['Nature', 'Suspension du contrat pour accomplir une période d’essai chez un autre employeur'],
        ['Du', date(f.from)],
        ['Au', until(f.to)],
        ['Rémunération maintenue', paidWords(f.paid)],
      ];
    case 'RUPTURE':
      return [
        ['Nature', 'Rupture du contrat de travail avant la fin de la convention'],
        ['Date d’effet', date(f.on)],
        ['À l’initiative', f.initiative === 'EMPLOYER' ? 'de l’employeur' : f.initiative === 'EMPLOYEE' ? 'du salarié' : 'non précisée'],
        ['Motif', f.reason ? RUPTURE_REASON_LABELS[f.reason] : 'non précisé'],
      ];
    case 'HOURS_CHANGE':
      return [
        ['Nature', 'Modification de la durée hebdomadaire du travail'],
        ['À compter du', date(f.on)],
        ['Durée hebdomadaire', `${hours(input.hoursBefore) || 'non connue'} → ${hours(f.weeklyHours)}`],
        ['Avenant à la convention', avenantLine(input.avenant)],
      ];
    case 'EMPLOYER_SUBSTITUTION':
      return [
        ['Nature', 'Substitution d’employeur'],
        ['À compter du', date(f.on)],
      ];
  }
}

function header(input: DeclarationPrintInput, body: string): ReactElement {
  const er = input.document.employer ?? {};
  return h(
    View,
    { style: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 12 } },
    h(
      View,
      { style: { width: 240 } },
      h(Text, { style: styles.value }, er.name ?? ''),
      ...(er.address ? [h(Text, { key: 'address' }, er.address)] : []),
      h(Text, null, `SIRET ${er.siret ?? ''}`),
    ),
    h(
      View,
      { style: { width: 250 } },
      h(Text, { style: [styles.value, { fontSize: 10.5 }] }, `Exemplaire pour ${body}`),
      h(Text, { style: styles.label }, `Déclaration adressée ${input.deadline.recipients}`),
    ),
  );
}

function parties(input: DeclarationPrintInput): ReactElement[] {
  const doc = input.document;
  const s = input.signatory;
  return [
    h(
      Section,
      { key: 'convention', title: 'La convention' },
      h(
        Row,
        null,
        h(Field, { label: 'Convention n°', value: input.number, grow: 2 }),
        h(Field, { label: 'Mesure', value: MEASURE_PHRASES[input.measure], grow: 3 }),
        h(Field, { label: 'Signée le', value: date(doc.signedOn), grow: 1 }),
      ),
    ),
    h(
      Section,
      { key: 'employer', title: 'L’employeur' },
      h(
        Row,
        null,
        h(Field, { label: 'Dénomination', value: doc.employer?.name ?? '', grow: 3 }),
        h(Field, { label: 'SIRET', value: doc.employer?.siret ?? '', grow: 2 }),
      ),
      h(Row, null, h(Field, { label: 'Signataire', value: s?.name ?? '', grow: 3 }), h(Field, { label: 'Qualité', value: s?.quality ?? '', grow: 2 })),
    ),
    h(
      Section,
      { key: 'employee', title: 'Le salarié' },
      h(
        Row,
        null,
        h(Field, { label: 'Nom et prénoms', value: employeeName(doc), grow: 3 }),
        h(Field, { label: 'N° de sécurité sociale (NIR, masqué)', value: maskNir(doc.employee?.nir) ?? 'non renseigné', grow: 2 }),
        h(Field, { label: 'Embauché(e) le', value: date(doc.contract?.hiredOn), grow: 1 }),
      ),
    ),
  ];
}

function factSection(input: DeclarationPrintInput): ReactElement {
  const [nature, ...details] = factRows(input);
  return h(
    Section,
    { title: 'Le fait déclaré' },
    ...(nature ? [h(Row, { key: 'nature' }, h(Field, { label: nature[0], value: nature[1] }))] : []),
    h(Row, { key: 'details' }, ...details.map(([label, value]) => h(Field, { key: label, label, value, grow: label === 'Avenant à la convention' ? 2 : 1 }))),
  );
}

function deadlineSection(input: DeclarationPrintInput): ReactElement {
  const d = input.deadline;
  return h(
    Section,
    { title: 'Destinataires et délai' },
    h(Text, null, `Destinataires : ${d.recipients} (un exemplaire chacun).`),
    h(Text, { style: [styles.value, { marginTop: 2 }] }, `À adresser au plus tard le ${date(d.due)}.`),
    h(Text, { style: [styles.sub, { marginTop: 2 }] }, `Délai compté du ${date(d.eventDate)} — ${readableLegalRef(d.legalRef)}`),
  );
}

function checklistSection(input: DeclarationPrintInput): ReactElement {
  const items = input.checklist;
  return h(
    Section,
    { title: 'Pièces à joindre', breakable: true },
    ...(items.length === 0
      ? [h(Text, { key: 'none' }, 'Aucune pièce n’est demandée par les textes pour ce fait.')]
      : items.map((item, i) =>
          h(
            View,
            { key: String(i), style: { flexDirection: 'row', marginBottom: 3 }, wrap: false },
            h(Text, { style: { width: 14, fontSize: 11 } }, '☐'),
            h(View, { style: { flexGrow: 1, flexBasis: 0 } }, h(Text, null, item.document), h(Text, { style: styles.sub }, readableLegalRef(item.legalRef))),
          ),
        )),
  );
}

function signature(input: DeclarationPrintInput): ReactElement {
  return h(EmployerSignature, {
    signatory: input.signatory,
    place: input.place,
    on: input.signedOn,
    caption: 'Signature et cachet de l’employeur',
    marginLeft: 250,
    marginTop: 8,
    gap: 36,
  });
}

function copyPage(input: DeclarationPrintInput, body: string, title: string): ReactElement {
  const who = input.signatory
    ? `${input.signatory.name}, ${input.signatory.quality}, pour ${input.signatory.organisation}`
    : `……………………………………………, pour ${input.document.employer?.name ?? 'l’employeur'}`;
  return h(
    Page,
    { key: body, size: 'A4', style: styles.page },
    h(Footer, { left: `Convention n° ${input.number}`, right: `${title} — exemplaire pour ${body}` }),
    header(input, body),
    h(Text, { style: styles.title }, title.toUpperCase()),
    h(
      Text,
      { style: [styles.subtitle, { marginBottom: 8 }] },
      `Fait survenu le ${date(input.deadline.eventDate)} — à adresser au plus tard le ${date(input.deadline.due)}`,
    ),
    ...parties(input),
    factSection(input),
    deadlineSection(input),
    checklistSection(input),
    h(Paragraph, null, `Je soussigné(e) ${who}, certifie l’exactitude des renseignements ci-dessus et joins les pièces cochées.`),
    signature(input),
  );
}

function declarationElement(input: DeclarationPrintInput): ReactElement<DocumentProps> {
  const title = DECLARATION_TITLES[input.kind];
  const stamp = pdfDate(input.signedOn);
  return h(
    Document,
    {
      title: `${title} — ${input.number} — ${date(input.deadline.eventDate)}`,
      creator: 'Conventions CAE',
      producer: 'Conventions CAE',
      language: 'fr-FR',
      creationDate: stamp,
      modificationDate: stamp,
    },
    ...input.deadline.bodies.map((body) => copyPage(input, body, title)),
  );
}

export async function renderEventDeclarationPdf(input: DeclarationPrintInput): Promise<Buffer> {
  return renderPdf(declarationElement(input));
}
