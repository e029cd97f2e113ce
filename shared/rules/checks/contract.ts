import type { Context } from '../compute/context';
import { minimumMonthlyGrossFigure } from '../compute/monthly';
import { type Day, addMonths, dayFr, endOfContractMonth, formatDay, monthsBetween, tryParseDay } from '../dates/day';
import { minimumWeeklyHours } from '../hours/minimum';
import { hoursToHundredths } from '../hours/weekly';
import { euroFr, hoursFr, percentFr } from '../money/exact';
import { caeRef, CAV_REFS, DOM_REFS } from '../parameters/articles';
import { valueAt } from '../parameters/dated';
import { CAE, CAV } from '../parameters/measures';
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
  const legalRef = ctx.measure === 'CAV' ? CAV_REFS.request : ctx.measure === 'CAE' ? caeRef('signature', hired) : DOM_REFS.jobOffer;
  if (signed && hired < signed) {
    emit('HIRED_BEFORE_SIGNATURE', 'error', 'contract.hiredOn', `L’embauche (${dayFr(hired)}) ne peut pas avoir lieu avant la signature de la convention (${dayFr(signed)}) : reportez la date d’embauche ou corrigez la date de signature.`, legalRef);
  }
  const filed = ctx.doc.filedOn;
  if (filed && hired < filed) {
    emit('HIRED_BEFORE_SIGNATURE', 'error', 'filedOn', `La demande de convention (${dayFr(filed)}) doit précéder l’embauche (${dayFr(hired)}) : l’employeur dépose sa demande avant d’embaucher.`, legalRef);
  }
}

