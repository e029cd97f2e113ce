/**
 * The documents the employer sends with a reported fact. R. 5134-61 lists
 * them for the contrat d'avenir (1° to 6°); form CAE-0515 asks for the same
 * facts to be reported within 7 jours francs without listing documents, so
 * the same list is asked for a CAE and a CAE-DOM (the texts are silent).
 * A change of the weekly hours: the two avenants (contract and convention).
 */
import type { Measure } from '../../../shared/rules/vocabulary';
import { RECODIFICATION_DATE, SOURCES } from '../../../shared/rules/index';

export interface ChecklistItem {
  document: string;
  legalRef: string;
}

/** R. 5134-61 is in force from 1 May 2008; for a fact before, the text of the time is outside the sources (as cavRef says). */
const r61 = (item: string, on: string) =>
  on >= RECODIFICATION_DATE
    ? `${SOURCES.CAV_R5134} — art. R. 5134-61 ${item}`
    : `${SOURCES.CAV_R5134} — avant le 1er mai 2008, disposition de l’ancienne numérotation du code du travail (texte hors des sources), reprise au 1er mai 2008 par l’art. R. 5134-61 ${item}`;
const FORM = `${SOURCES.FORM_CAE_0515} — conditions générales, « Rupture, suspension… » (sept jours francs)`;

/**
 * A change of the weekly hours (no list of documents in the texts): the
 * amended work contract, which the form says the change gives rise to, and the
 * avenant to the convention, as R. 5134-61 6° asks for a renewal's avenant.
 */
const HOURS_CONTRACT = `${SOURCES.FORM_CAE_0515} — conditions générales, « Rupture, suspension et modifications… » (« Toute modification de la durée hebdomadaire du travail donne lieu à modification du contrat de travail du salarié »)`;
const HOURS_AVENANT = `${SOURCES.FORM_CAE_0515} — conditions générales (« L’augmentation de la durée hebdomadaire du travail donne lieu à la conclusion d’un avenant à la convention » ; « La réduction … donne systématiquement lieu à un avenant »)`;

function ref(measure: Measure, item: string, on: string): string {
  return measure === 'CAV' ? r61(item, on) : `${r61(item, on)}, appliqué par analogie ; ${FORM}`;
}

const MEDICAL = new Set(['ILLNESS', 'WORK_ACCIDENT', 'MATERNITY', 'PATERNITY', 'ADOPTION']);
const JOB_OR_TRAINING = new Set(['NEW_CDI', 'NEW_CDD_6M', 'QUALIFYING_TRAINING']);

export type ChecklistFact =
  | { kind: 'SUSPENSION'; reason: string | null | undefined }
  | { kind: 'TRIAL_PERIOD_ELSEWHERE' }
  | { kind: 'RUPTURE'; reason: string | null | undefined }
  | { kind: 'RENEWAL' }
  | { kind: 'HOURS_CHANGE' };

/** The documents to send for `fact`, dated `on` (the fact's day, or the renewal's first day): its article is the one in force that day. */
export function requiredDocuments(measure: Measure, fact: ChecklistFact, on: string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = (document: string, item: string) => items.push({ document, legalRef: ref(measure, item, on) });
  switch (fact.kind) {
    case 'RUPTURE':
      add('Copie de la lettre de rupture, indiquant si la rupture a lieu pendant la période d’essai', '1°');
      if (fact.reason === 'GROSS_MISCONDUCT' || fact.reason === 'FORCE_MAJEURE') {
        add('Copie de la lettre constatant la rupture immédiate du contrat (faute grave ou force majeure)', '2°');
      }
      if (fact.reason && JOB_OR_TRAINING.has(fact.reason)) {
        add('Justificatif de l’embauche en CDI ou en CDD de plus de six mois, ou de l’inscription à la formation qualifiante', '3°');
      }
      break;
    case 'TRIAL_PERIOD_ELSEWHERE':
      add('Copie du contrat de travail conclu avec l’autre employeur (période d’essai)', '4°');
      break;
    case 'SUSPENSION':
      if (fact.reason === 'TRIAL_PERIOD_ELSEWHERE') add('Copie du contrat de travail conclu avec l’autre employeur (période d’essai)', '4°');
      else if (fact.reason && MEDICAL.has(fact.reason)) {
        add('Copie des justificatifs de la situation du salarié (arrêt médical, accident du travail, congé de maternité, de paternité ou d’adoption)', '5°');
      }
      break;
    case 'RENEWAL':
      add('Copie de l’avenant de renouvellement à la convention', '6°');
      break;
    case 'HOURS_CHANGE':
      items.push({
        document: 'Copie de l’avenant au contrat de travail fixant la nouvelle durée hebdomadaire du travail',
        legalRef: measure === 'CAV' ? `${HOURS_CONTRACT}, appliqué par analogie` : HOURS_CONTRACT,
      });
      items.push({
        document: 'Copie de l’avenant à la convention fixant la nouvelle durée du travail',
        legalRef: `${r61('6°', on)} (avenant de renouvellement), appliqué par analogie ; ${HOURS_AVENANT}`,
      });
      break;
  }
  return items;
}
