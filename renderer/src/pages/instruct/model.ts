/**
 * The document being instructed: a `cae.convention/1` draft edited field by
 * field (paths as the rules name them, `contract.weeklyHours`), what the
 * server needs before it can number it, and its copy in the browser's
 * storage so closing the window loses nothing.
 */
import { CONVENTION_SCHEMA_ID, storageProblems, type ConventionDocument } from '../../../../shared/rules/index';
import type { Measure } from '../../../../shared/rules/vocabulary';

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

/**
 * What the service needs before it can number and store a draft (the rules
 * report everything else): the rules package's list, in the form's words.
 */
export function missingForDraft(doc: Doc): string[] {
  return storageProblems(doc).map((p) => p.label);
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