export function checkDurations(ctx: Context, emit: Emit): void {
  const { hired, initialEnd, plannedEnd } = ctx;
  if (hired === undefined || initialEnd === undefined || plannedEnd === undefined) return;
  const at = formatDay(hired);
  const sentence = ctx.doc.employee?.sentenceAdjustment === true;
  const renewals = ctx.doc.renewals ?? [];
  if (initialEnd < hired) {
    emit('DURATION_TOO_SHORT', 'error', 'contract.plannedEnd', 'La fin du contrat précède l’embauche : corrigez les dates.', ctx.measure === 'CAV' ? CAV_REFS.duration : caeRef('duration', at));
    return;
  }
  if (ctx.measure === 'CAE') {
    const min = valueAt(sentence ? CAE.minMonthsSentenceAdjustment : CAE.minMonths, at);
    if (min && !lastsAtLeast(hired, initialEnd, min.value)) {
      emit('DURATION_TOO_SHORT', 'error', 'contract.plannedEnd', `Un CAE dure au moins ${min.value} mois${sentence ? ' (aménagement de peine)' : ''} : avec une embauche le ${dayFr(hired)}, la fin ne peut pas précéder le ${dayFr(endOfContractMonth(hired, min.value))}.`, caeRef('duration', at));
    }
    const maxR = valueAt(CAE.maxRenewals, at);
    if (maxR && renewals.length > maxR.value) {
      emit('TOO_MANY_RENEWALS', 'error', 'renewals', `Un CAE ne peut être renouvelé que ${maxR.value} fois (${renewals.length} renouvellements saisis) : proposez une autre mesure à la fin du dernier renouvellement.`, caeRef('renewal', at));
    }
    const maxT = valueAt(CAE.maxTotalMonths, at);
    if (maxT && exceeds(hired, plannedEnd, maxT.value)) {
      emit('TOTAL_DURATION_EXCEEDED', 'error', 'renewals', `Renouvellements compris, un CAE ne dépasse pas ${maxT.value} mois : la fin doit être au plus tard le ${dayFr(endOfContractMonth(hired, maxT.value))}.`, caeRef('renewal', at));
    }
  }
  if (ctx.measure === 'CAV') {
    const std = valueAt(CAV.standardMonths, at)?.value ?? 24;
    const min = valueAt(sentence ? CAV.minMonthsSentenceAdjustment : CAV.minMonthsByPrefect, at)?.value ?? 6;
    if (!lastsAtLeast(hired, initialEnd, min)) {
      emit('DURATION_TOO_SHORT', 'error', 'contract.plannedEnd', `Une convention de contrat d’avenir dure au moins ${min} mois${sentence ? ' (aménagement de peine)' : ' (sur décision du préfet)'} : reportez la fin au ${dayFr(endOfContractMonth(hired, min))} au moins.`, CAV_REFS.duration);
    } else if (!lastsAtLeast(hired, initialEnd, std)) {
      emit('DURATION_TOO_SHORT', 'warning', 'contract.plannedEnd', `La convention dure normalement ${std} mois : une durée plus courte suppose une décision du préfet (secteur d’activité ou profil de poste) ; joignez-la.`, CAV_REFS.duration);
    } else if (exceeds(hired, initialEnd, std)) {
      emit('DURATION_TOO_LONG', 'error', 'contract.plannedEnd', `La convention initiale dure au plus ${std} mois : ramenez la fin au ${dayFr(endOfContractMonth(hired, std))} et prévoyez un renouvellement.`, CAV_REFS.duration);
    }
    const birth = tryParseDay(ctx.doc.employee?.birthDate ?? '');
    const over = valueAt(CAV.ageForLongerTotal, at)?.value ?? 50;
    // « âgés de plus de cinquante ans », at hiring.
    const older = birth !== undefined && hired > addMonths(birth, 12 * over);
    const longer = older || ctx.doc.employee?.disabledWorker === true;
    const maxT = valueAt(longer ? CAV.maxTotalMonthsOver50OrDisabled : CAV.maxTotalMonths, at)?.value ?? 36;
    if (exceeds(hired, plannedEnd, maxT)) {
      emit('TOTAL_DURATION_EXCEEDED', 'error', 'renewals', `Renouvellements compris, la convention ne dépasse pas ${maxT} mois${longer ? ' (plus de 50 ans ou travailleur handicapé)' : ''} : la fin doit être au plus tard le ${dayFr(endOfContractMonth(hired, maxT))}.`, CAV_REFS.totalDuration);
    }
  }
  if (ctx.measure === 'CAE_DOM' && !ctx.cdi) {
    const { whole } = monthsBetween(hired, initialEnd);
    if (whole < 1) {
      emit('DURATION_TOO_SHORT', 'warning', 'contract.plannedEnd', 'Ce CDD dure moins d’un mois : vérifiez les dates, la convention est conclue pour la durée du contrat.', DOM_REFS.duration);
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
    (ctx.doc.renewals ?? []).forEach((r, i) => r.weeklyHours !== undefined && r.weeklyHours !== null && settings.push({ field: `renewals[${i}].weeklyHours`, h: hoursToHundredths(r.weeklyHours), at: r.from }));
    (ctx.doc.events ?? []).forEach((e, i) => e.kind === 'HOURS_CHANGE' && settings.push({ field: `events[${i}].weeklyHours`, h: hoursToHundredths(e.weeklyHours), at: e.on }));
    for (const s of settings) {
      if (s.h >= hoursToHundredths(minHours.value)) continue;
      if (c.reducedHoursJustified === true) {
        emit('WEEKLY_HOURS_TOO_LOW', 'warning', s.field, `${hoursFr(s.h)} par semaine, moins de ${minHours.value} h : la convention le permet pour des difficultés particulièrement importantes ; joignez la justification au dossier.`, caeRef('weeklyHours', s.at));
      } else {
        emit('WEEKLY_HOURS_TOO_LOW', 'error', s.field, `Un CAE compte au moins ${minHours.value} h par semaine (${hoursFr(s.h)} saisies) : augmentez la durée, ou indiquez que la convention prévoit moins en raison des difficultés particulièrement importantes de la personne (reducedHoursJustified).`, caeRef('weeklyHours', s.at));
      }
    }
  }
  const min = minimumMonthlyGrossFigure(ctx.hoursH, hired);
  if (min && ctx.grossCents !== undefined && ctx.grossCents < min.value) {
    const legalRef = ctx.measure === 'CAV' ? CAV_REFS.variableHours : ctx.measure === 'CAE_DOM' ? `${DOM_REFS.exemption} ; SMIC : reference/smic-horaire-brut.csv` : caeRef('salary', hired);
    emit('SALARY_BELOW_SMIC', 'error', 'contract.monthlyGross', `Le salaire brut mensuel (${euroFr(ctx.grossCents)}) est inférieur au SMIC pour ${hoursFr(ctx.hoursH)} par semaine (${euroFr(min.value)} = SMIC horaire × heures × 52 / 12) : portez-le à ${euroFr(min.value)} au moins.`, legalRef);
  }
}

export function checkAidRate(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAE') return;
  const workshop = ctx.doc.employer?.insertionWorkshop === true;
  const rates = ctx.rateBp !== undefined && ctx.doc.contract?.hiredOn ? [{ field: 'funding.aidRatePercent', bp: ctx.rateBp, at: ctx.doc.contract.hiredOn }] : [];
  (ctx.doc.renewals ?? []).forEach((r, i) => {
    if (r.aidRatePercent === undefined || r.aidRatePercent === null) return;
    const bp = ctx.rateSettings.find((s) => formatDay(s.on) === r.from)?.value;
    if (bp !== undefined) rates.push({ field: `renewals[${i}].aidRatePercent`, bp, at: r.from });
  });
  for (const r of rates) {
    const cap = valueAt(workshop ? CAE.aidCapInsertionWorkshopBp : CAE.aidCapBp, r.at);
    if (cap && r.bp > cap.value) {
      emit('AID_RATE_ABOVE_CAP', 'error', r.field, `Le taux de l’aide (${percentFr(r.bp)} du SMIC horaire) dépasse le plafond de ${percentFr(cap.value)}${workshop ? ' (atelier et chantier d’insertion)' : ''} : ramenez-le à ${percentFr(cap.value)} au plus.`, cap.legalRef);
    }
  }
}
