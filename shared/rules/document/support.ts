/**
 * Form CAE-0515, block « Les actions d'accompagnement et de formation prévues
 * par l'employeur » (002): each question of the form with its choices as
 * closed codes, plus the two contents the contrat d'avenir adds (R. 5134-49
 * 8° durée, 9° référent, free text).
 *
 * Before the choices were closed, the block accepted any value (the nature of
 * the training was a list of free words, the other questions were not
 * declared). Such a document must still parse and show what it says, so the
 * schema reads a block first (`readSupport`): a value the form offers, written
 * as its code or in the form's words, becomes the code; any other value is
 * taken out of its question and kept, word for word, in `legacyEntries`
 * (« ancienne saisie », printed and shown as such). An organisation named
 * without the form's yes/no reads « oui », as the former form printed it.
 */
import { z } from 'zod';
import { EDUCATION_LEVELS } from '../vocabulary';

/** « Nature de la formation » (boxes, several may be ticked). */
export const TRAINING_NATURES = ['ADAPTATION', 'REFRESHER', 'NEW_SKILLS'] as const;
export type TrainingNature = (typeof TRAINING_NATURES)[number];
/** « Type de formation : interne / externe ». */
export const TRAINING_TYPES = ['INTERNAL', 'EXTERNAL'] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];
/** « Modalités de formation et d'accompagnement » (one box). */
export const SUPPORT_TIMINGS = ['OUTSIDE_WORK', 'DURING_WORK', 'BOTH'] as const;
export type SupportTiming = (typeof SUPPORT_TIMINGS)[number];

/** The form's words for each choice. */
export const TRAINING_NATURE_LABELS: Record<TrainingNature, string> = {
  ADAPTATION: 'Adaptation au poste',
  REFRESHER: 'Remise à niveau',
  NEW_SKILLS: 'Acquisition de nouvelles compétences',
};
export const TRAINING_TYPE_LABELS: Record<TrainingType, string> = { INTERNAL: 'interne', EXTERNAL: 'externe' };
export const SUPPORT_TIMING_LABELS: Record<SupportTiming, string> = {
  OUTSIDE_WORK: 'Hors du temps de travail',
  DURING_WORK: 'Pendant le temps de travail',
  BOTH: 'Pendant et hors temps de travail',
};

/** Each field's question in the form's words, in the form's order. */
export const SUPPORT_QUESTIONS = {
  trainingPlanned: 'Formation programmée',
  trainingNature: 'Nature de la formation',
  targetEducationLevel: 'Si oui, niveau de formation visé (tableau 2)',
  trainingType: 'Type de formation',
  tutor: 'Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur',
  externalEmploymentSupportPlanned: 'Accompagnement vers l’emploi confié à un organisme extérieur',
  externalEmploymentSupport: 'Dénomination de l’organisme chargé de l’accompagnement vers l’emploi',
  externalSocialSupportPlanned: 'Accompagnement social confié à un organisme extérieur',
  externalSocialSupport: 'Dénomination de l’organisme chargé de l’accompagnement social',
  timing: 'Modalités de formation et d’accompagnement',
  vae: 'Validation des acquis de l’expérience',
  vaeProcedure: 'Procédure de validation',
  actionsDuration: 'Durée des actions d’accompagnement et de formation',
  referent: 'Personne ou organisme chargé du placement ou de l’insertion',
} as const;
type Question = keyof typeof SUPPORT_QUESTIONS;

const text = z.string({ error: 'texte attendu' });
const bool = z.boolean({ error: 'oui/non attendu (true ou false)' });
const opt = <T extends z.ZodType>(t: T) => t.nullish();
const choice = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.enum(codes, { error: 'choix non reconnu : choisissez dans la liste du formulaire' });

const supportFields = z.looseObject({
  trainingPlanned: opt(bool),
  trainingNature: opt(z.array(choice(TRAINING_NATURES))),
  targetEducationLevel: opt(choice(EDUCATION_LEVELS)),
  trainingType: opt(choice(TRAINING_TYPES)),
  tutor: opt(bool),
  externalEmploymentSupportPlanned: opt(bool),
  externalEmploymentSupport: opt(text),
  externalSocialSupportPlanned: opt(bool),
  externalSocialSupport: opt(text),
  timing: opt(choice(SUPPORT_TIMINGS)),
  vae: opt(bool),
  vaeProcedure: opt(text),
  /** Contrat d'avenir, R. 5134-49 8°. */
  actionsDuration: opt(text),
  /** Contrat d'avenir, R. 5134-49 9°. */
  referent: opt(text),
  /** Values written before the choices were closed, as « question : value » (never written by the form). */
  legacyEntries: opt(z.array(text)),
});

