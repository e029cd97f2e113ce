/** « LA PRISE EN CHARGE » and the signature blocks. */
import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { cents, date, percent } from '../format';
import { styles } from '../styles';
import { Field, Paragraph, Row, Section, YesNo } from '../ui';
import type { ConventionDocument } from '../../../shared/rules/index';
import type { FormContext } from './context';
import { wordingOn } from './wording';

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
      `Le contrôle de l’application de cette convention est effectué par ${props.ctx.cavSignatory?.actor ?? (employmentAgency === 'ANPE' ? 'l’Agence nationale pour l’emploi' : 'Pôle emploi')}. ` +
        'En cas de non-respect de la convention, les sommes déjà versées et celles ayant fait l’objet d’exonérations sont reversées. ' +
        'L’employeur déclare avoir pris connaissance des dispositions générales figurant au verso.',
    ),
  );
}

type Signatory = NonNullable<NonNullable<ConventionDocument['signatures']>['employer']>;

/** One party's box: « Fait à … le … », who signs, « Nom et qualité » (left to fill by hand when unknown). */
function signatureBox(title: string, signatory: Signatory | undefined, conventionSignedOn: string | null | undefined, withNameLine: boolean): ReactElement {
  const s = signatory ?? {};
  const who = [s.name, s.quality].filter((x) => x && x.trim() !== '').join(', ');
  return h(
    View,
    { style: styles.signatureBox },
    h(
      Text,
      { style: { marginBottom: 4 } },
      ...(s.place ? [h(Text, { key: 'at', style: styles.label }, 'Fait à : '), h(Text, { key: 'place', style: styles.value }, `${s.place}, `)] : []),
      h(Text, { style: styles.label }, 'Fait le : '),
      h(Text, { style: styles.value }, date(s.signedOn ?? conventionSignedOn)),
    ),
    h(Text, { style: styles.value }, title),
    who !== ''
      ? h(Text, null, h(Text, { style: styles.label }, 'Nom et qualité : '), h(Text, { style: styles.value }, who))
      : withNameLine
        ? h(Text, { style: styles.sub }, 'Nom et qualité')
        : null,
    h(Text, { style: styles.sub }, '(Signature et cachet)'),
  );
}

/**
 * « Fait le » of each party (form CAE-0515), with the signatories' names and
 * qualities when known, then « Transmis au CNASEA le », named after the
 * payment organisation of the day of transmission. An avenant (`parties`
 * false) is signed anew: only the convention's date is printed.
 */
export function SignatureBlock(props: { ctx: FormContext; stateSignatory?: string; parties?: boolean }): ReactElement {
  const { doc } = props.ctx;
  const parties = props.parties !== false;
  const sent = parties ? doc.transmittedToCnaseaOn : undefined;
  const toPayer = sent ? wordingOn(sent).toPayer : props.ctx.payingAgency === 'ASP' ? 'à l’ASP' : 'au CNASEA';
  return h(
    View,
    { wrap: false },
    h(Text, { style: [styles.sub, { marginBottom: 3 }] }, 'Signature précédée de la mention manuscrite « Lu et approuvé »'),
    h(
      View,
      { style: styles.signatures },
      signatureBox('L’employeur ou son représentant', parties ? (doc.signatures?.employer ?? undefined) : undefined, doc.signedOn, true),
      signatureBox(
        props.stateSignatory ?? props.ctx.cavSignatory?.signatureTitle ?? 'Pour l’État',
        parties ? (doc.signatures?.authority ?? undefined) : undefined,
        doc.signedOn,
        false,
      ),
    ),
    h(Text, { style: [styles.sub, { marginTop: 4 }] }, `Transmis ${toPayer} le : ${sent ? date(sent) : '........................'}`),
  );
}
