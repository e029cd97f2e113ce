/**
 * The form's copy in the browser's storage never holds the NIR (personal
 * data): neither in the document being typed nor in the JSON of the last
 * saved document (kept to tell unsaved changes). Reopening a draft puts the
 * registry's NIR back into both, the same way, so that a form left unchanged
 * is not taken for a changed one.
 */
import type { Doc, LocalDraft } from './model';

/** The document with the employee's NIR left out (the key is dropped from its JSON). */
export function docWithoutNir(doc: Doc): Doc {
  return doc.employee ? { ...doc, employee: { ...doc.employee, nir: undefined } } : doc;
}

/** The document with the registry's NIR as the employee's. */
export function docWithNir(doc: Doc, nir: string): Doc {
  return { ...doc, employee: { ...doc.employee, nir } };
}

const mapJson = (json: string | null, change: (doc: Doc) => Doc) => (json === null ? null : JSON.stringify(change(JSON.parse(json) as Doc)));

/** What may be written to the browser's storage. */
export function localCopyWithoutNir(draft: LocalDraft): LocalDraft {
  return { ...draft, doc: docWithoutNir(draft.doc), savedJson: mapJson(draft.savedJson, docWithoutNir) };
}

/** A local copy read back, with the registry's NIR. */
export function localCopyWithNir(draft: LocalDraft, nir: string): LocalDraft {
  return { ...draft, doc: docWithNir(draft.doc, nir), savedJson: mapJson(draft.savedJson, (doc) => docWithNir(doc, nir)) };
}