export type Support = z.infer<typeof supportFields>;

type Kind = 'yesNo' | 'text' | 'natures' | readonly [codes: readonly string[], labels: Readonly<Record<string, string>>];
const KINDS: Record<Question, Kind> = {
  trainingPlanned: 'yesNo',
  trainingNature: 'natures',
  targetEducationLevel: [EDUCATION_LEVELS, {}],
  trainingType: [TRAINING_TYPES, TRAINING_TYPE_LABELS],
  tutor: 'yesNo',
  externalEmploymentSupportPlanned: 'yesNo',
  externalEmploymentSupport: 'text',
  externalSocialSupportPlanned: 'yesNo',
  externalSocialSupport: 'text',
  timing: [SUPPORT_TIMINGS, SUPPORT_TIMING_LABELS],
  vae: 'yesNo',
  vaeProcedure: 'text',
  actionsDuration: 'text',
  referent: 'text',
};

const words = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function describe(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** A code of `codes`, from the code itself or the form's words for it (any case, accents or not). */
function choiceOf(v: unknown, codes: readonly string[], labels: Readonly<Record<string, string>>): string | undefined {
  if (typeof v === 'number') v = String(v);
  if (typeof v !== 'string') return undefined;
  if (codes.includes(v)) return v;
  const w = words(v);
  return codes.find((c) => words(c) === w || (labels[c] !== undefined && words(labels[c]) === w));
}

function yesNoOf(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return undefined;
  const w = words(v);
  return w === 'oui' || w === 'true' ? true : w === 'non' || w === 'false' ? false : undefined;
}

/**
 * The block as the schema reads it (see the file comment): pure and
 * idempotent; anything but an object is returned as it is (the schema
 * judges it). Extra fields are kept.
 */
function readSupport(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const src = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { ...src };
  const prior = src.legacyEntries;
  const legacy: string[] = Array.isArray(prior) ? prior.filter((e) => !blank(e)).map(describe) : blank(prior) ? [] : [describe(prior)];
  const putAside = (q: Question, v: unknown) => legacy.push(`${SUPPORT_QUESTIONS[q]} : ${describe(v)}`);
  for (const [q, kind] of Object.entries(KINDS) as [Question, Kind][]) {
    const v = src[q];
    if (v === undefined || v === null) continue;
    if (kind === 'text') {
      if (typeof v !== 'string') out[q] = describe(v);
    } else if (kind === 'yesNo') {
      const b = yesNoOf(v);
      if (b !== undefined) out[q] = b;
      else {
        delete out[q];
        if (!blank(v)) putAside(q, v);
      }
    } else if (kind === 'natures') {
      const natures: string[] = [];
      for (const n of Array.isArray(v) ? v : [v]) {
        const code = choiceOf(n, TRAINING_NATURES, TRAINING_NATURE_LABELS);
        if (code !== undefined) {
          if (!natures.includes(code)) natures.push(code);
        } else if (!blank(n)) putAside(q, n);
      }
      out[q] = natures;
    } else {
      const code = choiceOf(v, kind[0], kind[1]);
      if (code !== undefined) out[q] = code;
      else {
        delete out[q];
        if (!blank(v)) putAside(q, v);
      }
    }
  }
  const named = (q: Question) => typeof out[q] === 'string' && !blank(out[q]);
  if (blank(out.externalEmploymentSupportPlanned) && named('externalEmploymentSupport')) out.externalEmploymentSupportPlanned = true;
  if (blank(out.externalSocialSupportPlanned) && named('externalSocialSupport')) out.externalSocialSupportPlanned = true;
  if (legacy.length > 0) out.legacyEntries = legacy;
  else if (prior !== undefined && prior !== null && !Array.isArray(prior)) delete out.legacyEntries;
  return out;
}

/** `support` of a `cae.convention/1` document: read as above, then checked. */
export const supportSchema = z.preprocess(readSupport, supportFields);

/** The block of a document, read as the schema reads it (a form being typed may hold an old value): {} when absent. */
export function supportOf(raw: unknown): Support {
  const read = readSupport(raw);
  return read !== null && typeof read === 'object' && !Array.isArray(read) ? (read as Support) : {};
}
