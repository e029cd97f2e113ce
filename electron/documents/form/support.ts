/**
 * « LES ACTIONS D'ACCOMPAGNEMENT ET DE FORMATION PRÉVUES PAR L'EMPLOYEUR »:
 * every question of the form with its boxes, the chosen ones ticked; a value
 * an older document held outside the form's choices is printed as it was,
 * under « Ancienne saisie » (shared/rules/document/support.ts).
 */
import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { textOf } from '../format';
import { educationLevelLabel } from '../../../shared/domain/enums';
import { supportOf } from '../../../shared/rules/document/support';
import { SUPPORT_TIMINGS, TRAINING_NATURES, TRAINING_TYPES } from '../labels';
import { styles } from '../styles';
import { Check, Choice, Field, Row, Section, YesNo } from '../ui';
import type { FormContext } from './context';

export function SupportBlock(props: { ctx: FormContext }): ReactElement {
  const s = supportOf(props.ctx.doc.support);
  const natures: readonly string[] = s.trainingNature ?? [];
  const employmentSupport = textOf(s.externalEmploymentSupport);
  const socialSupport = textOf(s.externalSocialSupport);
  const vaeProcedure = textOf(s.vaeProcedure);
  const legacy = s.legacyEntries ?? [];
  return h(
    Section,
    { title: 'Les actions d’accompagnement et de formation prévues par l’employeur' },
    h(YesNo, { label: 'Formation programmée', value: s.trainingPlanned }),
    h(
      View,
      { style: styles.row },
      h(Text, { style: [styles.label, { marginRight: 6 }] }, 'Nature de la formation :'),
      ...TRAINING_NATURES.map(([code, label]) => h(Check, { key: code, label, checked: natures.includes(code) })),
    ),
    h(Row, null, h(Field, { label: 'Si oui, niveau de formation visé (tableau 2)', value: educationLevelLabel(s.targetEducationLevel) })),
    h(Choice, { label: 'Type de formation', options: TRAINING_TYPES.map(([code, label]) => [label, s.trainingType === code] as const) }),
    textOf(s.actionsDuration) ? h(Row, null, h(Field, { label: 'Durée des actions', value: textOf(s.actionsDuration) })) : null,
    h(YesNo, { label: 'Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur', value: s.tutor }),
    h(YesNo, { label: 'Accompagnement vers l’emploi confié à un organisme extérieur', value: s.externalEmploymentSupportPlanned }),
    employmentSupport ? h(Row, null, h(Field, { label: 'Dénomination de l’organisme chargé de l’accompagnement', value: employmentSupport })) : null,
    h(YesNo, { label: 'Accompagnement social confié à un organisme extérieur', value: s.externalSocialSupportPlanned }),
    socialSupport ? h(Row, null, h(Field, { label: 'Dénomination de l’organisme chargé de l’accompagnement social', value: socialSupport })) : null,
    textOf(s.referent) ? h(Row, null, h(Field, { label: 'Référent chargé du suivi du parcours', value: textOf(s.referent) })) : null,
    h(
      View,
      { style: styles.row },
      h(Text, { style: [styles.label, { marginRight: 6 }] }, 'Modalités de formation et d’accompagnement :'),
      ...SUPPORT_TIMINGS.map(([code, label]) => h(Check, { key: code, label, checked: s.timing === code })),
    ),
    h(YesNo, { label: 'Validation des acquis de l’expérience', value: s.vae }),
    vaeProcedure ? h(Row, null, h(Field, { label: 'Procédure de validation', value: vaeProcedure })) : null,
    legacy.length > 0
      ? h(
          View,
          null,
          h(Text, { style: styles.label }, 'Ancienne saisie, hors des choix du formulaire (conservée telle quelle) :'),
          ...legacy.map((entry, i) => h(Text, { key: String(i), style: styles.value }, `– ${entry}`)),
        )
      : null,
  );
}
