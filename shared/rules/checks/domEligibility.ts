/**
 * CAE-DOM: who may be hired, art. R. 831-1 as amended by the décret of 2004
 * (003, art. 4). A document that names the category (`employee.domCategory`)
 * is checked against that category's own conditions, where it holds the data;
 * a document without one is judged as before the field existed (RMI,
 * obligation d'emploi, detention, or over 50 with 12 months of registration).
 */
import type { Context } from '../compute/context';
import { type Day, addMonths, ageOn, dayFr, endOfContractMonth, formatDay, tryParseDay } from '../dates/day';
import { DOM_REFS } from '../parameters/articles';
import { valueAt } from '../parameters/dated';
import { CAE_DOM } from '../parameters/measures';
import type { DomCategory } from '../vocabulary';
import type { Emit } from './finding';

type Employee = NonNullable<Context['doc']['employee']>;

/** L. 323-3 2°, 3° and 4°, which R. 831-1 4° and 8° name beside the recognised disabled worker (L. 323-3 1°). */
const NAMED_OBLIGATIONS = new Set<string>(['WORK_INJURY_ANNUITY', 'INVALIDITY_PENSION', 'MILITARY_INVALIDITY_PENSION']);

const EXTENSIONS = 'périodes de formation, de contrat aidé, de maladie, de maternité ou d’accident du travail';
const OTHER_CATEGORY = 'choisissez une autre catégorie de l’article R. 831-1';

/** Recognised disabled worker (L. 323-3 1°) or beneficiary of the obligation d'emploi under L. 323-3 2°, 3° or 4°. */
function obligationHolder(e: Employee): boolean {
  return e.disabledWorker === true || NAMED_OBLIGATIONS.has(e.employmentObligation ?? '');
}

const monthsFr = (m: number) => String(Math.floor(m * 10) / 10).replace('.', ',');

/** Registered days within the window before hiring, the window being extended by training, aided contracts, illness… */
function registeredMonths(e: Employee, hired: Day): number | undefined {
  const at = formatDay(hired);
  const window = valueAt(CAE_DOM.registrationWindowMonths, at)?.value ?? 18;
  const extensionDays = (e.registrationExtensions ?? []).reduce((s, x) => {
    const a = tryParseDay(x.from);
    const b = tryParseDay(x.to);
    return a !== undefined && b !== undefined && b >= a ? s + (b - a + 1) : s;
  }, 0);
  if (e.jobseekerPeriods && e.jobseekerPeriods.length > 0) {
    const start = endOfContractMonth(hired, -window) + 1 - extensionDays;
    let days = 0;
    for (const p of e.jobseekerPeriods) {
      const a = Math.max(tryParseDay(p.from) ?? hired, start);
      const b = Math.min(tryParseDay(p.to) ?? hired, hired - 1);
      if (b >= a) days += b - a + 1;
    }
    return (days * 12) / 365;
  }
  return e.jobseekerMonthsInLast18 ?? undefined;
}

/** What the checks of one person read: hiring day, birth, registration. */
interface Facts {
  e: Employee;
  hired: Day;
  birth: Day | undefined;
  at: string;
  months: number | undefined;
  needed: number;
  allowances: readonly string[];
}

/** « plus de cinquante ans et moins de soixante-cinq ans »: strictly after the 50th birthday, before the 65th. */
function over50(f: Facts): boolean {
  if (f.birth === undefined) return false;
  const minAge = valueAt(CAE_DOM.minAge, f.at)?.value ?? 50;
  const maxAge = valueAt(CAE_DOM.maxAge, f.at)?.value ?? 65;
  return f.hired > addMonths(f.birth, 12 * minAge) && f.hired < addMonths(f.birth, 12 * maxAge);
}

export function checkDomBeneficiary(ctx: Context, emit: Emit): void {
  const e = ctx.doc.employee;
  const hired = tryParseDay(ctx.doc.contract?.hiredOn ?? '');
  if (!e || hired === undefined) return;
  const at = formatDay(hired);
  const f: Facts = {
    e,
    hired,
    birth: tryParseDay(e.birthDate ?? ''),
    at,
    months: registeredMonths(e, hired),
    needed: valueAt(CAE_DOM.registrationMonths, at)?.value ?? 12,
    allowances: e.allowances ?? [],
  };
  const category = e.domCategory;
  if (category && category !== 'OTHER') checkCategory(category, f, emit);
  else checkWithoutCategory(f, emit);
}

