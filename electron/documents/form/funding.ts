/** « LA PRISE EN CHARGE » and the signature blocks. */
import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { cents, date, percent } from '../format';
import { styles } from '../styles';
import { Field, Paragraph, Row, Section, YesNo } from '../ui';
import type { FormContext } from './context';

export function FundingBlock(props: { ctx: FormContext }): ReactElement {
  const { doc, computed, payingAgency, employmentAgency } = props.ctx;
  const f = doc.funding ?? {};
  const monthly = computed.monthlyAid?.value;
  return h(
    Section,
    { title: 'La prise en charge (cadre réservé à l’administration)' },
    h(
      Row,
      null,
      h(Field, { label: 'Montant de l’aide de l’État en pourcentage du SMIC horaire brut', value: percent(f.aidRatePercent), grow: 2 }),
      h(Field, { label: 'Aide mensuelle à l’embauche', value: cents(monthly) }),
    ),
    h(YesNo, { label: 'Le cas échéant, autre financement envisagé', value: f.otherFunding }),
    h(Paragraph, null, `Le versement de l’aide de l’État est assuré par ${payingAgency === 'ASP' ? 'l’ASP' : 'le CNASEA'}.`),
    h(
      Paragraph,
      null,
      `Le contrôle de l’application de cette convention est effectué par ${employmentAgency === 'ANPE' ? 'l’Agence nationale pour l’emploi' : 'Pôle emploi'}. ` +
        'En cas de non-respect de la convention, les sommes déjà versées et celles ayant fait l’objet d’exonérations sont reversées. ' +
        'L’employeur déclare avoir pris connaissance des dispositions générales figurant au verso.',
    ),
  );
}

export function SignatureBlock(props: { ctx: FormContext; stateSignatory?: string }): ReactElement {
  const signed = date(props.ctx.doc.signedOn);
  const box = (title: string, lines: string[]) =>
    h(
      View,
      { style: styles.signatureBox },
      h(Text, { style: { marginBottom: 4 } }, h(Text, { style: styles.label }, 'Fait le : '), h(Text, { style: styles.value }, signed)),
      h(Text, { style: styles.value }, title),
      ...lines.map((l) => h(Text, { key: l, style: styles.sub }, l)),
    );
  return h(
    View,
    { wrap: false },
    h(Text, { style: [styles.sub, { marginBottom: 3 }] }, 'Signature précédée de la mention manuscrite « Lu et approuvé »'),
    h(
      View,
      { style: styles.signatures },
      box('L’employeur ou son représentant', ['Nom et qualité', '(Signature et cachet)']),
      box(props.stateSignatory ?? 'Pour l’État', ['(Signature et cachet)']),
    ),
    h(Text, { style: [styles.sub, { marginTop: 4 }] }, `Transmis ${props.ctx.payingAgency === 'ASP' ? 'à l’ASP' : 'au CNASEA'} le : ........................`),
  );
}
