import type { Measure } from '../vocabulary';
import { ref, REFERENCE_DATA } from './sources';

/**
 * Which article a CAE finding cites depends on the date of the fact: the
 * Code du travail was recodified on 1 May 2008 (000 — nota of L5134-20,
 * loi 2008-67 art. 2 X). Before: L322-4-7 and R. 322-16 to R. 322-16-3;
 * from that day: L5134-20 and following.
 */
export const RECODIFICATION_DATE = '2008-05-01';

export type CaeTopic =
  | 'employers'
  | 'contractType'
  | 'duration'
  | 'weeklyHours'
  | 'salary'
  | 'aid'
  | 'aidCap'
  | 'cumulation'
  | 'signature'
  | 'renewal'
  | 'reporting'
  | 'suspension'
  | 'rupture'
  | 'employeeRupture'
  | 'repayment'
  | 'denunciation'
  | 'exemption'
  | 'appeal'
  | 'proofOfActivity';

const BEFORE: Record<CaeTopic, string> = {
  employers: ref('L322_4_7', 'art. L322-4-7 I, alinéas 1 et 5'),
  contractType: ref('L322_4_7', 'art. L322-4-7 I, alinéa 4 (« contrat de droit privé à durée déterminée »)'),
  duration: ref('L322_4_7', 'art. L322-4-7 I, alinéa 4 (R. 322-16)'),
  weeklyHours: ref('L322_4_7', 'art. L322-4-7 I, alinéa 7'),
  salary: ref('L322_4_7', 'art. L322-4-7 I, alinéa 8'),
  aid: ref('FORM_CAE_0515', 'conditions générales, « Aides de l’État » (R. 322-16-2)'),
  aidCap: ref('FORM_CAE_0515', 'conditions générales, « Aides de l’État » (R. 322-16-3)'),
  cumulation: ref('L322_4_7', 'art. L322-4-7 II, alinéa 5'),
  signature: ref('FORM_CAE_0515', 'conditions générales (R. 322-16) : « L’embauche ne peut avoir lieu avant la signature »'),
  renewal: ref('FORM_CAE_0515', 'conditions générales, « Nature du contrat de travail » (R. 322-16)'),
  reporting: ref('FORM_CAE_0515', 'conditions générales, « Rupture, suspension… » (sept jours francs)'),
  suspension: ref('FORM_CAE_0515', 'conditions générales, suspension sans maintien de la rémunération'),
  rupture: ref('L322_4_7', 'art. L322-4-7 II, dernier alinéa (R. 322-16-1 II)'),
  employeeRupture: ref(
    'L322_4_7',
    'art. L322-4-7 II, dernier alinéa (rupture avant le terme à l’initiative du salarié : CDD d’au moins six mois, CDI ou formation qualifiante)',
  ),
  repayment: ref('FORM_CAE_0515', 'conditions générales, reversement (R. 322-16-1 II)'),
  denunciation: ref('FORM_CAE_0515', 'conditions générales : « Le reversement de ces sommes s’effectue également en cas de dénonciation de la convention »'),
  exemption: ref('FORM_CAE_0515', 'conditions générales, « Exonération de cotisations »'),
  appeal: ref('FORM_CAE_0515', 'conditions générales, « Voies de recours » (deux mois)'),
  proofOfActivity: ref('FORM_CAE_0515', 'conditions générales, « Aides de l’État » (justificatifs trimestriels)'),
};

const AFTER_LAW = ref('L5134_20', 'art. L5134-20 et suivants (recodification de L322-4-7)');
/** Where the article of the recodified code that states the rule is known, it is named (its text is not in the sources). */
const AFTER_SPECIFIC: Partial<Record<CaeTopic, string>> = {
  contractType: ref('L5134_20', 'art. L5134-20 2° (contrat de travail, sous-section 3) et L5134-24 (contrat à durée déterminée ; texte hors des sources)'),
};

export function caeRef(topic: CaeTopic, date: string | undefined): string {
  const before = BEFORE[topic];
  if (date !== undefined && date < RECODIFICATION_DATE) return before;
  // After 1 May 2008 the same rule lives in L5134-20 and following; the older
  // text is named beside it because it spells the rule out.
  return `${AFTER_SPECIFIC[topic] ?? AFTER_LAW} ; anciennement ${before}`;
}

