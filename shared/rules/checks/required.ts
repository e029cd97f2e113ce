import type { Context } from '../compute/context';
import { caeRef, cavRef, DOM_REFS } from '../parameters/articles';
import { ref } from '../parameters/sources';
import type { Emit } from './finding';

type Req = [path: string, label: string];

const FORM = (block: string) => ref('FORM_CAE_0515', `formulaire CAE-0515, bloc « ${block} »`);

const COMMON: [Req, string][] = [
  [['department', 'le département'], FORM('Cadre réservé à l’administration')],
  [['signedOn', 'la date de signature de la convention'], FORM('Fait le')],
  [['employer.name', 'la dénomination de l’employeur'], FORM('L’employeur')],
  [['employer.siret', 'le numéro SIRET de l’employeur'], FORM('L’employeur')],
  [['employer.status', 'le statut de l’employeur (tableau 1)'], FORM('L’employeur')],
  [['employer.iban', 'le RIB / IBAN de l’employeur'], ref('FORM_CAE_0515', 'notice, point 3 (RIB pour le versement des aides)')],
  [['employee.lastName', 'le nom du salarié'], FORM('Le salarié')],
  [['employee.firstNames', 'le prénom du salarié'], FORM('Le salarié')],
  [['employee.birthDate', 'la date de naissance du salarié'], FORM('Le salarié')],
  [['contract.hiredOn', 'la date d’embauche'], FORM('Le contrat de travail')],
  [['contract.romeCode', 'le code ROME de l’emploi proposé'], FORM('Le contrat de travail')],
  [['contract.monthlyGross', 'le salaire brut mensuel'], FORM('Le contrat de travail')],
  [['contract.weeklyHours', 'la durée hebdomadaire de travail'], FORM('Le contrat de travail')],
];

/** The 15 mandatory contents of a contrat d'avenir's convention (R. 5134-49), mapped to document fields. */
const CAV_CONTENTS: Req[] = [
  ['employer.name', '1° l’identité de l’employeur'],
  ['employer.address', '1° l’adresse de l’employeur'],
  ['employer.siret', '1° le numéro SIRET de l’employeur'],
  ['employee.lastName', '2° le nom du salarié'],
  ['employee.address', '2° l’adresse du salarié'],
  ['employee.birthDate', '3° l’âge du salarié (date de naissance)'],
  ['employee.educationLevel', '3° le niveau de formation du salarié'],
  ['employee.allowances', '3° la situation du salarié au regard des allocations (RMI, ASS, API, AAH)'],
  ['employee.nir', '4° le numéro d’inscription au répertoire (NIR)'],
  ['contract.jobTitle', '5° les caractéristiques de l’emploi proposé'],
  ['contract.hiredOn', '6° la date d’embauche'],
  ['contract.plannedEnd', '6° le terme du contrat'],
  ['contract.weeklyHours', '7° la durée du travail'],
  ['support.trainingNature', '8° la nature des actions d’accompagnement et de formation'],
  ['support.actionsDuration', '8° la durée des actions d’accompagnement et de formation'],
  ['support.referent', '9° la personne ou l’organisme chargé du placement ou de l’insertion'],
  ['funding.allowanceDebtorAid', '10° le montant de l’aide versée par le débiteur de l’allocation'],
  ['funding.allowancePayer', '11° l’organisme chargé du versement de l’allocation'],
  ['employer.collector', '12° l’organisme de recouvrement des cotisations'],
  ['funding.aidRatePercent', '13° le montant de l’aide de l’État'],
  ['clauses.monitoring', '14° les modalités de contrôle et d’évaluation'],
  ['clauses.repayment', '15° les modalités de reversement des aides'],
];

const SPLIT = new Map<string, string[]>();

function get(doc: unknown, path: string): unknown {
  let keys = SPLIT.get(path);
  if (!keys) SPLIT.set(path, (keys = path.split('.')));
  let v: unknown = doc;
  for (const k of keys) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function missing(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/**
 * A field every convention asks for, as the form CAE-0515 names it. The
 * CAE-DOM's convention contents (R. 831-4) are not in the sources beyond its
 * b, j and k, and R. 5134-49 does not name every field the contrat d'avenir's
 * convention carries: the reference says so rather than cite the CAE's form
 * (or R. 831-1, which says who is eligible, not what the convention holds) as
 * the measure's own text.
 */
function commonFieldRef(m: Context['measure'], path: string, formRef: string, date: string | undefined): string {
  if (m === 'CAE_DOM') {
    return path === 'employee.birthDate' ? DOM_REFS.over50 : `${DOM_REFS.contents} ; champ repris du ${formRef}`;
  }
  if (m === 'CAV') {
    if (path === 'signedOn') return `${cavRef('request', date)} (date de conclusion de la convention)`;
    return `${formRef} (champ du formulaire du CAE, demandé aussi pour le contrat d’avenir : R. 5134-49 ne le nomme pas)`;
  }
  return formRef;
}

export function checkRequired(ctx: Context, emit: Emit): void {
  const doc = ctx.doc;
  const say = (path: string, label: string, legalRef: string) => emit('REQUIRED_FIELD_MISSING', 'error', path, `Renseignez ${label}.`, legalRef);
  if (missing(doc.measure)) say('measure', 'la mesure : CAE, CAV ou CAE-DOM', FORM('Cadre réservé à l’administration'));
  const seen = new Set<string>();
  const m = ctx.measure;
  if (m === 'CAV') {
    const contentsRef = cavRef('contents', doc.signedOn ?? doc.contract?.hiredOn ?? undefined);
    for (const [path, label] of CAV_CONTENTS) {
      if (!seen.has(path) && missing(get(doc, path))) say(path, label, contentsRef);
      seen.add(path);
    }
  }
  for (const [[path, label], legalRef] of COMMON) {
    if (seen.has(path)) continue;
    if (missing(get(doc, path))) say(path, label, commonFieldRef(m, path, legalRef, doc.signedOn ?? doc.contract?.hiredOn ?? undefined));
  }
  const date = doc.contract?.hiredOn ?? doc.signedOn ?? undefined;
  if (m === 'CAE') {
    if (missing(doc.contract?.plannedEnd)) say('contract.plannedEnd', 'la date prévue de fin du contrat (le CAE est un CDD)', caeRef('duration', date));
    if (missing(doc.funding?.aidRatePercent)) say('funding.aidRatePercent', 'le taux de l’aide en % du SMIC horaire brut', caeRef('aid', date));
  }
  if (m === 'CAE_DOM') {
    if (missing(doc.contract?.type)) say('contract.type', 'le type de contrat (CDD ou CDI)', DOM_REFS.duration);
    if (doc.contract?.type === 'CDD' && missing(doc.contract.plannedEnd)) say('contract.plannedEnd', 'le terme du CDD', DOM_REFS.duration);
    if (missing(doc.funding?.totalAid)) say('funding.totalAid', 'le montant total de l’aide', DOM_REFS.payments);
  }
}