/** The category named by the document, against its own conditions. */
function checkCategory(category: Exclude<DomCategory, 'OTHER'>, f: Facts, emit: Emit): void {
  switch (category) {
    case 'JOBSEEKER_12_MONTHS':
      return checkRegistration(f, emit);
    case 'ASS':
      if (!f.allowances.includes('ASS')) {
        emit(
          'BENEFICIARY_NOT_ELIGIBLE',
          'error',
          'employee.allowances',
          `Catégorie 2° : la personne doit percevoir l’allocation de solidarité spécifique (art. L. 351-10) : cochez l’ASS dans les allocations perçues, ou ${OTHER_CATEGORY}.`,
          DOM_REFS.eligibility2,
        );
      }
      return;
    case 'RMI':
      if (!f.allowances.includes('RMI')) {
        emit(
          'BENEFICIARY_NOT_ELIGIBLE',
          'error',
          'employee.allowances',
          'Catégorie 3° : selon le document, la personne ne perçoit pas le RMI : cochez le RMI dans les allocations perçues ; si c’est son conjoint, concubin ou partenaire lié par un PACS qui le perçoit, choisissez la catégorie « 3° conjoint, concubin ou partenaire d’un bénéficiaire du RMI ».',
          DOM_REFS.eligibility3,
        );
      }
      return;
    case 'RMI_PARTNER':
      // The document holds nothing on the partner: the agency checks the RMI of the household on its proof.
      return;
    case 'OBLIGATION_EMPLOI':
      return checkObligation(f, emit);
    case 'YOUNG':
      return checkYoung(f, emit);
    case 'EMPLOI_JEUNE':
      return checkYouthJob(f, emit);
    case 'DETENTION':
      return checkDetention(f, emit);
    case 'OVER_50':
      return checkOver50(f, emit);
  }
}

/** 1°: twelve months of registration in the eighteen before hiring, extended (art. 4 VI). */
function checkRegistration(f: Facts, emit: Emit): void {
  if (f.months === undefined) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'warning',
      'employee.jobseekerMonthsInLast18',
      `Catégorie 1° (inscription comme demandeur d’emploi) : indiquez les mois d’inscription sur les 18 mois qui précèdent l’embauche (${f.needed} au moins, ${EXTENSIONS} en plus).`,
      DOM_REFS.eligibility1,
    );
  } else if (f.months < f.needed) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'error',
      'employee.jobseekerMonthsInLast18',
      `Catégorie 1° : la personne n’a que ${monthsFr(f.months)} mois d’inscription comme demandeur d’emploi sur les 18 qui précèdent l’embauche (${f.needed} exigés) : ajoutez les ${EXTENSIONS} qui prolongent la durée, ou ${OTHER_CATEGORY}.`,
      DOM_REFS.eligibility1,
    );
  }
}

/** 4°: recognised disabled worker, or obligation d'emploi under L. 323-3 2°, 3° or 4°. */
function checkObligation(f: Facts, emit: Emit): void {
  if (obligationHolder(f.e)) return;
  if (f.e.employmentObligation === 'OTHER') {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'error',
      'employee.employmentObligation',
      `Catégorie 4° : seuls le travailleur reconnu handicapé et les bénéficiaires de l’obligation d’emploi mentionnés aux 2°, 3° ou 4° de l’article L. 323-3 y entrent, pas les autres titres de cet article : ${OTHER_CATEGORY}.`,
      DOM_REFS.eligibility4,
    );
    return;
  }
  emit(
    'BENEFICIARY_NOT_ELIGIBLE',
    'warning',
    'employee.employmentObligation',
    'Catégorie 4° : indiquez si la personne est reconnue travailleur handicapé ou à quel titre elle bénéficie de l’obligation d’emploi (2°, 3° ou 4° de l’article L. 323-3).',
    DOM_REFS.eligibility4,
  );
}

/** 5°: « de dix-huit à moins de vingt-six ans » on the hiring day. */
function checkYoung(f: Facts, emit: Emit): void {
  if (f.birth === undefined) return;
  const age = ageOn(f.birth, f.hired);
  const min = valueAt(CAE_DOM.youngMinAge, f.at)?.value ?? 18;
  const max = valueAt(CAE_DOM.youngMaxAge, f.at)?.value ?? 26;
  if (age >= min && age < max) return;
  emit(
    'BENEFICIARY_NOT_ELIGIBLE',
    'error',
    'employee.birthDate',
    `Catégorie 5° : la personne a ${age} ans à l’embauche ; il faut avoir de ${min} à moins de ${max} ans : ${OTHER_CATEGORY}.`,
    DOM_REFS.eligibility5,
  );
}

/** 6°: an emploi-jeune (convention of art. L. 322-4-18) whose contract ends before 1 January 2008. */
function checkYouthJob(f: Facts, emit: Emit): void {
  const before = valueAt(CAE_DOM.youthJobEndBefore, f.at)?.value ?? '2008-01-01';
  const end = f.e.youthJobEndsOn;
  if (!end) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'warning',
      'employee.youthJobEndsOn',
      `Catégorie 6° : indiquez la date à laquelle le contrat conclu au titre de la convention de l’article L. 322-4-18 (emploi-jeune) arrive à son terme ; il doit y arriver avant le ${dayFr(before)}.`,
      DOM_REFS.eligibility6,
    );
  } else if (end >= before) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'error',
      'employee.youthJobEndsOn',
      `Catégorie 6° : le contrat de la convention de l’article L. 322-4-18 arrive à son terme le ${dayFr(end)}, pas avant le ${dayFr(before)} : la personne n’entre pas dans le 6° ; ${OTHER_CATEGORY}.`,
      DOM_REFS.eligibility6,
    );
  }
}

