/**
 * The convention's `support` block (« Les actions d'accompagnement et de
 * formation prévues par l'employeur », form CAE-0515) said in French lines,
 * whatever fields it holds: the known ones with their label and their codes
 * in words, any other one generically (yes/no, dates JJ/MM/AAAA, lists). The
 * tutor and the referent go apart (the timeline shows them on their own),
 * and a list item that carries a date (an action planned or done) becomes an
 * action of its own.
 */
import { formatDateFr } from '../format/date';
import { isIsoDate } from '../rules/dates/day';
import { SUPPORT_QUESTIONS, supportOf, SUPPORT_TIMING_LABELS, TRAINING_NATURE_LABELS, TRAINING_TYPE_LABELS } from '../rules/document/support';
import { educationLevelLabel } from './enums';

/** The form's question for each field (shared/rules/document/support.ts), and words for the fields of dated actions. */
const FIELD_LABELS: Record<string, string> = {
  ...SUPPORT_QUESTIONS,
  legacyEntries: 'Ancienne saisie',
  tutorName: 'Tuteur',
  tutorQuality: 'Qualité du tuteur',
  name: 'Nom',
  quality: 'Qualité',
  label: 'Intitulé',
  nature: 'Nature',
  organisation: 'Organisme',
  hours: 'Durée (heures)',
  plannedOn: 'Prévue le',
  doneOn: 'Faite le',
};

/** The form's words for each choice (lower case: they follow « question : »). */
const VALUE_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries({ ...TRAINING_NATURE_LABELS, ...TRAINING_TYPE_LABELS, ...SUPPORT_TIMING_LABELS }).map(([code, label]) => [
    code,
    label.charAt(0).toLowerCase() + label.slice(1),
  ]),
);

/** Fields of the tutor and the referent (`tutor`, `tutorName`, `referent`…). */
const isTutorField = (key: string) => /tutor|referent/i.test(key);

/** Dates that say an action was done (`doneOn`, `completedOn`…); any other date is when it is planned. */
const isDoneField = (key: string) => /done|completed|realis/i.test(key);

/** `externalSocialSupport` → `external social support`: the words of a field this module has no label for. */
function fieldLabel(key: string, value?: unknown): string {
  if (key === 'tutor' && value !== null && typeof value === 'object') return 'Tuteur';
  return FIELD_LABELS[key] ?? `Précision « ${key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} »`;
}

function valueText(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string') {
    if (key === 'targetEducationLevel') return educationLevelLabel(value);
    if (isIsoDate(value)) return formatDateFr(value);
    return VALUE_LABELS[value] ?? value;
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => valueText(key, v)).filter((v): v is string => v !== null);
    return items.length > 0 ? items.join(', ') : null;
  }
  if (typeof value === 'object') {
    const parts = fieldLines(value as Record<string, unknown>);
    return parts.length > 0 ? parts.join(' ; ') : null;
  }
  return String(value);
}

/** `Label : value` for each field that holds something. */
function fieldLines(fields: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const text = valueText(key, value);
    if (text !== null) lines.push(`${fieldLabel(key, value)} : ${text}`);
  }
  return lines;
}

/** An action of the support block that carries its own date. */
interface DatedSupportAction {
  on: string;
  done: boolean;
  /** The action's other fields, in French lines. */
  lines: string[];
}

export interface SupportSummary {
  /** The support and training actions planned (no date of their own). */
  actions: string[];
  /** The tutor and the referent. */
  tutor: string[];
  /** List items dated by themselves (planned or done). */
  dated: DatedSupportAction[];
}

/** The dated item as an action, or null when it carries no date. */
function datedAction(item: Record<string, unknown>): DatedSupportAction | null {
  const dates = Object.entries(item).filter((e): e is [string, string] => typeof e[1] === 'string' && isIsoDate(e[1]));
  if (dates.length === 0) return null;
  const done = dates.find(([k]) => isDoneField(k));
  const shown = done ?? dates[0]!;
  const rest = Object.fromEntries(Object.entries(item).filter(([k]) => !dates.some(([d]) => d === k)));
  const lines = fieldLines(rest);
  // The entry's own date is the timeline's; the item's other dates go with its lines.
  for (const [k, v] of dates) if (k !== shown[0]) lines.push(`${fieldLabel(k)} : ${formatDateFr(v)}`);
  return { on: shown[1], done: done !== undefined, lines };
}

export function summarizeSupport(support: unknown): SupportSummary {
  const summary: SupportSummary = { actions: [], tutor: [], dated: [] };
  for (const [key, value] of Object.entries(supportOf(support) as Record<string, unknown>)) {
    if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      const undated: unknown[] = [];
      for (const item of value) {
        const action = item !== null && typeof item === 'object' ? datedAction(item as Record<string, unknown>) : null;
        if (action) summary.dated.push(action);
        else undated.push(item);
      }
      const text = valueText(key, undated);
      if (text !== null) summary.actions.push(`${fieldLabel(key)} : ${text}`);
      continue;
    }
    const text = valueText(key, value);
    if (text === null) continue;
    (isTutorField(key) ? summary.tutor : summary.actions).push(`${fieldLabel(key, value)} : ${text}`);
  }
  return summary;
}
