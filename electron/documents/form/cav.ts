/** Contrat d'avenir: the 15 mandatory contents of the convention individuelle (art. R. 5134-49). */
import { createElement as h, type ReactElement } from 'react';
import { ageOn, tryParseDay } from '../../../shared/rules/dates/day';
import { groupNir } from '../../../shared/format/nir';
import { cents, date, hours, money, percent, textOf } from '../format';
import { educationLevelLabel } from '../../../shared/domain/enums';
import { ALLOWANCE_LABELS, TRAINING_NATURES } from '../labels';
import { supportOf } from '../../../shared/rules/document/support';
import { Section, Table } from '../ui';
import type { FormContext } from './context';

const PRIORITY = ['ASS', 'AAH', 'API', 'RMI'] as const;

/**
 * 7° « le programme indicatif de la répartition de la durée du travail en
 * application de l'article R. 5134-60 »: its periods with their weekly hours
 * (the other weeks at the contract's duration) and its modifications.
 */
function programmeText(p: NonNullable<NonNullable<FormContext['doc']['contract']>['hoursProgramme']>): string {
  const parts = [`programme indicatif à partir du ${date(p.periodStart)}, communiqué au salarié le ${date(p.notifiedOn)}`];
  const periods = p.periods ?? [];
  if (periods.length > 0) {
    parts.push(
      `${periods.map((x) => `du ${date(x.from)} au ${date(x.to)} : ${hours(x.weeklyHours)} par semaine`).join(', ')} ; les autres semaines à la durée du contrat`,
    );
  }
  for (const change of p.changes ?? []) parts.push(`modifié à partir du ${date(change.from)}, communiqué le ${date(change.notifiedOn)}`);
  return parts.join(' ; ');
}

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
  const s = supportOf(doc.support);
  const f = doc.funding ?? {};
  const held = PRIORITY.filter((a) => (ee.allowances ?? []).includes(a));
  const natures: readonly string[] = s.trainingNature ?? [];
  const natureText = TRAINING_NATURES.filter(([code]) => natures.includes(code))
    .map(([, label]) => label)
    .join(', ');
  // 8° « actions d'accompagnement »: the form's accompaniment answers.
  const accompaniment = [
    s.tutor === true ? 'tuteur désigné par l’employeur' : '',
    s.externalEmploymentSupportPlanned === true ? `accompagnement vers l’emploi : ${textOf(s.externalEmploymentSupport) ?? 'organisme extérieur'}` : '',
    s.externalSocialSupportPlanned === true ? `accompagnement social : ${textOf(s.externalSocialSupport) ?? 'organisme extérieur'}` : '',
    s.vae === true ? 'validation des acquis de l’expérience' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const programme = c.hoursProgramme ? programmeText(c.hoursProgramme) : 'durée constante';
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
    ['Nature et durée des actions d’accompagnement et de formation', [natureText, accompaniment, textOf(s.actionsDuration)].filter(Boolean).join(' — ')],
    ['Personne ou organisme chargé du placement ou de l’insertion', textOf(s.referent) ?? textOf(s.externalEmploymentSupport) ?? ''],
    [
      'Montant et modalités de l’aide versée par le débiteur de l’allocation',
      f.allowanceDebtorAid ? `${money(f.allowanceDebtorAid)} par mois, versés mensuellement à l’employeur` : '',
    ],
    ['Organisme chargé du versement de l’allocation', f.allowancePayer ?? ''],
    [
      'Organisme de recouvrement des cotisations et contributions sociales',
      er.collector === 'AUTRE' && er.collectorName ? er.collectorName : (er.collector ?? ''),
    ],
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