/** 7°: a person serving or having served a custodial sentence (or under a sentence adjustment). */
function checkDetention(f: Facts, emit: Emit): void {
  if (f.e.formerPrisoner === true || f.e.sentenceAdjustment === true) return;
  const answered = f.e.formerPrisoner === false;
  emit(
    'BENEFICIARY_NOT_ELIGIBLE',
    answered ? 'error' : 'warning',
    'employee.formerPrisoner',
    answered
      ? `Catégorie 7° : selon le document, la personne ne fait pas et n’a pas fait l’objet d’une peine privative de liberté : corrigez la réponse ou ${OTHER_CATEGORY}.`
      : 'Catégorie 7° : indiquez si la personne fait ou a fait l’objet d’une peine privative de liberté.',
    DOM_REFS.eligibility7,
  );
}

/** 8°: over 50 and under 65, and registered 12 of 18 months, or obligation d'emploi (L. 323-3 1° to 4°), or RMI and jobless for over a year. */
function checkOver50(f: Facts, emit: Emit): void {
  if (f.birth === undefined) return;
  if (!over50(f)) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'error',
      'employee.birthDate',
      `Catégorie 8° : la personne a ${ageOn(f.birth, f.hired)} ans à l’embauche ; il faut avoir plus de 50 ans et moins de 65 ans : ${OTHER_CATEGORY}.`,
      DOM_REFS.over50,
    );
    return;
  }
  if ((f.months !== undefined && f.months >= f.needed) || obligationHolder(f.e)) return;
  const rmi = f.allowances.includes('RMI');
  const jobless = f.e.joblessMonths ?? undefined;
  const joblessNeeded = valueAt(CAE_DOM.rmiJoblessMonths, f.at)?.value ?? 12;
  if (rmi && jobless !== undefined && jobless >= joblessNeeded) return;
  if (rmi && jobless === undefined) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'warning',
      'employee.joblessMonths',
      `Catégorie 8° : indiquez depuis combien de mois la personne, bénéficiaire du RMI, est sans emploi (plus d’un an exigé), à défaut de ${f.needed} mois d’inscription sur 18 ou de l’obligation d’emploi.`,
      DOM_REFS.over50,
    );
    return;
  }
  if (f.months === undefined) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'warning',
      'employee.jobseekerMonthsInLast18',
      `Catégorie 8° : indiquez les mois d’inscription comme demandeur d’emploi sur les 18 derniers mois (${f.needed} au moins, ${EXTENSIONS} en plus), ou le titre d’obligation d’emploi.`,
      DOM_REFS.over50,
    );
    return;
  }
  const rmiPart = rmi ? `, ${jobless ?? 0} mois sans emploi (plus d’un an exigé avec le RMI)` : ', pas de RMI';
  emit(
    'BENEFICIARY_NOT_ELIGIBLE',
    'error',
    'employee.domCategory',
    `Catégorie 8° : la personne n’a que ${monthsFr(f.months)} mois d’inscription sur les 18 derniers (${f.needed} exigés, ${EXTENSIONS} en plus)${rmiPart}, et pas l’obligation d’emploi des 1° à 4° de l’article L. 323-3 : complétez ce qui manque ou ${OTHER_CATEGORY}.`,
    DOM_REFS.over50,
  );
}

/**
 * A document without category: judged as before the field existed — RMI,
 * obligation d'emploi, detention, or over 50 with 12 of 18 months registered —
 * and told to name the category if the person falls under another one.
 */
function checkWithoutCategory(f: Facts, emit: Emit): void {
  const e = f.e;
  if (f.allowances.includes('RMI') || obligationHolder(e) || e.sentenceAdjustment === true || e.formerPrisoner === true) return;
  if (f.birth === undefined) return;
  const isOver50 = over50(f);
  if (isOver50 && f.months !== undefined && f.months >= f.needed) return;
  if (f.months === undefined && isOver50) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'warning',
      'employee.jobseekerMonthsInLast18',
      `Indiquez les mois d’inscription comme demandeur d’emploi sur les 18 derniers mois (${f.needed} au moins exigés, ${EXTENSIONS} en plus).`,
      DOM_REFS.eligibility,
    );
    return;
  }
  const choose = 'choisissez la catégorie de l’article R. 831-1 (1° à 8°) dont elle relève';
  emit(
    'BENEFICIARY_NOT_ELIGIBLE',
    'error',
    'employee.domCategory',
    isOver50
      ? `La personne n’a que ${monthsFr(f.months ?? 0)} mois d’inscription sur les 18 derniers (${f.needed} exigés) : ajoutez les ${EXTENSIONS} qui prolongent la durée, ou ${choose} (RMI, obligation d’emploi…).`
      : `La personne (${ageOn(f.birth, f.hired)} ans) n’entre dans aucune catégorie du contrat d’accès à l’emploi que le document permet de vérifier : ${choose} — inscription 12 mois sur 18, ASS, RMI (ou conjoint, concubin, partenaire de PACS d’un bénéficiaire), obligation d’emploi, jeune de 18 à 25 ans, emploi-jeune, détention, plus de 50 ans.`,
    DOM_REFS.eligibility,
  );
}
