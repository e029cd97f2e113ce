import type { Context } from '../compute/context';
import { minimumMonthlyGrossFigure } from '../compute/monthly';
import { payRises } from '../compute/payRises';
import { type Day, addMonths, dayFr, endOfContractMonth, formatDay, monthsBetween, tryParseDay } from '../dates/day';
import { minimumWeeklyHours } from '../hours/minimum';
import { hoursToHundredths } from '../hours/weekly';
import { euroFr, hoursFr, percentFr } from '../money/exact';
import { caeRef, cavRef, DOM_REFS, minimumPayRef } from '../parameters/articles';
import { valueAt } from '../parameters/dated';
import { CAE, CAV } from '../parameters/measures';
import type { ContractType, Measure } from '../vocabulary';
import type { Emit } from './finding';

/** True when [start, end] lasts at least `months` (end on or after the end of month N). */
function lastsAtLeast(start: Day, end: Day, months: number): boolean {
  return end >= endOfContractMonth(start, months);
}

function exceeds(start: Day, end: Day, months: number): boolean {
  return end > endOfContractMonth(start, months);
}

export function checkSignature(ctx: Context, emit: Emit): void {
  const hired = ctx.doc.contract?.hiredOn;
  const signed = ctx.doc.signedOn;
  if (!hired || !ctx.measure) return;
  const legalRef = ctx.measure === 'CAV' ? cavRef('request', hired) : ctx.measure === 'CAE' ? caeRef('signature', hired) : DOM_REFS.signature;
  if (signed && hired < signed) {
    emit(
      'HIRED_BEFORE_SIGNATURE',
      'error',
      'contract.hiredOn',
      `L’embauche (${dayFr(hired)}) ne peut pas avoir lieu avant la signature de la convention (${dayFr(signed)}) : reportez la date d’embauche ou corrigez la date de signature.`,
      legalRef,
    );
  }
  const filed = ctx.doc.filedOn;
  if (filed && hired < filed) {
    emit(
      'HIRED_BEFORE_SIGNATURE',
      'error',
      'filedOn',
      `La demande de convention (${dayFr(filed)}) doit précéder l’embauche (${dayFr(hired)}) : l’employeur dépose sa demande avant d’embaucher.`,
      legalRef,
    );
  }
}

/**
 * The work contract of a CAE is a fixed-term contract (L322-4-7 I al.4, then
 * L5134-24; form CAE-0515 « Nature du contrat de travail »), and so is the
 * contrat d'avenir's (its convention states the term of the contract,
 * R. 5134-49 6°). Only the CAE-DOM may be a CDI (R. 831-4).
 */
export function allowedContractTypes(measure: Measure | null | undefined): readonly ContractType[] {
  return measure === 'CAE' || measure === 'CAV' ? ['CDD'] : ['CDD', 'CDI'];
}

export function checkContractType(ctx: Context, emit: Emit): void {
  const type = ctx.doc.contract?.type;
  if (!type || allowedContractTypes(ctx.measure).includes(type)) return;
  const at = ctx.doc.contract?.hiredOn ?? ctx.doc.signedOn ?? undefined;
  if (ctx.measure === 'CAE') {
    emit(
      'CONTRACT_TYPE_NOT_ALLOWED',
      'error',
      'contract.type',
      'Le contrat de travail d’un CAE est un contrat à durée déterminée (CDD) de six mois au moins : un CDI ne peut pas être conventionné en CAE. Choisissez « CDD » et indiquez son terme.',
      caeRef('contractType', at),
    );
  } else if (ctx.measure === 'CAV') {
    emit(
      'CONTRACT_TYPE_NOT_ALLOWED',
      'error',
      'contract.type',
      'Le contrat d’avenir est un contrat à durée déterminée (CDD), dont la convention fixe le terme : un CDI ne peut pas être conventionné en contrat d’avenir. Choisissez « CDD » et indiquez son terme.',
      cavRef('contractType', at),
    );
  }
}

