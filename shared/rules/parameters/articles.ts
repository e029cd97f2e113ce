import type { Measure } from '../vocabulary';
import { ref, REFERENCE_DATA } from './sources';

/**
 * Which article a CAE finding cites depends on the date of the fact: the
 * Code du travail was recodified on 1 May 2008 (000 — nota of L5134-20,
 * loi 2008-67 art. 2 X). Before: L322-4-7 and R. 322-16 to R. 322-16-3;
 * from that day: L5134-20 and following.
 */
export const RECODIFICATION_DATE = '2008-05-01';

/**
 * The CAE aid cap: the form says only that the rate is set each year by arrêté
 * préfectoral, and L322-4-7 II leaves the aid's terms to a décret; the 95 % /
 * 105 % figures come from a regulation that is not in the sources.
 */
const AID_CAP_PARAMETER =
  'plafond de 95 % du SMIC horaire brut (105 % pour les ateliers et chantiers d’insertion) : paramètre tiré d’un texte réglementaire hors des sources';

export type CaeTopic =
  | 'employers'
  | 'contractType'
  | 'duration'
  | 'weeklyHours'
  | 'salary'
  | 'aid'
  | 'aidCap'
  | 'aidStop'
  | 'cumulation'
  | 'signature'
  | 'renewal'
  | 'renewalRequest'
  | 'reporting'
  | 'suspension'
  | 'rupture'
  | 'employeeRupture'
  | 'repayment'
  | 'denunciation'
  | 'exemption'
  | 'appeal'
  | 'proofOfActivity'
  | 'staffRepresentatives'
  | 'support';

const BEFORE: Record<CaeTopic, string> = {
  employers: ref('L322_4_7', 'art. L322-4-7 I, alinéas 1 et 5'),
  contractType: ref('L322_4_7', 'art. L322-4-7 I, alinéa 4 (« contrat de droit privé à durée déterminée »)'),
  duration: ref('L322_4_7', 'art. L322-4-7 I, alinéa 4'),
  weeklyHours: ref('L322_4_7', 'art. L322-4-7 I, alinéa 7'),
  salary: ref('L322_4_7', 'art. L322-4-7 I, alinéa 8'),
  aid: ref(
    'FORM_CAE_0515',
    'conditions générales, « Aides de l’État » (versée mensuellement par avance ; montant fixé annuellement par arrêté préfectoral, en pourcentage du SMIC horaire brut)',
  ),
  aidCap: `${ref('FORM_CAE_0515', 'conditions générales, « Aides de l’État » (montant « fixé annuellement par arrêté préfectoral », en pourcentage du SMIC horaire brut ; le formulaire ne fixe pas de plafond)')} ; ${ref('L322_4_7', 'art. L322-4-7 II, alinéa 1 (aide modulée, modalités « définies par décret en Conseil d’État »)')} ; ${AID_CAP_PARAMETER} (R. 322-16-3 selon ${REFERENCE_DATA.README})`,
  aidStop: ref(
    'FORM_CAE_0515',
    'conditions générales, « Aides de l’État » (aide « applicable pendant la période d’exécution de la convention ») ; le reversement de l’aide versée d’avance pour les jours qui suivent la rupture n’y est pas écrit : il s’en déduit',
  ),
  cumulation: ref('L322_4_7', 'art. L322-4-7 II, alinéa 5'),
  signature: ref('FORM_CAE_0515', 'conditions générales : « L’embauche ne peut avoir lieu avant la signature de la convention »'),
  renewal: ref('FORM_CAE_0515', 'conditions générales, « Nature du contrat de travail » (« renouvelée deux fois dans la limite de vingt-quatre mois »)'),
  renewalRequest: ref(
    'FORM_CAE_0515',
    'conditions générales, « Nature du contrat de travail » (renouvellement) ; demande avant la fin de la convention : aucun délai dans les sources, l’avenant de renouvellement précède la période qu’il couvre comme la convention précède l’embauche (« L’embauche ne peut avoir lieu avant la signature de la convention »)',
  ),
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
  staffRepresentatives: ref(
    'L322_4_7',
    'art. L322-4-7 II, avant-dernier alinéa (« Les institutions représentatives du personnel […] sont informées des conventions conclues. Elles sont saisies, chaque année, d’un rapport sur leur exécution »)',
  ),
  support: ref(
    'L322_4_7',
    'art. L322-4-7 I, alinéa 2 (« Les conventions fixent les modalités d’orientation et d’accompagnement professionnel […] et prévoient des actions de formation professionnelle et de validation des acquis de l’expérience »)',
  ),
};

