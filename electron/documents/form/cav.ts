/** Contrat d'avenir: the 15 mandatory contents of the convention individuelle (art. R. 5134-49). */
import { createElement as h, type ReactElement } from 'react';
import { ageOn, tryParseDay } from '../../../shared/rules/dates/day';
import { groupNir } from '../../../shared/format/nir';
import { cents, date, hours, money, percent, textOf } from '../format';
import { educationLevelLabel } from '../../../shared/domain/enums';
import { ALLOWANCE_LABELS, TRAINING_NATURES } from '../labels';
import { Section, Table } from '../ui';
import type { FormContext } from './context';

const PRIORITY = ['ASS', 'AAH', 'API', 'RMI'] as const;

function age(ctx: FormContext): string {
  const birth = tryParseDay(ctx.doc.employee?.birthDate ?? '');
  const hired = tryParseDay(ctx.doc.contract?.hiredOn ?? '');
  return birth !== undefined && hired !== undefined ? `${ageOn(birth, hired)} ans à l’embauche` : '';
}

/** Each of the 15 mentions with what the document says for it. */
function cavContents(ctx: FormContext): [string, string, string][] {
  const { doc, computed, payingAgency } = ctx;
  const er = doc.employer ?? {};
  const ee = doc.employee ?? {};
  const c = doc.contract ?? {};
  const s: Record<string, unknown> = doc.support ?? {};
  const f = doc.funding ?? {};
  const held = PRIORITY.filter((a) => (ee.allowances ?? []).includes(a));
  const natures = Array.isArray(s.trainingNature) ? s.trainingNature : [];
  const natureText = TRAINING_NATURES.filter(([code]) => natures.includes(code))
    .map(([, label]) => label)
    .join(', ');
  const programme = c.hoursProgramme
    ? `programme indicatif à partir du ${date(c.hoursProgramme.periodStart)}, notifié le ${date(c.hoursProgramme.notifiedOn)}`
    : 'durée constante';
  const payer = payingAgency === 'ASP' ? 'l’ASP' : 'le CNASEA';
  const rows: [string, string][] = [
    ['Identité, adresse et numéro SIRET de l’employeur', [er.name, er.address, er.siret ? `SIRET ${er.siret}` : undefined].filter(Boolean).join(' — ')],
    ['Nom et adresse du salarié', [[ee.lastName, ee.firstNames].filter(Boolean).join(' '), ee.address].filter(Boolean).join(' — ')],
    [
      'Âge, niveau de formation, situation au regard des allocations',
      [age(ctx), educationLevelLabel(ee.educationLevel), held[0] ? `contrat conclu au titre de l’${ALLOWANCE_LABELS[held[0]]}` : '']
        .filter(Boolean)
        .join(' ; '),
    ],
    ['Numéro d’inscription au répertoire national d’identification (NIR)', ee.nir ? groupNir(ee.nir) : ''],
    [
      'Caractéristiques de l’emploi proposé',
      [c.romeCode ? `ROME ${c.romeCode}` : '', c.jobTitle ?? '', c.type ?? '', c.monthlyGross ? `salaire brut mensuel ${money(c.monthlyGross)}` : '']
        .filter(Boolean)
        .join(' — '),
    ],
    ['Date d’embauche et terme du contrat', `du ${date(c.hiredOn)} au ${date(c.plannedEnd)}`],
    ['Durée du travail et programme indicatif de répartition', `${hours(c.weeklyHours)} par semaine ; ${programme}`],
    ['Nature et durée des actions d’accompagnement et de formation', [natureText, textOf(s.actionsDuration)].filter(Boolean).join(' — ')],
    ['Personne ou organisme chargé du placement ou de l’insertion', textOf(s.referent) ?? textOf(s.externalEmploymentSupport) ?? ''],
    [
      'Montant et modalités de l’aide versée par le débiteur de l’allocation',
      f.allowanceDebtorAid ? `${money(f.allowanceDebtorAid)} par mois, versés mensuellement à l’employeur` : '',
    ],
    ['Organisme chargé du versement de l’allocation', f.allowancePayer ?? ''],
    ['Organisme de recouvrement des cotisations et contributions sociales', er.collector ?? ''],
    [
      'Montant et modalités de l’aide de l’État',
      `${percent(f.aidRatePercent)} du SMIC horaire brut${computed.monthlyAid ? `, soit ${cents(computed.monthlyAid.value)} par mois à l’embauche` : ''}, versée mensuellement par ${payer}`,
    ],
    ['Modalités de contrôle et d’évaluation de la convention', doc.clauses?.monitoring ?? ''],
    ['Modalités de reversement des aides', doc.clauses?.repayment ?? 'reversement intégral des sommes perçues en cas de dénonciation (art. R. 5134-52)'],
  ];
  return rows.map(([label, value], i) => [`${i + 1}°`, label, value]);
}

export function CavContentsBlock(props: { ctx: FormContext }): ReactElement {
  return h(
    Section,
    { title: 'Mentions de la convention individuelle (art. R. 5134-49)', breakable: true },
    h(Table, { head: ['', 'Mention', 'Contenu'], rows: cavContents(props.ctx), widths: [0.25, 2, 3] }),
  );
}
