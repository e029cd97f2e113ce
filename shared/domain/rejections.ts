/**
 * What the payment organisation's rejection codes mean (return files,
 * docs/exchange-format.md), in plain French for the agent: what was refused,
 * how to fix it in the app, which fields, and the texts that state the rule.
 * The codes are those the organisation sends (the reference counterpart,
 * test/counterpart/respond.ts, emits exactly these; a test keeps them in
 * step), plus NON_APPLIQUEE, the employer workspace's own code for a line of
 * the agency's convention package it could not apply. A code the catalogue
 * does not know falls back to the organisation's own label and generic advice. Legal references cite the source documents
 * of docs/sources/ (shared/rules/parameters/sources.ts); the CAE article
 * depends on the date of the record (recodification of 1 May 2008).
 */
import type { VersionKind } from './enums';
import { caeRef, cavRef, DOM_REFS } from '../rules/parameters/articles';
import { minimumWeeklyHours } from '../rules/hours/minimum';
import { CAE } from '../rules/parameters/measures';
import { ref } from '../rules/parameters/sources';

/** The fields a correction of a rejected convention or avenant may change (and nothing else). */
export const CORRECTABLE_FIELDS = ['weeklyHours', 'startsOn', 'endsOn', 'aidRatePercent', 'nir'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const CORRECTABLE_FIELD_LABELS: Record<CorrectableField, string> = {
  weeklyHours: 'Durée hebdomadaire de travail',
  startsOn: 'Date de début',
  endsOn: 'Date de fin',
  aidRatePercent: 'Taux de l’aide',
  nir: 'N° de sécurité sociale (NIR) du salarié',
};

/**
 * What each kind of version carries of these fields. A convention or a
 * renewal sets its period, hours and aid rate; an avenant changing the
 * weekly hours sets only the hours; an employer substitution none of them.
 * The NIR is the employee's, whatever the version.
 */
export const CORRECTABLE_BY_VERSION_KIND: Record<VersionKind, readonly CorrectableField[]> = {
  INITIAL: CORRECTABLE_FIELDS,
  RENEWAL: CORRECTABLE_FIELDS,
  HOURS_CHANGE: ['weeklyHours', 'nir'],
  EMPLOYER_SUBSTITUTION: ['nir'],
  MODIFICATION: ['nir'],
};

export interface RejectionEntry {
  /** What the organisation refused, in one or two plain sentences. */
  meaning: string;
  /** What to do in the app, step by step, short. */
  fix: string[];
  /** The fields to correct (empty when the fix is not a field of the record). */
  fields: readonly CorrectableField[];
  /** Where the texts state the rule the organisation applies, for a record dated `on` (YYYY-MM-DD). */
  legalRefs: (on: string | undefined) => string[];
}

/**
 * A line of the agency's convention package that this employer workspace
 * could not apply (electron/sync/package/apply.ts): not a payment
 * organisation's code, the workspace's own.
 */
export const PACKAGE_LINE_NOT_APPLIED = 'NON_APPLIQUEE';

/** The payment organisation's codes (return files), then the workspace's own. */
export const KNOWN_REJECTION_CODES = [
  'NIR_ABSENT',
  'DUREE_HEBDO',
  'DATES_INCOHERENTES',
  'CONVENTION_INCONNUE',
  'JUSTIFICATIF_INCOMPLET',
  'JUSTIFICATIF_INCOHERENT',
  PACKAGE_LINE_NOT_APPLIED,
] as const;
export type KnownRejectionCode = (typeof KNOWN_REJECTION_CODES)[number];

const FORM = (what: string) => ref('FORM_CAE_0515', what);
const minWeeklyHours = minimumWeeklyHours('CAE')!.value;
const maxMonths = CAE.maxTotalMonths.values.at(-1)?.value ?? 24;

export const REJECTIONS: Record<KnownRejectionCode, RejectionEntry> = {
  NIR_ABSENT: {
    meaning:
      'L’organisme payeur ne peut pas verser l’aide sans le numéro de sécurité sociale (NIR) du salarié : la convention ou l’avenant lui a été envoyé sans NIR.',
    fix: [
      'Demandez le NIR au salarié (carte Vitale ou attestation de droits).',
      'Cliquez sur « Corriger » et saisissez-le : il est enregistré une seule fois, dans la fiche du salarié.',
      'La ligne corrigée partira dans le prochain lot.',
    ],
    fields: ['nir'],
    legalRefs: (on) => [FORM('bloc « Le salarié » (identification)'), cavRef('contents', on)],
  },
  DUREE_HEBDO: {
    meaning: `La durée hebdomadaire de travail envoyée est inférieure à ${minWeeklyHours} heures : l’organisme payeur n’aide pas un CAE ou un contrat d’avenir en deçà.`,
    fix: [
      'Vérifiez la durée inscrite au contrat de travail signé.',
      `Cliquez sur « Corriger » et portez la durée à ${minWeeklyHours} heures par semaine au moins.`,
      'Si le contrat prévoit vraiment moins (difficultés particulièrement importantes du salarié), la correction ne suffit pas : contactez l’organisme payeur avec la justification.',
    ],
    fields: ['weeklyHours'],
    legalRefs: (on) => [
      caeRef('weeklyHours', on),
      FORM('conditions générales, « Nature du contrat de travail » (durée hebdomadaire minimale de vingt heures)'),
    ],
  },
  DATES_INCOHERENTES: {
    meaning: `Les dates envoyées ne tiennent pas : la période de la convention ou de l’avenant dépasse ${maxMonths} mois pour un CAE (durée maximale, renouvellements compris), ou sa fin précède son début.`,
    fix: [
      'Comparez les dates avec le contrat de travail signé.',
      'Cliquez sur « Corriger » et rectifiez la date de début ou de fin.',
      'Au-delà de la durée maximale, la convention ne peut pas être aidée plus longtemps : prévoyez une autre mesure.',
    ],
    fields: ['startsOn', 'endsOn'],
    legalRefs: (on) => [caeRef('duration', on), caeRef('renewal', on)],
  },
  CONVENTION_INCONNUE: {
    meaning:
      'L’organisme payeur ne connaît pas cette convention (il ne l’a jamais acceptée) : il refuse donc l’avenant, l’événement, la dénonciation ou le justificatif d’activité qui s’y rapporte.',
    fix: [
      'Ouvrez la convention et vérifiez son numéro.',
      'Regardez si la ligne de la convention elle-même a été rejetée dans un lot : corrigez-la d’abord.',
      'Une fois la convention acceptée, contactez l’organisme payeur pour qu’il reprenne la ligne refusée.',
    ],
    fields: [],
    legalRefs: () => [FORM('conditions générales, « Aides de l’État » (aide versée par le CNASEA)')],
  },
  JUSTIFICATIF_INCOMPLET: {
    meaning:
      'Le justificatif d’activité envoyé ne porte pas exactement les mois de sa période (un mois manque, est en double ou hors de la période) : l’organisme payeur ne peut pas vérifier l’activité du salarié.',
    fix: [
      'Ouvrez l’onglet « Activité » de la convention et la période rejetée.',
      'Saisissez chaque mois de la période (0 heure s’il n’y en a pas) et enregistrez.',
      'Le justificatif corrigé partira au prochain envoi.',
    ],
    fields: [],
    legalRefs: (on) => [caeRef('proofOfActivity', on), DOM_REFS.payments],
  },
  JUSTIFICATIF_INCOHERENT: {
    meaning:
      'Les totaux du justificatif d’activité (heures travaillées, absences, jours de suspension) ne sont pas la somme de ses mois : l’organisme payeur ne sait pas lesquels croire.',
    fix: [
      'Ouvrez l’onglet « Activité » de la convention et la période rejetée ; vérifiez chaque mois.',
      'Enregistrez les mois corrigés : l’application recalcule les totaux.',
      'Si les mois étaient justes, contactez l’organisme payeur en citant le fichier et le numéro de ligne.',
    ],
    fields: [],
    legalRefs: (on) => [caeRef('proofOfActivity', on), DOM_REFS.payments],
  },
  [PACKAGE_LINE_NOT_APPLIED]: {
    meaning:
      'Une ligne du dossier de conventions envoyé par l’agence n’a pas pu être appliquée dans cet espace de travail : la convention qu’elle porte n’y a été ni ajoutée ni mise à jour. Les autres lignes du dossier ont été appliquées.',
    fix: [
      'Lisez la raison indiquée : elle nomme la convention et ce qui bloque.',
      'Réglez le conflit ici (par exemple la convention qui porte déjà ce numéro d’ordre, ou l’employeur nommé).',
      'Demandez ensuite à l’agence un nouveau dossier de conventions et importez-le : la ligne s’appliquera.',
    ],
    fields: [],
    legalRefs: () => [],
  },
};

export interface RejectionExplanation {
  code: string;
  /** False for a code the catalogue does not know: the meaning is then the organisation's own label. */
  known: boolean;
  meaning: string;
  fix: string[];
  fields: CorrectableField[];
  legalRefs: string[];
}

const GENERIC_FIX = [
  'Lisez le motif donné par l’organisme payeur.',
  'Ouvrez la convention, vérifiez les données qu’il cite et corrigez-les (« Corriger » pour une convention ou un avenant).',
  'Si le motif reste obscur, contactez l’organisme payeur en citant le fichier et le numéro de ligne.',
];

function isKnownRejection(code: string | null | undefined): code is KnownRejectionCode {
  return typeof code === 'string' && (KNOWN_REJECTION_CODES as readonly string[]).includes(code);
}

/** The explanation of a rejection: the catalogue's, or the organisation's label with generic advice. `on`: the record's date. */
export function explainRejection(code: string | null | undefined, label: string | null | undefined, on?: string): RejectionExplanation {
  if (isKnownRejection(code)) {
    const entry = REJECTIONS[code];
    return { code, known: true, meaning: entry.meaning, fix: [...entry.fix], fields: [...entry.fields], legalRefs: entry.legalRefs(on) };
  }
  const said = label?.trim();
  return {
    code: code ?? 'INCONNU',
    known: false,
    meaning: said ? `L’organisme payeur a refusé la ligne : « ${said} ».` : 'L’organisme payeur a refusé la ligne sans en donner le motif.',
    fix: [...GENERIC_FIX],
    fields: [...CORRECTABLE_FIELDS],
    legalRefs: [],
  };
}
