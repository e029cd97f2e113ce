/**
 * The document being instructed: a `cae.convention/1` draft edited field by
 * field (paths as the rules name them, `contract.weeklyHours`), what the
 * server needs before it can number it, and its copy in the browser's
 * storage so closing the window loses nothing.
 */
import { CONVENTION_SCHEMA_ID, needsDepartmentDelegation, storageProblems, type ConventionDocument } from '../../../../shared/rules/index';
import { supportOf } from '../../../../shared/rules/document/support';
import type { CavAuthority, Measure } from '../../../../shared/rules/vocabulary';

export type Doc = ConventionDocument;
export type FieldValue = string | number | boolean | string[] | null | undefined;

export function newDocument(measure: Measure, defaults: { department?: string | null; prescriberCode?: string | null; today: string }): Doc {
  const doc: Doc = { schema: CONVENTION_SCHEMA_ID, measure, filedOn: defaults.today, renewals: [], events: [] };
  if (defaults.department) doc.department = defaults.department;
  if (defaults.prescriberCode) doc.prescriberCode = defaults.prescriberCode;
  if (measure === 'CAE') doc.contract = { type: 'CDD' };
  // R. 831-5 pays the CAE-DOM aid on the proof of employment: the j) list starts with it.
  if (measure === 'CAE_DOM') doc.supportingDocuments = { aid: ['EMPLOYMENT_PROOF'] };
  return doc;
}

export function getPath(doc: Doc, path: string): unknown {
  let v: unknown = doc;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

const isEmpty = (v: FieldValue) => v === undefined || v === null || (typeof v === 'string' && v === '');

/** A copy of the document with one field set (an empty value removes the field). */
export function setPath(doc: Doc, path: string, value: FieldValue): Doc {
  const keys = path.split('.');
  const write = (node: Record<string, unknown>, i: number): Record<string, unknown> => {
    const copy = { ...node };
    const key = keys[i]!;
    if (i === keys.length - 1) {
      if (isEmpty(value)) delete copy[key];
      else copy[key] = value;
      return copy;
    }
    const child = copy[key];
    copy[key] = write(child !== null && typeof child === 'object' ? (child as Record<string, unknown>) : {}, i + 1);
    return copy;
  };
  return write(doc, 0) as Doc;
}

/**
 * What the service needs before it can number and store a draft (the rules
 * report everything else): the rules package's list, in the form's words.
 */
export function missingForDraft(doc: Doc): string[] {
  return storageProblems(doc).map((p) => p.label);
}

/**
 * CAE-DOM (art. R. 831-1): the questions the eligibility block asks for the
 * chosen category, beside the allowances and the disabled-worker question of
 * « Le salarié ». Without a category (or with the former « autre »), the
 * registration months, as before.
 */
interface DomQuestions {
  /** Months registered as a jobseeker in the last 18 (1°, 8°). */
  registration: boolean;
  /** Title of the obligation d'emploi, art. L. 323-3 2° to 4° (4°, 8°). */
  obligation: boolean;
  /** Term of the emploi-jeune contract (6°). */
  youthJobEnd: boolean;
  /** Custodial sentence (7°). */
  detention: boolean;
  /** Months without a job, for an RMI beneficiary (8°). */
  jobless: boolean;
}

export function domQuestions(doc: Doc): DomQuestions {
  const e = doc.employee ?? {};
  const c = e.domCategory ?? 'OTHER';
  return {
    registration: c === 'OTHER' || c === 'JOBSEEKER_12_MONTHS' || c === 'OVER_50',
    obligation: c === 'OBLIGATION_EMPLOI' || c === 'OVER_50',
    youthJobEnd: c === 'EMPLOI_JEUNE',
    detention: c === 'DETENTION',
    jobless: c === 'OVER_50' && (e.allowances ?? []).includes('RMI'),
  };
}

/**
 * Form CAE-0515 « Les actions d’accompagnement et de formation » : the
 * follow-up questions the answers open (the level aimed at goes with
 * « Acquisition de nouvelles compétences », a name with each « organisme
 * extérieur », the procedure with the VAE), and what an older document held
 * outside the form's choices (« ancienne saisie »).
 */
export interface SupportQuestions {
  training: boolean;
  targetLevel: boolean;
  employmentOrganisation: boolean;
  socialOrganisation: boolean;
  vaeProcedure: boolean;
  legacyEntries: string[];
}

export function supportQuestions(doc: Doc): SupportQuestions {
  const s = supportOf(doc.support);
  const training = s.trainingPlanned === true;
  return {
    training,
    targetLevel: training && (s.trainingNature ?? []).includes('NEW_SKILLS'),
    employmentOrganisation: s.externalEmploymentSupportPlanned === true,
    socialOrganisation: s.externalSocialSupportPlanned === true,
    vaeProcedure: s.vae === true,
    legacyEntries: s.legacyEntries ?? [],
  };
}

/**
 * The document as the form edits it: a support block written before the
 * form's choices were closed is read as the service reads it (codes, « oui »
 * for an organisation named without its yes/no, other values set aside), so
 * the boxes show what the printed convention shows.
 */
export function formDocument(doc: Doc): Doc {
  return doc.support && typeof doc.support === 'object' ? { ...doc, support: supportOf(doc.support) } : doc;
}

/** The id of an input, from the document path its finding names. */
export const fieldId = (path: string) => `champ-${path.replace(/\./g, '-')}`;

/** The form as it was left, in the browser's storage, per draft (`new` before the first save). */
export interface LocalDraft {
  doc: Doc;
  conventionId: number | null;
  savedJson: string | null;
  savedAt: string | null;
}

const KEY_PREFIX = 'cae.instruction.';
export const localKey = (id: number | 'new') => `${KEY_PREFIX}${id}`;

export function readLocal(id: number | 'new'): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(localKey(id));
    if (!raw) return null;
    const value = JSON.parse(raw) as LocalDraft;
    return value && typeof value === 'object' && value.doc?.schema === CONVENTION_SCHEMA_ID ? value : null;
  } catch {
    return null;
  }
}

