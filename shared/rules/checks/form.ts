/**
 * The fields of form CAE-0515 beyond the employer, employee and contract
 * blocks, and their contrat d'avenir and CAE-DOM counterparts: the collector's
 * name when « AUTRE », the « Numéro IDE » (identifiant demandeur d'emploi),
 * each party's « Fait le », « Transmis au CNASEA le », the contrat d'avenir's
 * annex (R. 5134-50) and the CAE-DOM supporting-document lists (R. 831-4 j, k).
 * What the texts leave open is decided in docs/rules.md.
 */
import type { Context } from '../compute/context';
import { dayFr } from '../dates/day';
import { cavRef, DOM_REFS } from '../parameters/articles';
import { DOM_FROM } from '../parameters/measures';
import { payingAgencyPhrase, toOrganisation } from '../parameters/organisations';
import { ref } from '../parameters/sources';
import type { Emit } from './finding';

const FORM = (what: string) => ref('FORM_CAE_0515', `formulaire CAE-0515, ${what}`);

/** The « Numéro IDE » as typed: capitals, no spaces. */
export const jobseekerIdOf = (s: string | null | undefined): string => (s ?? '').replace(/\s/g, '').toUpperCase();
/** Letters and digits, 7 to 11 (the sources give no format: docs/rules.md). */
const JOBSEEKER_ID = /^[0-9A-Z]{7,11}$/;

const blank = (v: string | null | undefined) => v === undefined || v === null || v.trim() === '';

export function checkFormFields(ctx: Context, emit: Emit): void {
  checkCollectorName(ctx, emit);
  checkJobseekerId(ctx, emit);
  checkSignatories(ctx, emit);
  checkTransmission(ctx, emit);
  checkCavAnnex(ctx, emit);
  checkDomSupportingDocuments(ctx, emit);
}

const conventionDate = (ctx: Context) => ctx.doc.signedOn ?? ctx.doc.contract?.hiredOn ?? undefined;

function required(emit: Emit, path: string, label: string, legalRef: string): void {
  emit('REQUIRED_FIELD_MISSING', 'error', path, `Renseignez ${label}.`, legalRef);
}

/** « URSSAF ☐ MSA ☐ AUTRE : … »: « autre » names the collector (R. 5134-49 12° for the contrat d'avenir). */
function checkCollectorName(ctx: Context, emit: Emit): void {
  const er = ctx.doc.employer;
  if (er?.collector !== 'AUTRE' || !blank(er.collectorName)) return;
  required(
    emit,
    'employer.collectorName',
    'le nom de l’organisme de recouvrement des cotisations (« autre » que l’URSSAF ou la MSA)',
    ctx.measure === 'CAV'
      ? `${cavRef('contents', conventionDate(ctx))}, 12° (l’organisme de recouvrement des cotisations et contributions sociales compétent)`
      : FORM('bloc « L’employeur », « Organisme de recouvrement … compétent : URSSAF, MSA, AUTRE : … »'),
  );
}

/** « Numéro IDE »: required for a CAE whose employee is a registered jobseeker; its shape checked whatever the measure. */
function checkJobseekerId(ctx: Context, emit: Emit): void {
  const ee = ctx.doc.employee;
  const legalRef = FORM('cadre réservé à l’administration, « Numéro IDE » (identifiant demandeur d’emploi)');
  const id = jobseekerIdOf(ee?.jobseekerId);
  if (id === '') {
    if (ctx.measure === 'CAE' && ee?.registeredJobseeker === true) {
      required(emit, 'employee.jobseekerId', 'le numéro d’identifiant demandeur d’emploi du salarié inscrit (« Numéro IDE »)', legalRef);
    }
    return;
  }
  if (!JOBSEEKER_ID.test(id)) {
    emit(
      'JOBSEEKER_ID_INVALID',
      'error',
      'employee.jobseekerId',
      `L’identifiant demandeur d’emploi « ${ee?.jobseekerId ?? ''} » n’est pas valide : 7 à 11 lettres et chiffres, sans autre signe ; recopiez-le depuis l’avis d’inscription.`,
      legalRef,
    );
  }
}

type Party = 'employer' | 'authority';

function partyWords(ctx: Context, party: Party): string {
  if (party === 'employer') return 'l’employeur';
  return ctx.measure === 'CAV' ? 'l’autorité qui conclut la convention' : 'l’État';
}

/** The text that forbids hiring before the convention is concluded, for a fact of `date`. */
function signatureRef(ctx: Context, date: string | undefined): string {
  if (ctx.measure === 'CAV') return cavRef('request', date);
  return FORM('« Fait le : … » de l’employeur et de l’État ; conditions générales : « L’embauche ne peut avoir lieu avant la signature de la convention »');
}

/**
 * Each party signs on its own « Fait le »; the convention is concluded on the
 * later of the two, which is `signedOn`. A party that signs after `signedOn`,
 * a `signedOn` later than both, or a hiring before a party's signature is
 * reported.
 */
