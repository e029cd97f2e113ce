/** « L'EMPLOYEUR » and « LE SALARIÉ » blocks of form CAE-0515. */
import { createElement as h, type ReactElement } from 'react';
import { EMPLOYER_STATUS_LABELS } from '../../../shared/domain/enums';
import { groupNir } from '../../../shared/format/nir';
import { date, yesNo } from '../format';
import { educationLevelLabel } from '../../../shared/domain/enums';
import { nationalityGroup } from '../labels';
import { Check, Choice, Field, Row, Section, YesNo } from '../ui';
import type { FormContext } from './context';
import { wording } from './wording';
import { Text, View } from '@react-pdf/renderer';
import { styles } from '../styles';

/** Tableau 1 prints a code for some statuses; the others are printed by name. */
export function employerStatus(status: string | null | undefined): string {
  if (!status) return '';
  const label = (EMPLOYER_STATUS_LABELS as Record<string, string>)[status] ?? status;
  return /^\d+$/.test(status) ? `${status} — ${label}` : label;
}

export function EmployerBlock(props: { ctx: FormContext }): ReactElement {
  const e = props.ctx.doc.employer ?? {};
  return h(
    Section,
    { title: 'L’employeur' },
    h(Row, null, h(Field, { label: 'Dénomination', value: e.name ?? '', grow: 2 }), h(Field, { label: 'N° SIRET', value: e.siret ?? '' })),
    e.address ? h(Row, null, h(Field, { label: 'Adresse', value: e.address })) : null,
    h(Row, null, h(Field, { label: 'Statut de l’employeur (tableau 1)', value: employerStatus(e.status) })),
    h(
      View,
      { style: styles.row },
      h(Text, { style: [styles.label, { marginRight: 6 }] }, 'Organisme de recouvrement des cotisations et contributions sociales compétent :'),
      h(Check, { label: 'URSSAF', checked: e.collector === 'URSSAF' }),
      h(Check, { label: 'MSA', checked: e.collector === 'MSA' }),
      h(Check, { label: e.collector === 'AUTRE' && e.collectorName ? `AUTRE : ${e.collectorName}` : 'AUTRE', checked: e.collector === 'AUTRE' }),
    ),
  );
}

export function EmployeeBlock(props: { ctx: FormContext }): ReactElement {
  const e = props.ctx.doc.employee ?? {};
  const nat = nationalityGroup(e.nationality);
  const civility = e.civility ?? undefined;
  return h(
    Section,
    { title: 'Le salarié' },
    h(Choice, {
      label: 'Civilité',
      options: [
        ['M.', civility === 'M'],
        ['Mme', civility === 'MME'],
        ['Mlle', civility === 'MLLE'],
      ],
    }),
    h(
      Row,
      null,
      h(Field, { label: 'Nom', value: e.lastName ?? '' }),
      h(Field, { label: 'Nom patronymique (nom de naissance)', value: e.birthName ?? '' }),
      h(Field, { label: 'Prénoms', value: e.firstNames ?? '' }),
    ),
    e.address ? h(Row, null, h(Field, { label: 'Adresse', value: e.address })) : null,
    h(
      Row,
      null,
      h(Field, { label: 'Né(e) le', value: date(e.birthDate) }),
      h(Field, { label: 'à', value: e.birthPlace ?? '', grow: 2 }),
      h(Field, { label: 'dept ou pays', value: e.birthDepartment ?? '' }),
    ),
    h(Choice, {
      label: 'Nationalité',
      options: [
        ['France', nat === 'FR'],
        ['Union européenne', nat === 'EU'],
        ['Hors Union européenne', nat === 'OTHER'],
      ],
    }),
    h(
      Row,
      null,
      h(Field, { label: 'N° d’inscription au répertoire (NIR)', value: e.nir ? groupNir(e.nir) : '' }),
      h(Field, { label: 'Allocations perçues', value: (e.allowances ?? []).join(', ') || 'aucune' }),
    ),
    h(Text, { style: [styles.value, { marginTop: 3, marginBottom: 3 }] }, 'SITUATION DU SALARIÉ AVANT LA SIGNATURE DE LA CONVENTION'),
    h(Row, null, h(Field, { label: 'Niveau de formation (tableau 2)', value: educationLevelLabel(e.educationLevel) })),
    h(YesNo, { label: `Le salarié est-il inscrit ${wording(props.ctx.employmentAgency, props.ctx.payingAgency).toAgency} ?`, value: e.registeredJobseeker }),
    e.jobseekerMonthsInLast18 !== null && e.jobseekerMonthsInLast18 !== undefined
      ? h(Text, { style: styles.row }, `Mois d’inscription comme demandeur d’emploi sur les 18 derniers mois : ${e.jobseekerMonthsInLast18}`)
      : null,
    h(YesNo, { label: 'Le salarié est-il reconnu travailleur handicapé ?', value: e.disabledWorker }),
    e.sentenceAdjustment ? h(Text, { style: styles.row }, `Bénéficiaire d’un aménagement de peine : ${yesNo(e.sentenceAdjustment)}`) : null,
  );
}
