/**
 * Reference counterpart: the payment organisation's side, written from
 * docs/exchange-format.md only (it imports nothing from the product). It
 * checks a lot against docs/schemas/outbound-lot.schema.json, its checksum
 * and numbering, then answers with a return file: a result per line (lines
 * it finds invalid are rejected with a code and a French label) and a payment
 * notice for the first month of every accepted new convention. A proof of
 * activity is checked as the format says: its months, in order, cover its
 * period, and its totals are their sums.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

const SCHEMAS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/schemas');
const COUNTERPART_ID = 'CNASEA';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Line = { [key: string]: Json } & { lineNo: number; record: string };
interface Lot {
  header: { emitter: string; recipient: string; sequence: number; createdAt: string; recordCount: number; sha256: string };
  lines: Line[];
}

/** Canonical JSON as the format document defines it: keys sorted, no whitespace. */
export function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k]!)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function validator(kind: string) {
  // The schemas spell every date as a pattern too: the "format" keyword adds nothing, so it is not checked.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, `${kind}.schema.json`), 'utf8')) as object);
}

/** The day `months` calendar months after `date` (YYYY-MM-DD), clamped to the month's end. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** `2009-06` → `2009-07`. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

interface ProofMonth {
  month: string;
  workedMinutes: number;
  paidLeaveMinutes: number;
  sickLeaveMinutes: number;
  otherAbsenceMinutes: number;
  unpaidSuspensionDays: number;
}

/**
 * A proof of activity (« PROOF_OF_ACTIVITY »): its period runs forward, its
 * months are every civil month from the period's first to its last, once and
 * in order, and its totals are the sums of its months.
 */
function proofProblem(line: Line): { code: string; label: string } | null {
  const start = line.quarterStart as string;
  const end = line.quarterEnd as string;
  if (end < start) return { code: 'DATES_INCOHERENTES', label: 'Période du justificatif : la fin précède le début.' };
  const months = line.months as unknown as ProofMonth[];
  let expected = start.slice(0, 7);
  for (const m of months) {
    if (m.month !== expected) return { code: 'JUSTIFICATIF_INCOMPLET', label: `Justificatif d’activité : mois ${expected} attendu, ${m.month} reçu.` };
    expected = nextMonth(expected);
  }
  if (expected !== nextMonth(end.slice(0, 7))) return { code: 'JUSTIFICATIF_INCOMPLET', label: 'Justificatif d’activité : des mois de la période manquent.' };
  const sum = (pick: (m: ProofMonth) => number) => months.reduce((s, m) => s + pick(m), 0);
  if (
    sum((m) => m.workedMinutes) !== line.workedMinutes ||
    sum((m) => m.paidLeaveMinutes + m.sickLeaveMinutes + m.otherAbsenceMinutes) !== line.absenceMinutes ||
    sum((m) => m.unpaidSuspensionDays) !== line.unpaidSuspensionDays
  ) {
    return { code: 'JUSTIFICATIF_INCOHERENT', label: 'Justificatif d’activité : les totaux ne sont pas la somme des mois.' };
  }
  return null;
}

/**
 * Why the organisation refuses a line, or null. `known` holds the convention
 * numbers it has accepted before (and those accepted earlier in this lot):
 * an event, a dénonciation or a proof of activity for any other convention is refused.
 */