export function checkDurations(ctx: Context, emit: Emit): void {
  const { hired, initialEnd, plannedEnd } = ctx;
  if (hired === undefined || initialEnd === undefined || plannedEnd === undefined) return;
  const at = formatDay(hired);
  if (initialEnd < hired) {
    emit(
      'DURATION_TOO_SHORT',
      'error',
      'contract.plannedEnd',
      'La fin du contrat précède l’embauche : corrigez les dates.',
      ctx.measure === 'CAV' ? cavRef('duration', at) : ctx.measure === 'CAE_DOM' ? DOM_REFS.duration : caeRef('duration', at),
    );
    return;
  }
  if (ctx.measure === 'CAE') checkCaeDurations(ctx, { hired, initialEnd, plannedEnd }, emit);
  if (ctx.measure === 'CAV') {
    checkCavInitialDuration(ctx, hired, initialEnd, emit);
    checkCavTotalDuration(ctx, hired, initialEnd, emit);
  }
  if (ctx.measure === 'CAE_DOM' && !ctx.cdi) checkDomFixedTermDuration(hired, initialEnd, emit);
}

/** CAE: minimum length of the initial contract, number of renewals and total length, renewals included. */
function checkCaeDurations(ctx: Context, span: { hired: Day; initialEnd: Day; plannedEnd: Day }, emit: Emit): void {
  const { hired, initialEnd, plannedEnd } = span;
  const at = formatDay(hired);
  const sentence = ctx.doc.employee?.sentenceAdjustment === true;
  const renewals = ctx.doc.renewals ?? [];
  const min = valueAt(sentence ? CAE.minMonthsSentenceAdjustment : CAE.minMonths, at);
  if (min && !lastsAtLeast(hired, initialEnd, min.value)) {
    emit(
      'DURATION_TOO_SHORT',
      'error',
      'contract.plannedEnd',
      `Un CAE dure au moins ${min.value} mois${sentence ? ' (aménagement de peine)' : ''} : avec une embauche le ${dayFr(hired)}, la fin ne peut pas précéder le ${dayFr(endOfContractMonth(hired, min.value))}.`,
      caeRef('duration', at),
    );
  }
  const maxR = valueAt(CAE.maxRenewals, at);
  if (maxR && renewals.length > maxR.value) {
    // The fact is the first renewal past the limit: cited as in force on the day it takes effect.
    const excess = renewals[maxR.value]?.from ?? at;
    emit(
      'TOO_MANY_RENEWALS',
      'error',
      'renewals',
      `Un CAE ne peut être renouvelé que ${maxR.value} fois (${renewals.length} renouvellements saisis) : proposez une autre mesure à la fin du dernier renouvellement.`,
      caeRef('renewal', excess),
    );
  }
  const maxT = valueAt(CAE.maxTotalMonths, at);
  if (maxT && exceeds(hired, plannedEnd, maxT.value)) {
    // The fact is the first period (the contract or a renewal) that ends past the limit.
    const limit = endOfContractMonth(hired, maxT.value);
    const over = initialEnd > limit ? undefined : renewals.find((r) => (tryParseDay(r.to) ?? 0) > limit)?.from;
    emit(
      'TOTAL_DURATION_EXCEEDED',
      'error',
      'renewals',
      `Renouvellements compris, un CAE ne dépasse pas ${maxT.value} mois : la fin doit être au plus tard le ${dayFr(limit)}.`,
      caeRef('renewal', over ?? at),
    );
  }
}

/** Contrat d'avenir: the initial convention lasts the standard length, or less on the prefect's decision, never below the minimum. */
function checkCavInitialDuration(ctx: Context, hired: Day, initialEnd: Day, emit: Emit): void {
  const at = formatDay(hired);
  const sentence = ctx.doc.employee?.sentenceAdjustment === true;
  const std = valueAt(CAV.standardMonths, at)?.value ?? 24;
  const min = valueAt(sentence ? CAV.minMonthsSentenceAdjustment : CAV.minMonthsByPrefect, at)?.value ?? 6;
  if (!lastsAtLeast(hired, initialEnd, min)) {
    emit(
      'DURATION_TOO_SHORT',
      'error',
      'contract.plannedEnd',
      `Une convention de contrat d’avenir dure au moins ${min} mois${sentence ? ' (aménagement de peine)' : ' (sur décision du préfet)'} : reportez la fin au ${dayFr(endOfContractMonth(hired, min))} au moins.`,
      cavRef('duration', at),
    );
  } else if (!lastsAtLeast(hired, initialEnd, std)) {
    emit(
      'DURATION_TOO_SHORT',
      'warning',
      'contract.plannedEnd',
      `La convention dure normalement ${std} mois : une durée plus courte suppose une décision du préfet (secteur d’activité ou profil de poste) ; joignez-la.`,
      cavRef('duration', at),
    );
  } else if (exceeds(hired, initialEnd, std)) {
    emit(
      'DURATION_TOO_LONG',
      'error',
      'contract.plannedEnd',
      `La convention initiale dure au plus ${std} mois : ramenez la fin au ${dayFr(endOfContractMonth(hired, std))} et prévoyez un renouvellement.`,
      cavRef('duration', at),
    );
  }
}