/** The local copy never holds the NIR (personal data): a saved draft gets it back from the registry. */
export function writeLocal(id: number | 'new', draft: LocalDraft): void {
  try {
    const employee = draft.doc.employee ? { ...draft.doc.employee, nir: undefined } : undefined;
    window.localStorage.setItem(localKey(id), JSON.stringify({ ...draft, doc: { ...draft.doc, employee } }));
  } catch {
    // Storage full or refused: the server copy still holds the last save.
  }
}

export function removeLocal(id: number | 'new'): void {
  window.localStorage.removeItem(localKey(id));
}

/** Today as the app's clock says, `YYYY-MM-DD`. */
export { appToday as localToday } from '../../store/today';

/**
 * Contrat d'avenir: who concludes the convention (R. 5134-41, R. 5134-42).
 * Choosing the State keeps nothing of a collectivité; a département keeps its
 * name and délégataire but needs no délégation from itself (R. 5134-41 al. 2).
 */
export function withCavAuthority(doc: Doc, authority: CavAuthority): Doc {
  if (authority === 'STATE') return { ...doc, concludedBy: { authority } };
  const next = { ...doc.concludedBy, authority };
  if (!needsDepartmentDelegation(authority)) delete next.departmentDelegationOn;
  return { ...doc, concludedBy: next };
}

type HoursProgramme = NonNullable<NonNullable<Doc['contract']>['hoursProgramme']>;
type ProgrammePeriod = NonNullable<HoursProgramme['periods']>[number];

const withProgramme = (doc: Doc, change: (p: HoursProgramme) => HoursProgramme | undefined): Doc => {
  const contract = { ...doc.contract };
  const next = change(contract.hoursProgramme ?? {});
  if (next === undefined) delete contract.hoursProgramme;
  else contract.hoursProgramme = next;
  return { ...doc, contract };
};

/** R. 5134-60: variable hours on (a first period to fill) or off (the programme removed). */
export function withHoursProgramme(doc: Doc, variable: boolean): Doc {
  if (!variable) return withProgramme(doc, () => undefined);
  return withProgramme(doc, (p) => ({ ...p, periods: p.periods?.length ? p.periods : [{}] }));
}

export function withNewProgrammePeriod(doc: Doc): Doc {
  return withProgramme(doc, (p) => ({ ...p, periods: [...(p.periods ?? []), {}] }));
}

export function withoutProgrammePeriod(doc: Doc, index: number): Doc {
  return withProgramme(doc, (p) => ({ ...p, periods: (p.periods ?? []).filter((_, i) => i !== index) }));
}

/** One period of the programme changed: an empty value removes that part (the rules then ask for it). */
export function withProgrammePeriod(doc: Doc, index: number, part: keyof ProgrammePeriod, value: string | number | null): Doc {
  return withProgramme(doc, (p) => ({
    ...p,
    periods: (p.periods ?? []).map((period, i) => {
      if (i !== index) return period;
      const next = { ...period };
      if (value === null || value === '') delete next[part];
      else Object.assign(next, { [part]: value });
      return next;
    }),
  }));
}