function lineProblem(line: Line, known: ReadonlySet<string> | null): { code: string; label: string } | null {
  if (line.record === 'CONVENTION' || line.record === 'AVENANT') {
    const employee = line.employee as { nir: string | null };
    if (!employee.nir) return { code: 'NIR_ABSENT', label: 'Numéro de sécurité sociale du salarié absent.' };
    if ((line.weeklyMinutes as number) < 1200 && line.measure !== 'CAE_DOM') {
      return { code: 'DUREE_HEBDO', label: 'Durée hebdomadaire inférieure à 20 heures.' };
    }
    const endsOn = line.endsOn as string | null;
    // A CAE of fixed duration lasts 24 months at most, renewals included: one version cannot exceed it.
    if (line.measure === 'CAE' && endsOn !== null && endsOn >= addMonths(line.startsOn as string, 24)) {
      return { code: 'DATES_INCOHERENTES', label: 'Durée de la convention supérieure à 24 mois.' };
    }
  }
  const followUp = ['EVENT', 'DENUNCIATION', 'AVENANT', 'PROOF_OF_ACTIVITY'].includes(line.record);
  if (followUp && known && !known.has(line.conventionNumber as string)) {
    return { code: 'CONVENTION_INCONNUE', label: 'Convention inconnue de l’organisme payeur.' };
  }
  if (line.record === 'PROOF_OF_ACTIVITY') return proofProblem(line);
  return null;
}

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 8)}${String(last).padStart(2, '0')}`;
}

export interface Answer {
  fileName: string;
  text: string;
}

/**
 * Answers a lot file's text; throws with the reason when the whole lot is
 * unreadable. With `known` (the conventions accepted before), events,
 * avenants and dénonciations of unknown conventions are rejected, and the
 * conventions accepted now are added to it.
 */
export function answerLot(text: string, createdAt: string, sequence: number, known: Set<string> | null = null): Answer {
  const lot = JSON.parse(text) as Lot;
  const validate = validator('outbound-lot');
  if (!validate(lot)) throw new Error(`Lot non conforme au schéma : ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  if (sha256(canonical(lot.lines as Json)) !== lot.header.sha256) throw new Error('Somme de contrôle du lot incorrecte.');
  if (lot.header.recordCount !== lot.lines.length) throw new Error('Nombre de lignes incorrect.');
  const lines: Line[] = [];
  const payments: Line[] = [];
  for (const line of lot.lines) {
    const problem = lineProblem(line, known);
    if (!problem && line.record === 'CONVENTION') known?.add(line.conventionNumber as string);
    lines.push(problem ? { lineNo: 0, record: 'REJECTED', lotLineNo: line.lineNo, ...problem } : { lineNo: 0, record: 'ACCEPTED', lotLineNo: line.lineNo });
    const gross = line.monthlyGrossCents as number | null;
    const rate = line.aidRateBp as number | null;
    if (!problem && line.record === 'CONVENTION' && gross !== null && rate !== null) {
      const startsOn = line.startsOn as string;
      const endsOn = line.endsOn as string | null;
      const monthEnd = lastDayOfMonth(startsOn);
      const periodEnd = endsOn !== null && endsOn < monthEnd ? endsOn : monthEnd;
      payments.push({
        lineNo: 0,
        record: 'PAYMENT',
        conventionNumber: line.conventionNumber!,
        periodStart: startsOn,
        periodEnd,
        amountCents: Math.round((gross * rate) / 10000),
        paidOn: createdAt.slice(0, 10),
      });
    }
  }
  const all = [...lines, ...payments].map((l, i) => ({ ...l, lineNo: i + 1 }));
  const header = {
    format: 'cae.exchange',
    schemaVersion: 1,
    kind: 'return-file',
    emitter: COUNTERPART_ID,
    recipient: lot.header.emitter,
    sequence,
    createdAt,
    recordCount: all.length,
    sha256: sha256(canonical(all as Json)),
    answers: { sequence: lot.header.sequence, sha256: lot.header.sha256 },
  };
  const file = { header, lines: all } as Json;
  const check = validator('return-file');
  if (!check(file)) throw new Error(`Réponse non conforme : ${JSON.stringify(check.errors?.slice(0, 3))}`);
  const stamp = createdAt.replace(/[-:]/g, '');
  return {
    fileName: `RET_${COUNTERPART_ID}_${String(sequence).padStart(6, '0')}_${stamp}.json`,
    text: `${JSON.stringify(JSON.parse(canonical(file)), null, 2)}\n`,
  };
}
