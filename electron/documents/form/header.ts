/** Title, legal reference and the « Cadre réservé à l'administration » with the convention number in its boxes. */
import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { jobseekerIdOf } from '../../../shared/rules/index';
import { date } from '../format';
import { styles } from '../styles';
import { Boxes, Field, Row, Section } from '../ui';
import { type FormContext, legalReference, TITLES } from './context';
import { wording, wordingOn } from './wording';

export function FormTitle(props: { ctx: FormContext }): ReactElement {
  const t = TITLES[props.ctx.measure];
  return h(
    View,
    null,
    h(Text, { style: styles.ministry }, 'RÉPUBLIQUE FRANÇAISE — Ministère chargé de l’emploi'),
    h(Text, { style: styles.title }, t.title),
    h(Text, { style: styles.subtitle }, t.subtitle),
    h(Text, { style: styles.legalRef }, legalReference(props.ctx)),
    // Contrat d'avenir: who concludes it (R. 5134-41, R. 5134-42), not always the State.
    props.ctx.cavSignatory ? h(Text, { style: [styles.legalRef, { fontStyle: 'normal', marginTop: -6 }] }, props.ctx.cavSignatory.concludedBy) : null,
  );
}

/** « à l’ANPE » / « à Pôle emploi »: the agency the CAE-DOM job offer was filed with, named as on the day of filing. */
export function jobOfferAgency(ctx: FormContext): string {
  return wordingOn(ctx.doc.jobOfferFiledOn ?? ctx.referenceDate).toAgency;
}

export function AdministrationBlock(props: { ctx: FormContext }): ReactElement {
  const { boxes, doc, computed } = props.ctx;
  const w = wording(props.ctx.employmentAgency, props.ctx.payingAgency);
  const end = computed.conventionEnd?.value ?? doc.contract?.plannedEnd;
  return h(
    Section,
    { title: 'Cadre réservé à l’administration' },
    h(
      View,
      { style: styles.boxesRow },
      h(Boxes, { caption: 'dept', value: boxes.department, size: 3 }),
      h(Boxes, { caption: 'mois', value: boxes.month, size: 2 }),
      h(Boxes, { caption: 'année', value: boxes.year, size: 2 }),
      h(Boxes, { caption: `code ${w.localAgencyShort} ou prescripteur`, value: boxes.prescriberCode, size: 5 }),
      h(Boxes, { caption: 'n° d’ordre', value: boxes.orderNumber, size: 5 }),
      h(Boxes, { caption: 'avenant', value: boxes.avenant, size: 2 }),
      h(
        View,
        { style: { flexGrow: 1, alignItems: 'flex-end', paddingTop: 2 } },
        h(Text, { style: styles.sub }, 'Convention n°'),
        h(Text, { style: styles.value }, `${props.ctx.number}-${boxes.avenant}`),
      ),
    ),
    h(
      Row,
      null,
      h(Field, { label: 'Date de dépôt de la demande', value: date(doc.filedOn) }),
      h(Field, { label: 'Date de début de la convention', value: date(doc.contract?.hiredOn) }),
      h(Field, { label: 'Date de fin prévue de la convention', value: date(end) }),
    ),
    h(Row, null, h(Field, { label: 'Numéro IDE (identifiant demandeur d’emploi)', value: jobseekerIdOf(doc.employee?.jobseekerId) })),
    doc.measure === 'CAE_DOM'
      ? h(
          Row,
          null,
          h(Field, { label: `Date de dépôt de l’offre d’emploi ${jobOfferAgency(props.ctx)}`, value: date(doc.jobOfferFiledOn) }),
          h(Field, { label: 'Département', value: doc.department ?? '' }),
        )
      : null,
  );
}