/** CAE-DOM on a fixed-term contract: the convention follows the contract, so a CDD under a month is suspicious. */
function checkDomFixedTermDuration(hired: Day, initialEnd: Day, emit: Emit): void {
  const { whole } = monthsBetween(hired, initialEnd);
  if (whole < 1) {
    emit(
      'DURATION_TOO_SHORT',
      'warning',
      'contract.plannedEnd',
      'Ce CDD dure moins d’un mois : vérifiez les dates, la convention est conclue pour la durée du contrat.',
      DOM_REFS.duration,
    );
  }
}

/**
 * R. 5134-48: a contrat d'avenir convention lasts 36 months at most,
 * renewals included. For a person « âgé de plus de cinquante ans » or
 * recognised as a disabled worker, the renewals may reach 36 months (counted
 * together, from the day after the initial term) and the whole five years.
 * The age is the one on the day each renewal takes effect (R. 5134-45 al. 2:
 * « le renouvellement du contrat prend effet à la date de renouvellement de la
 * convention »), so a person who turns fifty during the convention has the
 * longer limits from the next renewal on; the initial convention is judged at
 * hiring. The first period that ends past its limit is reported.
 */
function checkCavTotalDuration(ctx: Context, hired: Day, initialEnd: Day, emit: Emit): void {
  const birth = tryParseDay(ctx.doc.employee?.birthDate ?? '');
  const disabled = ctx.doc.employee?.disabledWorker === true;
  const steps: { field: string; from: Day; to: Day; renewal: boolean }[] = [{ field: 'renewals', from: hired, to: initialEnd, renewal: false }];
  (ctx.doc.renewals ?? []).forEach((r, i) => {
    const from = tryParseDay(r.from);
    const to = tryParseDay(r.to);
    if (from !== undefined && to !== undefined) steps.push({ field: `renewals[${i}].to`, from, to, renewal: true });
  });
  for (const step of steps) {
    const at = formatDay(step.from);
    const age = valueAt(CAV.ageForLongerTotal, at)?.value ?? 50;
    // « âgés de plus de cinquante ans »: past the fiftieth birthday on the day the period starts.
    const older = birth !== undefined && step.from > addMonths(birth, 12 * age);
    const longer = older || disabled;
    const total = valueAt(longer ? CAV.maxTotalMonthsOver50OrDisabled : CAV.maxTotalMonths, at)?.value ?? (longer ? 60 : 36);
    const totalLimit = endOfContractMonth(hired, total);
    const renewalMonths = longer && step.renewal ? (valueAt(CAV.maxRenewalMonthsOver50OrDisabled, at)?.value ?? 36) : undefined;
    const renewalLimit = renewalMonths !== undefined ? endOfContractMonth(initialEnd + 1, renewalMonths) : undefined;
    if (renewalLimit !== undefined && renewalLimit < totalLimit && step.to > renewalLimit) {
      const who = older ? `de plus de ${age} ans au ${dayFr(step.from)}` : 'reconnue travailleur handicapé';
      emit(
        'TOTAL_DURATION_EXCEEDED',
        'error',
        step.field,
        `Pour une personne ${who}, les renouvellements ne dépassent pas ${renewalMonths} mois en tout après la convention initiale (terminée le ${dayFr(initialEnd)}), et la convention ${total} mois : ce renouvellement doit finir au plus tard le ${dayFr(renewalLimit)}.`,
        cavRef('renewalLimit', at),
      );
      return;
    }
    if (step.to > totalLimit) {
      const who = !longer ? '' : older ? ` (plus de ${age} ans au ${dayFr(step.from)})` : ' (travailleur handicapé)';
      emit(
        'TOTAL_DURATION_EXCEEDED',
        'error',
        step.field,
        `Renouvellements compris, la convention ne dépasse pas ${total} mois${who} : la fin doit être au plus tard le ${dayFr(totalLimit)}.`,
        cavRef(longer ? 'renewalLimit' : 'totalDuration', at),
      );
      return;
    }
  }
}

