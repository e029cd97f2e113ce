/** « LES ACTIONS D'ACCOMPAGNEMENT ET DE FORMATION PRÉVUES PAR L'EMPLOYEUR ». */
import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { boolOf, textOf } from '../format';
import { educationLevelLabel } from '../../../shared/domain/enums';
import { SUPPORT_TIMINGS, TRAINING_NATURES } from '../labels';
import { styles } from '../styles';
import { Check, Choice, Field, Row, Section, YesNo } from '../ui';
import type { FormContext } from './context';

export function SupportBlock(props: { ctx: FormContext }): ReactElement {
  const s: Record<string, unknown> = props.ctx.doc.support ?? {};
  const natures = Array.isArray(s.trainingNature) ? s.trainingNature.filter((n): n is string => typeof n === 'string') : [];
  const trainingType = textOf(s.trainingType);
  const employmentSupport = textOf(s.externalEmploymentSupport);
  const socialSupport = textOf(s.externalSocialSupport);
  const timing = textOf(s.timing);
  const vaeProcedure = textOf(s.vaeProcedure);
  return h(
    Section,
    { title: 'Les actions d’accompagnement et de formation prévues par l’employeur' },
    h(YesNo, { label: 'Formation programmée', value: boolOf(s.trainingPlanned) }),
    h(
      View,
      { style: styles.row },
      h(Text, { style: [styles.label, { marginRight: 6 }] }, 'Nature de la formation :'),
      ...TRAINING_NATURES.map(([code, label]) => h(Check, { key: code, label, checked: natures.includes(code) })),
    ),
    h(Row, null, h(Field, { label: 'Si oui, niveau de formation visé (tableau 2)', value: educationLevelLabel(textOf(s.targetEducationLevel)) })),
    h(Choice, {
      label: 'Type de formation',
      options: [
        ['interne', trainingType === 'INTERNAL'],
        ['externe', trainingType === 'EXTERNAL'],
      ],
    }),
    textOf(s.actionsDuration) ? h(Row, null, h(Field, { label: 'Durée des actions', value: textOf(s.actionsDuration) })) : null,
    h(YesNo, { label: 'Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur', value: boolOf(s.tutor) }),
    h(YesNo, { label: 'Accompagnement vers l’emploi confié à un organisme extérieur', value: employmentSupport !== undefined }),
    employmentSupport ? h(Row, null, h(Field, { label: 'Dénomination de l’organisme chargé de l’accompagnement', value: employmentSupport })) : null,
    h(YesNo, { label: 'Accompagnement social confié à un organisme extérieur', value: socialSupport !== undefined }),
    socialSupport ? h(Row, null, h(Field, { label: 'Dénomination de l’organisme chargé de l’accompagnement social', value: socialSupport })) : null,
    textOf(s.referent) ? h(Row, null, h(Field, { label: 'Référent chargé du suivi du parcours', value: textOf(s.referent) })) : null,
    h(
      View,
      { style: styles.row },
      h(Text, { style: [styles.label, { marginRight: 6 }] }, 'Modalités de formation et d’accompagnement :'),
      ...SUPPORT_TIMINGS.map(([code, label]) => h(Check, { key: code, label, checked: timing === code })),
    ),
    h(YesNo, { label: 'Validation des acquis de l’expérience', value: boolOf(s.vae) }),
    vaeProcedure ? h(Row, null, h(Field, { label: 'Procédure de validation', value: vaeProcedure })) : null,
  );
}
