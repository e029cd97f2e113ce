/** « LE CONTRAT » block: hiring, end, job (code ROME), pay and weekly hours. */
import { createElement as h, type ReactElement } from 'react';
import { Text } from '@react-pdf/renderer';
import { minimumWeeklyHours } from '../../../shared/rules/index';
import { date, hours, money, yesNo } from '../format';
import { CONTRACT_TYPE_LABELS } from '../labels';
import { styles } from '../styles';
import { Choice, Field, Row, Section } from '../ui';
import type { FormContext } from './context';

export function ContractBlock(props: { ctx: FormContext }): ReactElement {
  const c = props.ctx.doc.contract ?? {};
  const reduced = c.reducedHoursJustified === true;
  // The CAE's minimum in force at the hiring (L322-4-7 I al. 7), the latest one without a date.
  const minimum = (minimumWeeklyHours('CAE', c.hiredOn) ?? minimumWeeklyHours('CAE'))?.value;
  return h(
    Section,
    { title: 'Le contrat' },
    h(Choice, {
      label: 'Type de contrat',
      options: [
        ['CDD', c.type === 'CDD'],
        ['CDI', c.type === 'CDI'],
      ],
    }),
    h(
      Row,
      null,
      h(Field, { label: 'Date d’embauche', value: date(c.hiredOn) }),
      h(Field, { label: 'Date prévue de fin de contrat', value: c.type === 'CDI' && !c.plannedEnd ? 'sans objet (CDI)' : date(c.plannedEnd) }),
    ),
    h(
      Row,
      null,
      h(Field, { label: 'Emploi proposé (code ROME)', value: c.romeCode ?? '' }),
      h(Field, { label: 'Intitulé de l’emploi', value: c.jobTitle ?? '', grow: 2 }),
    ),
    h(
      Row,
      null,
      h(Field, { label: 'Salaire brut mensuel', value: money(c.monthlyGross) }),
      h(Field, { label: 'Durée hebdomadaire de travail du salarié', value: hours(c.weeklyHours) }),
    ),
    reduced || c.reducedHoursReason
      ? h(
          Text,
          { style: styles.row },
          `Durée inférieure à ${minimum} heures justifiée par des difficultés particulières : ${yesNo(reduced)}${c.reducedHoursReason ? ` — ${c.reducedHoursReason}` : ''}`,
        )
      : null,
    c.type ? h(Text, { style: styles.sub }, CONTRACT_TYPE_LABELS[c.type]) : null,
  );
}