export function checkHoursAndPay(ctx: Context, emit: Emit): void {
  const c = ctx.doc.contract;
  const hired = c?.hiredOn;
  if (!c || !hired || ctx.hoursH === undefined) return;
  const minHours = minimumWeeklyHours(ctx.measure, hired);
  if (minHours) {
    const settings = [{ field: 'contract.weeklyHours', h: ctx.hoursH, at: hired }];
    (ctx.doc.renewals ?? []).forEach(
      (r, i) =>
        r.weeklyHours !== undefined &&
        r.weeklyHours !== null &&
        settings.push({ field: `renewals[${i}].weeklyHours`, h: hoursToHundredths(r.weeklyHours), at: r.from }),
    );
    (ctx.doc.events ?? []).forEach(
      (e, i) => e.kind === 'HOURS_CHANGE' && settings.push({ field: `events[${i}].weeklyHours`, h: hoursToHundredths(e.weeklyHours), at: e.on }),
    );
    for (const s of settings) {
      if (s.h >= hoursToHundredths(minHours.value)) continue;
      if (c.reducedHoursJustified === true) {
        emit(
          'WEEKLY_HOURS_TOO_LOW',
          'warning',
          s.field,
          `${hoursFr(s.h)} par semaine, moins de ${minHours.value} h : la convention le permet pour des difficultés particulièrement importantes ; joignez la justification au dossier.`,
          caeRef('weeklyHours', s.at),
        );
      } else {
        emit(
          'WEEKLY_HOURS_TOO_LOW',
          'error',
          s.field,
          `Un CAE compte au moins ${minHours.value} h par semaine (${hoursFr(s.h)} saisies) : augmentez la durée, ou indiquez que la convention prévoit moins en raison des difficultés particulièrement importantes de la personne.`,
          caeRef('weeklyHours', s.at),
        );
      }
    }
  }
  const min = minimumMonthlyGrossFigure(ctx.hoursH, hired);
  if (min && ctx.grossCents !== undefined && ctx.grossCents < min.value) {
    emit(
      'SALARY_BELOW_SMIC',
      'error',
      'contract.monthlyGross',
      `Le salaire brut mensuel (${euroFr(ctx.grossCents)}) est inférieur au SMIC pour ${hoursFr(ctx.hoursH)} par semaine (${euroFr(min.value)} = SMIC horaire × heures × 52 / 12) : portez-le à ${euroFr(min.value)} au moins.`,
      minimumPayRef(ctx.measure, hired),
    );
  }
  checkPayDuringContract(ctx, emit);
}

/**
 * A shortfall of the pay stated at hiring after a SMIC revaluation or a new
 * weekly duration (compute/payRises.ts). It is a note (info): the document
 * has no field for a later pay, so there is nothing in it to correct, and the
 * employer owes the minimum anyway (docs/rules.md).
 */
function checkPayDuringContract(ctx: Context, emit: Emit): void {
  for (const rise of payRises(ctx)) emit('PAY_BELOW_SMIC_DURING_CONTRACT', 'info', 'contract.monthlyGross', rise.message, rise.legalRef);
}

export function checkAidRate(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAE') return;
  const workshop = ctx.doc.employer?.insertionWorkshop === true;
  const rates =
    ctx.rateBp !== undefined && ctx.doc.contract?.hiredOn ? [{ field: 'funding.aidRatePercent', bp: ctx.rateBp, at: ctx.doc.contract.hiredOn }] : [];
  (ctx.doc.renewals ?? []).forEach((r, i) => {
    if (r.aidRatePercent === undefined || r.aidRatePercent === null) return;
    const bp = ctx.rateSettings.find((s) => formatDay(s.on) === r.from)?.value;
    if (bp !== undefined) rates.push({ field: `renewals[${i}].aidRatePercent`, bp, at: r.from });
  });
  for (const r of rates) {
    const cap = valueAt(workshop ? CAE.aidCapInsertionWorkshopBp : CAE.aidCapBp, r.at);
    if (cap && r.bp > cap.value) {
      emit(
        'AID_RATE_ABOVE_CAP',
        'error',
        r.field,
        `Le taux de l’aide (${percentFr(r.bp)} du SMIC horaire) dépasse le plafond de ${percentFr(cap.value)}${workshop ? ' (atelier et chantier d’insertion)' : ''} : ramenez-le à ${percentFr(cap.value)} au plus.`,
        cap.legalRef,
      );
    }
  }
}
