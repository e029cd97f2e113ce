import type { Context } from '../compute/context';
import { type Day, addMonths, ageOn, dayFr, endOfContractMonth, formatDay, tryParseDay } from '../dates/day';
import { caeRef, cavRef, DOM_REFS } from '../parameters/articles';
import { valueAt } from '../parameters/dated';
import { CAE_DOM } from '../parameters/measures';
import { employmentAgencyPhrase } from '../parameters/organisations';
import type { Emit } from './finding';

/** Employers a CAE or contrat d'avenir may be concluded with: territorial and other public bodies, non-profits, public-service bodies. */
const NON_MARKET = new Set(['10', '11', '21', '22', '70', '80', 'ASSOCIATION', 'PUBLIC_SERVICE_BODY', 'OTHER_PUBLIC_BODY']);
/** CAE-DOM: market-sector employers (companies) and private non-profits. */
const DOM_EMPLOYERS = new Set(['COMPANY', 'ASSOCIATION', 'PUBLIC_SERVICE_BODY']);

export function checkEmployer(ctx: Context, emit: Emit): void {
  const status = ctx.doc.employer?.status;
  if (!status || !ctx.measure) return;
  const at = ctx.doc.signedOn ?? ctx.doc.contract?.hiredOn ?? undefined;
  if (ctx.measure === 'CAE' || ctx.measure === 'CAV') {
    if (status === 'STATE_SERVICE') {
      emit(
        'EMPLOYER_NOT_ELIGIBLE',
        'error',
        'employer.status',
        'Un contrat aidé du secteur non marchand ne peut pas pourvoir un emploi dans les services de l’État : l’employeur doit être une collectivité, un autre organisme public, une association ou un organisme chargé d’un service public.',
        caeRef('employers', at),
      );
    } else if (!NON_MARKET.has(status)) {
      emit(
        'EMPLOYER_NOT_ELIGIBLE',
        'error',
        'employer.status',
        'Une entreprise du secteur marchand ne peut pas conclure cette convention : orientez-la vers un contrat du secteur marchand (CAE-DOM outre-mer).',
        ctx.measure === 'CAV' ? `${cavRef('contents', at)} ; employeurs comme pour le CAE : ${caeRef('employers', at)}` : caeRef('employers', at),
      );
    }
  } else if (status === 'STATE_SERVICE') {
    emit(
      'EMPLOYER_NOT_ELIGIBLE',
      'error',
      'employer.status',
      'Un service de l’État ne peut pas conclure de contrat d’accès à l’emploi : seuls les employeurs du secteur marchand et les organismes privés le peuvent.',
      DOM_REFS.duration,
    );
  } else if (!DOM_EMPLOYERS.has(status)) {
    emit(
      'EMPLOYER_NOT_ELIGIBLE',
      'warning',
      'employer.status',
      'Le contrat d’accès à l’emploi vise les employeurs du secteur marchand : vérifiez qu’un organisme public peut en bénéficier, sinon proposez un CAE.',
      DOM_REFS.duration,
    );
  }
}

export function checkCumulation(ctx: Context, emit: Emit): void {
  if (ctx.doc.employer?.otherStateEmploymentAid !== true) return;
  const at = ctx.doc.contract?.hiredOn ?? undefined;
  if (ctx.measure === 'CAE') {
    emit(
      'AID_CUMULATION',
      'error',
      'employer.otherStateEmploymentAid',
      'Cette embauche bénéficie déjà d’une autre aide de l’État à l’emploi : renoncez à l’une des deux aides, elles ne se cumulent pas.',
      caeRef('cumulation', at),
    );
  } else if (ctx.measure === 'CAE_DOM') {
    emit(
      'AID_CUMULATION',
      'error',
      'employer.otherStateEmploymentAid',
      'Aucune convention ne peut être conclue pour une embauche qui bénéficie d’une autre aide à l’emploi : renoncez à l’autre aide ou à la convention.',
      DOM_REFS.cumulation,
    );
  }
}

