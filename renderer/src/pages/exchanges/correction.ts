/**
 * The pure part of « Corriger » (CorrectionModal): the values typed, checked
 * before sending. Only the values the agent changed are sent; a value on
 * record cannot be erased, only corrected. The NIR never comes to the
 * renderer in clear, so its field starts empty: left empty it keeps the NIR
 * on record, unless it is the only field (a rejection about the NIR).
 */
import { channels, type ChannelInput } from '../../../../shared/api/contract';
import type { LineRow } from '../../../../shared/api/exchanges-contract';
import type { CorrectableField } from '../../../../shared/domain/rejections';

export type Correction = NonNullable<LineRow['correction']>;
type RecordField = Exclude<CorrectableField, 'nir'>;

export interface CorrectionDraft {
  weeklyHours: number | null;
  startsOn: string | null;
  endsOn: string | null;
  aidRatePercent: string | null;
  nir: string;
}

/** The fields pre-filled with the values on record; the NIR empty. */
export function initialDraft({ values: v }: Correction): CorrectionDraft {
  return { weeklyHours: v.weeklyHours, startsOn: v.startsOn, endsOn: v.endsOn, aidRatePercent: v.aidRatePercent, nir: '' };
}

/** A rejection about the NIR shows only the NIR: it must be typed. Beside other fields, empty keeps it. */
export const nirRequired = (correction: Correction) => correction.fields.length === 1 && correction.fields[0] === 'nir';

/** A value on record cannot be erased, only corrected: its field is required. */
export const heldOnRecord = (correction: Correction, field: RecordField) => correction.values[field] !== null;

type Value = CorrectionDraft[CorrectableField];
/** The same value as on record (a rate typed `90,0` is the `90` stored). */
function same(field: RecordField, typed: Value, stored: Value): boolean {
  if (field === 'aidRatePercent' && typed !== null && stored !== null) return Number(typed) === Number(stored);
  return typed === stored;
}

export type CorrectionCheck =
  | { ok: true; input: ChannelInput<'exchanges.correct'> }
  /** Per-field French messages, and the form's own message if any. */
  | { ok: false; fields: Record<string, string>; message?: string | undefined };

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The values changed, and what is missing. */
function changedValues(correction: Correction, draft: CorrectionDraft) {
  const values: Record<string, unknown> = {};
  const missing: Record<string, string> = {};
  for (const f of correction.fields) {
    if (f === 'nir') {
      if (draft.nir.trim() !== '') values.nir = draft.nir;
      else if (nirRequired(correction)) missing.nir = 'Saisissez le NIR du salarié.';
      continue;
    }
    const value = draft[f];
    if (value === null || value === '') {
      if (heldOnRecord(correction, f)) missing[f] = 'Saisissez la valeur corrigée.';
    } else if (!same(f, value, correction.values[f])) values[f] = value;
  }
  return { values, missing };
}

/** What is sent, or why nothing is: a missing value, no change, or the contract's schema (its French messages). */
export function checkCorrection(correction: Correction, draft: CorrectionDraft): CorrectionCheck {
  const { values, missing } = changedValues(correction, draft);
  if (Object.keys(missing).length > 0) return { ok: false, fields: missing };
  if (Object.keys(values).length === 0) {
    const only = correction.fields.length === 1 ? correction.fields[0]! : null;
    return only
      ? { ok: false, fields: { [only]: 'Aucune valeur ne change : saisissez la valeur corrigée.' } }
      : { ok: false, fields: {}, message: 'Aucune valeur ne change : modifiez au moins une valeur.' };
  }
  const checked = channels['exchanges.correct'].input.safeParse({ versionId: correction.versionId, values });
  if (checked.success) return { ok: true, input: checked.data };
  const fields: Record<string, string> = {};
  for (const issue of checked.error.issues) fields[String(issue.path.at(-1) ?? 'values')] ??= capitalize(issue.message);
  return { ok: false, fields, message: fields.values };
}

/** What is corrected; the sentence agrees with the record: la convention… signée, l’avenant… signé. */
export function correctedRecord(avenantIndex: number): string {
  return avenantIndex === 0
    ? 'la convention telle qu’elle a été signée : la correction ne crée pas d’avenant'
    : `l’avenant n° ${avenantIndex} tel qu’il a été signé : la correction ne crée pas de nouvel avenant`;
}

/** The NIR field's help: what is on record, and what leaving it empty does. */
export function nirHint(correction: Correction): string {
  const masked = correction.values.nirMasked;
  if (nirRequired(correction)) {
    return masked ? `Enregistré aujourd’hui : ${masked}. 15 caractères, clé comprise.` : 'Aucun NIR enregistré. 15 caractères, clé comprise (carte Vitale).';
  }
  return masked
    ? `Laissez vide pour garder le NIR enregistré (${masked}). 15 caractères, clé comprise.`
    : 'Aucun NIR enregistré : laissez vide, ou saisissez-le (15 caractères, clé comprise, carte Vitale).';
}