/** Contrat d'avenir, R. 5134-x in force 1 May 2008 (004). Article numbers as cross-referenced in that text. */
export const CAV_REFS = {
  request: ref('CAV_R5134', 'art. R. 5134-44 (demande préalable à l’embauche, effet à la date d’embauche)'),
  renewalRequest: ref('CAV_R5134', 'art. R. 5134-45 (demande de renouvellement)'),
  contractType: ref(
    'CAV_R5134',
    'art. R. 5134-49 6° (date d’embauche et terme du contrat) et R. 5134-61 (rupture anticipée) : contrat à durée déterminée (l’article de loi qui le dit n’est pas dans les sources)',
  ),
  duration: ref('CAV_R5134', 'art. R. 5134-47 (deux ans ; 6 à 24 mois par le préfet ; 3 mois avec aménagement de peine)'),
  totalDuration: ref('CAV_R5134', 'art. R. 5134-48 (36 mois ; 5 ans après 50 ans ou travailleur handicapé)'),
  renewalLimit: ref(
    'CAV_R5134',
    'art. R. 5134-48, alinéa 2 (plus de cinquante ans ou travailleur handicapé : renouvellements dans la limite de trente-six mois, durée totale de cinq ans au plus)',
  ),
  contents: ref('CAV_R5134', 'art. R. 5134-49 (mentions 1° à 15° de la convention individuelle)'),
  denunciation: ref('CAV_R5134', 'art. R. 5134-51 (sept jours pour les observations)'),
  repayment: ref('CAV_R5134', 'art. R. 5134-52 (reversement en cas de dénonciation)'),
  allowancePriority: ref('CAV_R5134', 'art. R. 5134-59 (priorité ASS > AAH > API > RMI)'),
  variableHours: ref('CAV_R5134', 'art. R. 5134-60 (modulation, quinze jours ouvrés de prévenance)'),
  reporting: ref('CAV_R5134', 'art. R. 5134-61 (sept jours francs)'),
  employeeRupture: ref(
    'CAV_R5134',
    'art. R. 5134-61 1° à 3° (rupture à l’initiative du salarié : période d’essai, faute grave, force majeure, CDD de plus de six mois, CDI ou formation qualifiante ; les articles L. 5134-48 à L. 5134-50 auxquels il renvoie ne sont pas dans les sources)',
  ),
  aidStop: ref('CAV_R5134', 'art. R. 5134-63 (aides interrompues, sauf rémunération maintenue)'),
} as const;

/**
 * A contrat d'avenir article for a fact of `date`: the R. 5134-x articles
 * (004) are in force from 1 May 2008; a fact before fell under the former
 * numbering of the code, whose text is not in the sources: the reference says
 * so and names the article that took the rule over.
 */
export function cavRef(key: keyof typeof CAV_REFS, date: string | undefined): string {
  const inForce = CAV_REFS[key];
  if (date === undefined || date >= RECODIFICATION_DATE) return inForce;
  const article = inForce.slice(inForce.indexOf(' — ') + 3);
  return ref(
    'CAV_R5134',
    `avant le 1er mai 2008, disposition de l’ancienne numérotation du code du travail (texte hors des sources), reprise au 1er mai 2008 par l’${article}`,
  );
}

/** Contrat d'accès à l'emploi, décret du 21 mars 2004 (003). */
export const DOM_REFS = {
  eligibility: ref('DECRET_2004_CAE_DOM', 'art. 4 (R. 831-1, 3°, 4°, 7° et 8°, prolongation des durées d’inscription)'),
  jobOffer: ref('DECRET_2004_CAE_DOM', 'art. 6 (R. 831-3, offre d’emploi déposée préalablement)'),
  duration: ref('DECRET_2004_CAE_DOM', 'art. 7 III (R. 831-4 : durée du CDD ; CDI 24 mois, 30 avec le RMI)'),
  cumulation: ref('DECRET_2004_CAE_DOM', 'art. 7 III (R. 831-4 : aucune autre aide à l’emploi)'),
  payments: ref(
    'DECRET_2004_CAE_DOM',
    'art. 8 III (R. 831-5 : versements à la fin des 3e et 12e mois, puis du CDD de plus de douze mois ou du 24e mois du CDI ; 24e mois et fin du contrat, 30e mois en CDI, pour les seuls bénéficiaires du RMI)',
  ),
  rupture: ref('DECRET_2004_CAE_DOM', 'art. 9 (R. 831-7 : résiliation, sauf faute grave, force majeure, inaptitude)'),
  substitution: ref('DECRET_2004_CAE_DOM', 'art. 10 (R. 831-8 : substitution d’employeur)'),
  exemption: ref('DECRET_2004_CAE_DOM', 'art. 11 (R. 831-9 : heures rémunérées, 1/30 par jour, 24 ou 30 mois)'),
} as const;

const GENERAL_SMIC = 'salaire minimum de croissance (règle générale du Code du travail, sans texte dans les sources)';

/**
 * Pay at least SMIC hourly × weekly hours × 52 / 12. Only the CAE's text is in
 * the sources (L322-4-7 I al. 8, then L5134-20 and following); for the
 * contrat d'avenir and the CAE-DOM the rule is the general SMIC, whose text is
 * not in the sources, and R. 5134-60 only says which hours count for the pay.
 * The SMIC values and 52/12 are reference data.
 */
export function minimumPayRef(measure: Measure | undefined, date: string | undefined): string {
  const data = `SMIC : ${REFERENCE_DATA.SMIC} ; 52/12 : ${REFERENCE_DATA.README}`;
  if (measure === 'CAV' && date !== undefined && date >= RECODIFICATION_DATE) {
    return `${GENERAL_SMIC} ; heures retenues : ${ref('CAV_R5134', 'art. R. 5134-60 (rémunération calculée sur la durée du contrat de travail)')} ; ${data}`;
  }
  if (measure === 'CAV' || measure === 'CAE_DOM') return `${GENERAL_SMIC} ; ${data}`;
  return `${caeRef('salary', date)} ; ${data}`;
}