/** Registered days within the window before hiring, the window being extended by training, aided contracts, illness… */
function registeredMonths(ctx: Context, hired: Day): number | undefined {
  const e = ctx.doc.employee ?? {};
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

export function checkBeneficiary(ctx: Context, emit: Emit): void {
  const e = ctx.doc.employee;
  if (!e) return;
  const allowances = e.allowances ?? [];
  if (ctx.measure === 'CAV') {
    const at = ctx.doc.signedOn ?? ctx.doc.contract?.hiredOn ?? undefined;
    if (e.allowances && allowances.length === 0) {
      emit(
        'BENEFICIARY_NOT_ELIGIBLE',
        'error',
        'employee.allowances',
        'Le contrat d’avenir est réservé aux bénéficiaires du RMI, de l’ASS, de l’API ou de l’AAH : indiquez l’allocation perçue ou proposez une autre mesure.',
        cavRef('contents', at),
      );
    }
    const order = ['ASS', 'AAH', 'API', 'RMI'] as const;
    const held = order.filter((a) => allowances.includes(a));
    if (held.length > 1) {
      emit(
        'ALLOWANCE_PRIORITY',
        'info',
        'employee.allowances',
        `La personne perçoit plusieurs allocations : le contrat est signé au titre de l’${held[0]} (ordre ASS, AAH, API, RMI).`,
        cavRef('allowancePriority', at),
      );
    }
    return;
  }
  if (ctx.measure !== 'CAE_DOM') return;
  const hired = tryParseDay(ctx.doc.contract?.hiredOn ?? '');
  const birth = tryParseDay(e.birthDate ?? '');
  if (hired === undefined) return;
  const at = formatDay(hired);
  // R. 831-1 as amended: 3° RMI, 4° obligation d'emploi, 7° former prisoners, 8° over 50 and under 65 with
  // 12 of the last 18 months registered, obligation d'emploi, or RMI and jobless for over a year.
  if (allowances.includes('RMI') || e.disabledWorker === true || e.sentenceAdjustment === true || e.formerPrisoner === true) return;
  if (birth === undefined) return;
  const age = ageOn(birth, hired);
  const minAge = valueAt(CAE_DOM.minAge, at)?.value ?? 50;
  const maxAge = valueAt(CAE_DOM.maxAge, at)?.value ?? 65;
  // « plus de cinquante ans et moins de soixante-cinq ans »: strictly after the 50th birthday, before the 65th.
  const over50 = hired > addMonths(birth, 12 * minAge) && hired < addMonths(birth, 12 * maxAge);
  const months = registeredMonths(ctx, hired);
  const needed = valueAt(CAE_DOM.registrationMonths, at)?.value ?? 12;
  if (over50 && months !== undefined && months >= needed) return;
  if (months === undefined && over50) {
    emit(
      'BENEFICIARY_NOT_ELIGIBLE',
      'warning',
      'employee.jobseekerMonthsInLast18',
      `Indiquez les mois d’inscription comme demandeur d’emploi sur les 18 derniers mois (${needed} au moins exigés, périodes de formation, contrats aidés, maladie, maternité ou accident du travail en plus).`,
      DOM_REFS.eligibility,
    );
    return;
  }
  emit(
    'BENEFICIARY_NOT_ELIGIBLE',
    'error',
    'employee',
    over50
      ? `La personne n’a que ${Math.floor((months ?? 0) * 10) / 10} mois d’inscription sur les 18 derniers (${needed} exigés) : ajoutez les périodes qui prolongent la durée (formation, contrat aidé, maladie, maternité, accident du travail) ou vérifiez une autre catégorie (RMI, obligation d’emploi).`
      : `La personne (${age} ans) n’entre dans aucune catégorie du contrat d’accès à l’emploi renseignée : RMI, obligation d’emploi (travailleur handicapé), sortie de détention, ou plus de 50 et moins de 65 ans avec 12 mois d’inscription sur 18.`,
    DOM_REFS.eligibility,
  );
}

export function checkJobOffer(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAE_DOM') return;
  const filed = ctx.doc.jobOfferFiledOn;
  const agencyRef = DOM_REFS.jobOffer;
  if (!filed) {
    emit(
      'JOB_OFFER_NOT_FILED',
      'error',
      'jobOfferFiledOn',
      `Indiquez la date de dépôt de l’offre d’emploi à ${employmentAgencyPhrase(ctx.doc.filedOn ?? ctx.doc.contract?.hiredOn ?? '2004-01-01')} : elle doit précéder la demande de convention.`,
      agencyRef,
    );
  } else if (ctx.doc.filedOn && filed > ctx.doc.filedOn) {
    emit(
      'JOB_OFFER_NOT_FILED',
      'error',
      'jobOfferFiledOn',
      `L’offre d’emploi a été déposée le ${dayFr(filed)}, après la demande du ${dayFr(ctx.doc.filedOn)} : l’employeur doit déposer l’offre avant de demander la convention.`,
      agencyRef,
    );
  }
}
