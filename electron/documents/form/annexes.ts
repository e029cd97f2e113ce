/**
 * What the convention adds to the form's blocks for two measures: the
 * contrat d'avenir's annex (art. R. 5134-50) and the CAE-DOM's lists of
 * supporting documents (art. R. 831-4 j and k), each box ticked as the
 * convention lists it.
 */
import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { DOM_AID_DOCUMENT_LABELS, DOM_RUPTURE_DOCUMENT_LABELS } from '../../../shared/domain/enums';
import { DOM_AID_DOCUMENTS, DOM_RUPTURE_DOCUMENTS } from '../../../shared/rules/document/schema';
import { styles } from '../styles';
import { Check, Section, Table } from '../ui';
import type { FormContext } from './context';

export function CavAnnexBlock(props: { ctx: FormContext }): ReactElement {
  const a = props.ctx.doc.annex ?? {};
  const rows: [string, string, string][] = [
    ['1°', 'Objectifs des actions d’accompagnement et de formation', a.objectives ?? ''],
    ['1°', 'Programme des actions', a.programme ?? ''],
    ['1°', 'Modalités d’organisation et d’évaluation des actions', a.organisationAndEvaluation ?? ''],
    ['2°', 'Modalités d’intervention du référent chargé du suivi du parcours d’insertion professionnelle', a.referentIntervention ?? ''],
  ];
  return h(
    Section,
    { title: 'Annexe à la convention individuelle (art. R. 5134-50)', breakable: true },
    h(Table, { head: ['', 'Objet', 'Contenu'], rows, widths: [0.25, 2, 3] }),
  );
}

function checklist<C extends string>(
  title: string,
  codes: readonly C[],
  labels: Record<C, string>,
  ticked: readonly string[],
  other: string | null | undefined,
) {
  return h(
    View,
    { style: { marginBottom: 4 } },
    h(Text, { style: styles.label }, title),
    ...codes.map((c) => h(Check, { key: c, label: labels[c], checked: ticked.includes(c) })),
    h(Check, { label: `Autres pièces : ${other ?? ''}`, checked: !!other && other.trim() !== '' }),
  );
}

export function DomDocumentsBlock(props: { ctx: FormContext }): ReactElement {
  const d = props.ctx.doc.supportingDocuments ?? {};
  return h(
    Section,
    { title: 'Pièces justificatives (art. R. 831-4 j et k)' },
    checklist(
      'j) Pièces à produire pour bénéficier de l’aide de l’État (art. R. 831-5) :',
      DOM_AID_DOCUMENTS,
      DOM_AID_DOCUMENT_LABELS,
      d.aid ?? [],
      d.aidOther,
    ),
    checklist(
      'k) Pièces à produire en cas de rupture anticipée du contrat de travail :',
      DOM_RUPTURE_DOCUMENTS,
      DOM_RUPTURE_DOCUMENT_LABELS,
      d.rupture ?? [],
      d.ruptureOther,
    ),
  );
}
