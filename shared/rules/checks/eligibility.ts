import type { Context } from '../compute/context';
import { dayFr } from '../dates/day';
import { caeRef, cavBeneficiariesRef, cavEmployersRef, cavRef, DOM_REFS } from '../parameters/articles';
import { employmentAgencyPhrase } from '../parameters/organisations';
import { checkDomBeneficiary } from './domEligibility';
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
        ctx.measure === 'CAV' ? cavEmployersRef(at) : caeRef('employers', at),
      );
    } else if (!NON_MARKET.has(status)) {
      emit(
        'EMPLOYER_NOT_ELIGIBLE',
        'error',
        'employer.status',
        'Une entreprise du secteur marchand ne peut pas conclure cette convention : orientez-la vers un contrat du secteur marchand (CAE-DOM outre-mer).',
        ctx.measure === 'CAV' ? cavEmployersRef(at) : caeRef('employers', at),
      );
    }
  } else if (status === 'STATE_SERVICE') {
    emit(
      'EMPLOYER_NOT_ELIGIBLE',
      'error',
      'employer.status',
      'Un service de l’État ne peut pas conclure de contrat d’accès à l’emploi : seuls les employeurs du secteur marchand et les organismes privés le peuvent.',
      DOM_REFS.employers,
    );
  } else if (!DOM_EMPLOYERS.has(status)) {
    emit(
      'EMPLOYER_NOT_ELIGIBLE',
      'warning',
      'employer.status',
      'Le contrat d’accès à l’emploi vise les employeurs du secteur marchand : vérifiez qu’un organisme public peut en bénéficier, sinon proposez un CAE.',
      DOM_REFS.employers,
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
        cavBeneficiariesRef(at),
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
  if (ctx.measure === 'CAE_DOM') checkDomBeneficiary(ctx, emit);
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