const AFTER_LAW = ref('L5134_20', 'art. L5134-20 et suivants (recodification de L322-4-7)');
/** Where the article of the recodified code that states the rule is known, it is named (its text is not in the sources). */
const AFTER_SPECIFIC: Partial<Record<CaeTopic, string>> = {
  staffRepresentatives: ref(
    'L5134_20',
    'art. L5134-20 et suivants (recodification de L322-4-7 ; l’article qui reprend l’information et le rapport annuel aux institutions représentatives du personnel n’est pas dans les sources)',
  ),
  support: ref(
    'L5134_20',
    'art. L5134-20 1° (convention, sous-section 2) et L5134-22 (modalités d’orientation et d’accompagnement professionnel, actions de formation et de validation des acquis de l’expérience ; texte hors des sources)',
  ),
  contractType: ref('L5134_20', 'art. L5134-20 2° (contrat de travail, sous-section 3) et L5134-24 (contrat à durée déterminée ; texte hors des sources)'),
  aidCap: `${ref('L5134_20', 'art. L5134-20 3° (aide financière, sous-section 4 ; texte hors des sources)')} ; ${AID_CAP_PARAMETER} (R. 5134-30 selon ${REFERENCE_DATA.README})`,
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
  renewalRequest: ref('CAV_R5134', 'art. R. 5134-45 (demande de renouvellement adressée préalablement au renouvellement)'),
  authority: ref(
    'CAV_R5134',
    'art. R. 5134-41 (convention conclue par le président du conseil général, le maire ou le président de l’EPCI) et R. 5134-42 (conclue pour le compte de l’État par l’ANPE)',
  ),
  delegation: ref(
    'CAV_R5134',
    'art. R. 5134-41, alinéa 2 (commune ou EPCI, bénéficiaire du RMI : convention de délégation préalable avec le département) et R. 5134-43 (contenu de la convention de délégation)',
  ),
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
  beneficiaries: ref(
    'CAV_R5134',
    'art. R. 5134-49 3° (situation du salarié « au regard des allocations mentionnées à l’article L. 5134-35 ») et R. 5134-59 (contrat signé au titre de l’une de ces allocations)',
  ),
  support: ref('CAV_R5134', 'art. R. 5134-49 8° (la convention individuelle comporte « la nature et la durée des actions d’accompagnement et de formation »)'),
  annex: ref(
    'CAV_R5134',
    'art. R. 5134-50 (annexe : objectifs, programme, modalités d’organisation et d’évaluation des actions d’accompagnement et de formation ; intervention du référent)',
  ),
  cnaseaCopy: ref('CAV_R5134', 'art. R. 5134-46 (copie de la convention adressée au CNASEA par son signataire)'),
  denunciation: ref('CAV_R5134', 'art. R. 5134-51 (sept jours pour les observations)'),
  repayment: ref('CAV_R5134', 'art. R. 5134-52 (reversement en cas de dénonciation)'),
  aidPayment: ref(
    'CAV_R5134',
    'art. R. 5134-49 10° et 13° (montant et modalités de versement des aides fixés par la convention ; un versement mensuel par avance n’est écrit dans aucun texte du contrat d’avenir des sources)',
  ),
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
  eligibility: ref(
    'DECRET_2004_CAE_DOM',
    'art. 4 (R. 831-1 modifié : 3°, 4°, 6°, 7°, 8° et dernier alinéa, prolongation des durées d’inscription ; 1°, 2° et 5° non modifiés, texte hors des sources)',
  ),
  /** R. 831-1, one reference per category (décret 2004, art. 4 I to VI; 1°, 2° and 5° are not in the decree; 8° is `over50`). */
  eligibility1: ref(
    'DECRET_2004_CAE_DOM',
    'art. 4 VI (R. 831-1, dernier alinéa : durées d’inscription exigées prolongées des stages, contrats aidés, maladie, maternité, accident du travail) ; R. 831-1 1° (douze mois d’inscription sur les dix-huit précédant l’embauche) non modifié par le décret, texte hors des sources',
  ),
  eligibility2: ref(
    'DECRET_2004_CAE_DOM',
    'art. 4 (R. 831-1) ; le 2° (bénéficiaires de l’allocation de l’art. L. 351-10, allocation de solidarité spécifique) n’est pas modifié par le décret, texte hors des sources',
  ),
  eligibility3: ref('DECRET_2004_CAE_DOM', 'art. 4 I (R. 831-1 3° : bénéficiaires du RMI, leur conjoint, concubin ou partenaire lié par un PACS)'),
  eligibility4: ref(
    'DECRET_2004_CAE_DOM',
    'art. 4 II (R. 831-1 4° : travailleurs reconnus handicapés et bénéficiaires de l’obligation d’emploi mentionnés aux 2°, 3° et 4° de l’art. L. 323-3)',
  ),
  eligibility5: ref(
    'DECRET_2004_CAE_DOM',
    'art. 4 (R. 831-1) ; le 5° (jeunes de dix-huit à moins de vingt-six ans rencontrant des difficultés particulières d’accès à l’emploi) n’est pas modifié par le décret, texte hors des sources',
  ),
  eligibility6: ref(
    'DECRET_2004_CAE_DOM',
    'art. 4 III (R. 831-1 6° : bénéficiaires des conventions de l’art. L. 322-4-18 arrivant au terme de leur contrat avant le 1er janvier 2008)',
  ),
  eligibility7: ref('DECRET_2004_CAE_DOM', 'art. 4 IV (R. 831-1 7° : personnes faisant ou ayant fait l’objet d’une peine privative de liberté)'),
  jobOffer: ref('DECRET_2004_CAE_DOM', 'art. 6 (R. 831-3, offre d’emploi déposée préalablement)'),
  /** The décret says nothing of which employers may conclude; R. 831-8 only points to L. 832-2 III, outside the sources. */
  employers: ref(
    'DECRET_2004_CAE_DOM',
    'art. 10 (R. 831-8 : le nouvel employeur doit remplir « les conditions fixées par le III de l’article L. 832-2 ») ; l’article L. 832-2, qui dit quels employeurs peuvent conclure un contrat d’accès à l’emploi, n’est pas dans les sources',
  ),
  /** Hiring after the signature (and the request before the hiring): no text of the décret in the sources; the CAE's rule is applied. */
  signature: `${ref(
    'DECRET_2004_CAE_DOM',
    'art. 6 (R. 831-3 : l’offre d’emploi est déposée « préalablement à une demande de convention ») ; que l’embauche suive la demande et la signature de la convention n’est écrit dans aucun texte du contrat d’accès à l’emploi des sources : règle du CAE appliquée',
  )} (${ref('FORM_CAE_0515', 'conditions générales : « L’embauche ne peut avoir lieu avant la signature de la convention »')})`,
  /** R. 831-4 lists the convention's contents (a to k); the décret gives only b, j and k. */
  contents: ref(
    'DECRET_2004_CAE_DOM',
    'art. 7 (R. 831-4 : mentions de la convention ; le décret n’en donne que le b, le j et le k, les autres mentions ne sont pas dans les sources)',
  ),
  /** Category 8° of R. 831-1 (over 50), with its ages and registration months. */
  over50: ref(
    'DECRET_2004_CAE_DOM',
    'art. 4 V (R. 831-1, 8° : plus de cinquante ans et moins de soixante-cinq ans, inscrits comme demandeurs d’emploi au moins douze mois durant les dix-huit derniers mois, ou bénéficiaires de l’obligation d’emploi, ou au RMI et sans emploi depuis plus d’un an)',
  ),
  /** R. 831-7 I as amended: only the inserted words are in the sources, not the repayment that follows them. */
  repayment: ref(
    'DECRET_2004_CAE_DOM',
    'art. 9 (R. 831-7 I : licenciement avant la fin du 24e mois, ou du 30e avec le RMI, d’un CDI, « la convention est résiliée de plein droit et » …, sauf faute grave, force majeure ou inaptitude) ; la suite de l’alinéa, qui règle le reversement, n’est pas dans les sources',
  ),
  duration: ref('DECRET_2004_CAE_DOM', 'art. 7 III (R. 831-4 : durée du CDD ; CDI 24 mois, 30 avec le RMI)'),
  cumulation: ref('DECRET_2004_CAE_DOM', 'art. 7 III (R. 831-4 : aucune autre aide à l’emploi)'),
  supportingDocuments: ref(
    'DECRET_2004_CAE_DOM',
    'art. 7 II (R. 831-4 j) : pièces justificatives de l’aide, versée selon R. 831-5 ; k) : pièces à produire en cas de rupture anticipée)',
  ),
  payments: ref(
    'DECRET_2004_CAE_DOM',
    'art. 8 III (R. 831-5 : versements à la fin des 3e et 12e mois, puis du CDD de plus de douze mois ou du 24e mois du CDI ; 24e mois et fin du contrat, 30e mois en CDI, pour les seuls bénéficiaires du RMI)',
  ),
  rupture: ref('DECRET_2004_CAE_DOM', 'art. 9 (R. 831-7 : résiliation, sauf faute grave, force majeure, inaptitude)'),
  substitution: ref('DECRET_2004_CAE_DOM', 'art. 10 (R. 831-8 : substitution d’employeur)'),
  exemption: ref('DECRET_2004_CAE_DOM', 'art. 11 (R. 831-9 : heures rémunérées, 1/30 par jour, 24 ou 30 mois)'),
  exemptionLength: ref(
    'DECRET_2004_CAE_DOM',
    'art. 11 (R. 831-9, 3e alinéa : exonération pendant vingt-quatre mois, trente pour les bénéficiaires du RMI, compte non tenu des suspensions non rémunérées)',
  ),
  partialMonth: ref('DECRET_2004_CAE_DOM', 'art. 11 (R. 831-9, 2e alinéa : mois partiel, jours calendaires × un trentième des heures de la durée collective)'),
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

/**
 * Who may be hired on a contrat d'avenir: the law that reserves it to the
 * beneficiaries of the RMI, ASS, API or AAH (L. 5134-35) is not in the
 * sources; R. 5134-49 3° (the convention records the allowance) and
 * R. 5134-59 (the allowance the contract is signed under) presuppose it.
 * They are named as in force on `date` (cavRef).
 */
export function cavBeneficiariesRef(date: string | undefined): string {
  return `contrat d’avenir : la loi qui le réserve aux bénéficiaires du RMI, de l’ASS, de l’API ou de l’AAH (art. L. 5134-35, auquel ces articles renvoient) n’est pas dans les sources ; R. 5134-49 3° et R. 5134-59 la supposent : ${cavRef('beneficiaries', date)}`;
}

/**
 * Employers of a contrat d'avenir: the law that names them is not in the
 * sources (004 only says who concludes the convention for the public side);
 * the CAE's list is applied.
 */
export function cavEmployersRef(date: string | undefined): string {
  return `contrat d’avenir : l’article de loi qui fixe les employeurs n’est pas dans les sources ; liste du CAE appliquée : ${caeRef('employers', date)}`;
}

/**
 * The employer's seven days for observations before a dénonciation: a rule of
 * the contrat d'avenir (R. 5134-51, in force from 1 May 2008). The CAE's form
 * names the dénonciation without any period: the software gives a CAE the
 * same seven days, which the reference says.
 */
export function denunciationObservationsRef(measure: Measure | undefined, date: string | undefined): string {
  if (measure === 'CAV') return cavRef('denunciation', date);
  return `${ref('FORM_CAE_0515', 'conditions générales : « dénonciation de la convention par l’ANPE », sans délai d’observations')} ; sept jours repris du contrat d’avenir (${CAV_REFS.denunciation.slice(CAV_REFS.denunciation.indexOf(' — ') + 3)}, en vigueur au 1er mai 2008), sans texte pour cette mesure dans les sources`;
}

/**
 * Reporting a change of the weekly hours. Form CAE-0515 (conditions
 * générales, « Rupture, suspension et modifications… ») says it « doit être
 * signalée à l'ANPE et au CNASEA » and gives no delay; the software applies
 * the seven jours francs the same paragraph gives a suspension or a rupture.
 * R. 5134-61 does not name it for a contrat d'avenir: its seven jours francs
 * (for a renewal, another avenant) are applied the same way. As on `date`.
 */
export function hoursChangeReportingRef(measure: Measure | undefined, date: string | undefined): string {
  const form = ref(
    'FORM_CAE_0515',
    'conditions générales, « Rupture, suspension et modifications… » (« Toute modification de la durée hebdomadaire du travail donne lieu à modification du contrat de travail du salarié et doit être signalée à l’ANPE et au CNASEA », sans délai écrit ; sept jours francs appliqués par analogie avec la suspension et la rupture, même paragraphe)',
  );
  if (measure === 'CAV') {
    return `${cavRef('reporting', date)}, appliqué par analogie : l’article ne nomme pas le changement de durée du travail, qui est un avenant à la convention comme le renouvellement (6°) ; ${form}`;
  }
  if (date !== undefined && date < RECODIFICATION_DATE) return form;
  return `${AFTER_LAW} ; ${form}`;
}

/**
 * Two months to appeal: the CAE's form says so (« Voies de recours »); the
 * texts of the contrat d'avenir and of the CAE-DOM in the sources say nothing,
 * the period is then the general one of administrative appeals.
 */
export function appealRef(measure: Measure | undefined, date: string | undefined): string {
  if (measure === 'CAE' || measure === undefined) return caeRef('appeal', date);
  return 'délai de recours de droit commun contre une décision administrative (deux mois), sans texte pour cette mesure dans les sources';
}
