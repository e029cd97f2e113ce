/**
 * The document being instructed: a `cae.convention/1` draft edited field by
 * field (paths as the rules name them, `contract.weeklyHours`), what the
 * server needs before it can number it, and its copy in the browser's
 * storage so closing the window loses nothing.
 */
import { CONVENTION_SCHEMA_ID, isValidDepartment, type ConventionDocument } from '../../../../shared/rules/index';
import type { Measure } from '../../../../shared/domain/enums';

export type Doc = ConventionDocument;
export type FieldValue = string | number | boolean | string[] | null | undefined;

export function newDocument(measure: Measure, defaults: { department?: string | null; prescriberCode?: string | null; today: string }): Doc {
  const doc: Doc = { schema: CONVENTION_SCHEMA_ID, measure, filedOn: defaults.today, renewals: [], events: [] };
  if (defaults.department) doc.department = defaults.department;
  if (defaults.prescriberCode) doc.prescriberCode = defaults.prescriberCode;
  if (measure === 'CAE') doc.contract = { type: 'CDD' };
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

const PRESCRIBER = /^[0-9A-Z]{5}$/;
const NIR_SHAPE = /^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}$/;

/**
 * What the service needs before it can number and store a draft (the rules
 * report everything else): the same list as the service's `storageProblems`.
 */
export function missingForDraft(doc: Doc): string[] {
  const p: string[] = [];
  const need = (ok: boolean, label: string) => ok || p.push(label);
  need(!!doc.department && isValidDepartment(doc.department), 'le département');
  need(!!doc.prescriberCode && PRESCRIBER.test(doc.prescriberCode), 'le code prescripteur');
  need(!!doc.filedOn, 'la date de dépôt');
  const er = doc.employer;
  need(/^\d{14}$/.test((er?.siret ?? '').replace(/\s/g, '')), 'le SIRET');
  need(!!er?.name?.trim(), 'la dénomination');
  need(!!er?.status, 'le statut de l’employeur');
  need(!!er?.collector, 'l’organisme de recouvrement');
  const ee = doc.employee;
  need(!!ee?.civility, 'la civilité');
  need(!!ee?.lastName?.trim() && !!ee.firstNames?.trim(), 'le nom et le prénom');
  need(!!ee?.birthDate, 'la date de naissance');
  const nir = (ee?.nir ?? '').replace(/\s/g, '').toUpperCase();
  need(nir === '' || NIR_SHAPE.test(nir), 'un NIR de 15 caractères');
  const c = doc.contract;
  need(!!c?.type, 'le type de contrat');
  need(!!c?.hiredOn, 'la date d’embauche');
  need(typeof c?.weeklyHours === 'number' && c.weeklyHours >= 1 && c.weeklyHours <= 35, 'la durée hebdomadaire (1 à 35 h)');
  need(!c?.plannedEnd || !c.hiredOn || c.plannedEnd >= c.hiredOn, 'une fin de contrat après l’embauche');
  return p;
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

/** Today on the agent's calendar, `YYYY-MM-DD`. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