function checkSignatories(ctx: Context, emit: Emit): void {
  const { doc } = ctx;
  const dated = (['employer', 'authority'] as const)
    .map((party) => ({ party, on: doc.signatures?.[party]?.signedOn ?? undefined }))
    .filter((s): s is { party: Party; on: string } => s.on !== undefined);
  if (dated.length === 0) return;
  const signed = doc.signedOn ?? undefined;
  const latest = dated.reduce((a, b) => (b.on > a.on ? b : a));
  if (signed !== undefined) {
    for (const s of dated.filter((x) => x.on > signed)) {
      emit(
        'SIGNATURE_DATES_INCONSISTENT',
        'error',
        `signatures.${s.party}.signedOn`,
        `La convention est conclue à la dernière signature : ${partyWords(ctx, s.party)} signe le ${dayFr(s.on)}, après la date de signature de la convention (${dayFr(signed)}). Corrigez l’une des deux dates.`,
        signatureRef(ctx, s.on),
      );
    }
    if (dated.length === 2 && signed > latest.on) {
      emit(
        'SIGNATURE_DATES_INCONSISTENT',
        'error',
        'signedOn',
        `La date de signature de la convention est celle de la dernière signature, celle de ${partyWords(ctx, latest.party)} le ${dayFr(latest.on)} (saisi : ${dayFr(signed)}).`,
        signatureRef(ctx, signed),
      );
    }
  }
  const hired = doc.contract?.hiredOn;
  // A hiring before `signedOn` is already reported by checkSignature (contract.ts).
  if (hired && hired < latest.on && !(signed !== undefined && hired < signed)) {
    emit(
      'HIRED_BEFORE_SIGNATURE',
      'error',
      'contract.hiredOn',
      `L’embauche (${dayFr(hired)}) ne peut pas avoir lieu avant la signature de la convention par ${partyWords(ctx, latest.party)} (${dayFr(latest.on)}) : reportez la date d’embauche ou corrigez la date de signature.`,
      signatureRef(ctx, hired),
    );
  }
}

/** « Transmis au CNASEA le »: the signed convention goes to the payment organisation, never before it is signed. */
function checkTransmission(ctx: Context, emit: Emit): void {
  const { doc } = ctx;
  const sent = doc.transmittedToCnaseaOn;
  if (!sent) return;
  const dates = [doc.signedOn, doc.signatures?.employer?.signedOn, doc.signatures?.authority?.signedOn].filter((d): d is string => !!d);
  if (dates.length === 0) return;
  const signed = dates.reduce((a, b) => (b > a ? b : a));
  if (sent >= signed) return;
  emit(
    'TRANSMITTED_BEFORE_SIGNATURE',
    'error',
    'transmittedToCnaseaOn',
    `La convention est transmise ${toOrganisation(payingAgencyPhrase(sent))} une fois signée : la transmission (${dayFr(sent)}) ne peut pas précéder la signature (${dayFr(signed)}).`,
    ctx.measure === 'CAV' ? cavRef('cnaseaCopy', sent) : FORM('« Transmis au CNASEA le : » ; notice, point 4 (l’original est transmis au Cnasea)'),
  );
}

/** R. 5134-50: the annex of a contrat d'avenir's convention states 1° the support and training actions' objectives, programme, organisation and evaluation, 2° how the referent intervenes. */
const CAV_ANNEX: [path: string, label: string][] = [
  ['annex.objectives', 'les objectifs des actions d’accompagnement et de formation (annexe, 1°)'],
  ['annex.programme', 'le programme des actions d’accompagnement et de formation (annexe, 1°)'],
  ['annex.organisationAndEvaluation', 'les modalités d’organisation et d’évaluation de ces actions (annexe, 1°)'],
  ['annex.referentIntervention', 'les modalités d’intervention du référent chargé du suivi du parcours d’insertion (annexe, 2°)'],
];

function checkCavAnnex(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAV') return;
  const annex: Record<string, unknown> = ctx.doc.annex ?? {};
  const legalRef = cavRef('annex', conventionDate(ctx));
  for (const [path, label] of CAV_ANNEX) {
    const v = annex[path.slice('annex.'.length)];
    if (typeof v !== 'string' || v.trim() === '') required(emit, path, label, legalRef);
  }
}

/**
 * R. 831-4 j) and k): the CAE-DOM convention lists the supporting documents
 * for the aid — at least the proof of employment R. 831-5 pays on — and those
 * to produce after an early rupture. From 1 April 2004 (décret art. 12 II).
 */
function checkDomSupportingDocuments(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAE_DOM') return;
  const date = ctx.doc.signedOn ?? ctx.doc.filedOn ?? ctx.doc.contract?.hiredOn ?? undefined;
  if (date !== undefined && date < DOM_FROM) return;
  const docs = ctx.doc.supportingDocuments ?? {};
  if (!(docs.aid ?? []).includes('EMPLOYMENT_PROOF')) {
    required(
      emit,
      'supportingDocuments.aid',
      'la liste des pièces justificatives de l’aide (j), dont le justificatif de l’emploi du bénéficiaire dans l’établissement, sur présentation duquel l’aide est versée',
      DOM_REFS.supportingDocuments,
    );
  }
  if ((docs.rupture ?? []).length === 0 && blank(docs.ruptureOther)) {
    required(emit, 'supportingDocuments.rupture', 'la liste des pièces à produire en cas de rupture anticipée du contrat (k)', DOM_REFS.supportingDocuments);
  }
}
