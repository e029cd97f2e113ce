/**
 * « Et si… » : what the employer would owe if a running convention ended on
 * a given day, either by a rupture of the contract on its initiative
 * (outside gross misconduct, force majeure, inaptitude or trial period) or
 * by a dénonciation notified that day. The same rules as a real rupture or
 * dénonciation (repayment.ts), applied to the document with that fact added.
 */
import { type Day, dayFr, parseDay } from '../dates/day';
import type { ConventionDocument } from '../document/schema';
import { euroFr } from '../money/exact';
import { cavRef, DOM_REFS } from '../parameters/articles';
import { payingAgencyPhrase, toOrganisation } from '../parameters/organisations';
import { monthlyAidSchedule, type AidPayment } from './aidSchedule';
import { buildContext, type Context } from './context';
import { domAidSchedule } from './domSchedule';
import { repaymentDue, type RepaymentDue } from './repayment';
import type { Trace } from './trace';

type WhatIfScenario = 'RUPTURE' | 'DENUNCIATION';

interface WhatIfOutcome {
  scenario: WhatIfScenario;
  /** The day the convention would end (`YYYY-MM-DD`): the rupture's date of effect or the decision's notification. */
  on: string;
  /** FULL: all the aid received and the exempted contributions; UNDUE: the aid paid in advance after that day; NONE: nothing. */
  kind: 'FULL' | 'UNDUE' | 'NONE';
  /** Aid to pay back, cents. */
  amountCents: number;
  /** Pay on which the exempted employer contributions would be owed, cents. */
  exemptedBaseCents: number;
  /** When the exempted contributions would fall due (FULL only). */
  due: string | null;
  legalRef: string;
  /** One French paragraph: what would happen, how much, to whom, by when. */
  summary: string;
  trace: Trace | null;
}

interface WhatIf {
  rupture: WhatIfOutcome;
  denunciation: WhatIfOutcome;
}

function scheduleOf(ctx: Context): { payments: AidPayment[]; undue: number; undueTrace: Trace | undefined } {
  if (ctx.measure === 'CAE_DOM') return { payments: domAidSchedule(ctx) ?? [], undue: 0, undueTrace: undefined };
  const s = monthlyAidSchedule(ctx);
  return { payments: s?.payments ?? [], undue: s?.undueCents ?? 0, undueTrace: s?.undueTrace };
}

/** Why nothing would be repaid, with the article that says so. */
function noRepayment(ctx: Context, scenario: WhatIfScenario, on: string): { text: string; legalRef: string } {
  if (ctx.measure === 'CAE_DOM' && scenario === 'DENUNCIATION') {
    return {
      text: 'le décret de 2004 ne prévoit pas de reversement en cas de dénonciation d’un CAE-DOM ; l’aide n’est plus due après la décision',
      legalRef: DOM_REFS.payments,
    };
  }
  if (ctx.measure === 'CAE_DOM') {
    return {
      text: 'un CDD de CAE-DOM rompu n’entraîne pas de reversement (seul le licenciement en CDI le fait) ; aucun versement n’échoit après la rupture',
      legalRef: DOM_REFS.rupture,
    };
  }
  return { text: 'l’aide s’arrête à la rupture ; l’aide déjà perçue pour les jours travaillés reste acquise', legalRef: cavRef('aidStop', on) };
}

function outcome(ctx: Context, scenario: WhatIfScenario, on: string, rep: RepaymentDue | undefined): WhatIfOutcome {
  const fact =
    scenario === 'RUPTURE'
      ? `Rupture du contrat à l’initiative de l’employeur le ${dayFr(on)} (hors faute grave, force majeure, inaptitude ou période d’essai)`
      : `Dénonciation de la convention notifiée le ${dayFr(on)}`;
  const payer = toOrganisation(payingAgencyPhrase(on));
  if (!rep) {
    const none = noRepayment(ctx, scenario, on);
    return {
      scenario,
      on,
      kind: 'NONE',
      amountCents: 0,
      exemptedBaseCents: 0,
      due: null,
      legalRef: none.legalRef,
      summary: `${fact} : ${none.text}.`,
      trace: null,
    };
  }
  const summary =
    rep.kind === 'FULL'
      ? `${fact} : ${scenario === 'RUPTURE' ? 'la convention serait résiliée de plein droit' : 'la convention prendrait fin ce jour-là'} ; l’employeur reverserait ${payer} toute l’aide déjà perçue, ${euroFr(rep.amountCents)}, et paierait à l’organisme de recouvrement les cotisations patronales exonérées sur ${euroFr(rep.exemptedBaseCents)} de salaires${rep.due ? `, au plus tard le ${dayFr(rep.due)}` : ''}.`
      : `${fact} : l’aide s’arrêterait ce jour-là ; la part versée d’avance pour la suite du mois, ${euroFr(rep.amountCents)}, serait indue et à reverser ${payer}.`;
  return {
    scenario,
    on,
    kind: rep.kind,
    amountCents: rep.amountCents,
    exemptedBaseCents: rep.exemptedBaseCents,
    due: rep.due ?? null,
    legalRef: rep.legalRef,
    summary,
    trace: rep.trace,
  };
}

function simulate(doc: ConventionDocument, scenario: WhatIfScenario, on: string): WhatIfOutcome {
  const changed: ConventionDocument =
    scenario === 'RUPTURE'
      ? { ...doc, events: [...(doc.events ?? []), { kind: 'RUPTURE', on, initiative: 'EMPLOYER', reason: 'OTHER' }] }
      : { ...doc, denunciation: { ...doc.denunciation, intentNotifiedOn: doc.denunciation?.intentNotifiedOn ?? on, decisionNotifiedOn: on } };
  const ctx = buildContext(changed);
  const { payments, undue, undueTrace } = scheduleOf(ctx);
  return outcome(ctx, scenario, on, repaymentDue(ctx, payments, undue, undueTrace));
}

/** The convention runs on `day`: hired, not past its end, not already ended early nor under a dénonciation decision. */
function runningOn(ctx: Context, day: Day): boolean {
  return ctx.hired !== undefined && ctx.end !== undefined && ctx.hired <= day && day <= ctx.end && ctx.stop === undefined;
}

/** Both scenarios for a convention running on `today`, or undefined when it does not run that day. */
export function whatIfEndedOn(doc: ConventionDocument, today: string): WhatIf | undefined {
  if (!runningOn(buildContext(doc), parseDay(today))) return undefined;
  return { rupture: simulate(doc, 'RUPTURE', today), denunciation: simulate(doc, 'DENUNCIATION', today) };
}
