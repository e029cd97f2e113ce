import { defineParameter, type DatedParameter } from './dated';
import { caeRef, type CaeTopic, CAV_REFS, cavRef, DOM_REFS, RECODIFICATION_DATE } from './articles';
import { ref } from './sources';

/**
 * The figures of each measure, as dated parameters with their reference.
 * Each applies from the first day the measure's text was in force in our
 * sources (the 2005 cohésion sociale law for the CAE and the contrat d'avenir,
 * the first day of the month after publication for the 2004 décret).
 */
const CAE_FROM = '2005-01-20';
const CAE_2008 = RECODIFICATION_DATE;
const CAV_FROM = '2005-01-20';
/** The décret of 21 March 2004 (003) is in force from 1 April 2004 (its art. 12 II). */
export const DOM_FROM = '2004-04-01';

const p = <T>(name: string, description: string, values: { from: string; value: T; legalRef: string }[]): DatedParameter<T> =>
  defineParameter(name, description, values);

/**
 * A CAE figure: before 1 May 2008 the text that states it (L322-4-7 or the
 * form CAE-0515), from that day L5134-20 and following, with the former text
 * that spells the rule out (caeRef).
 */
const cae = <T>(topic: CaeTopic, value: T): { from: string; value: T; legalRef: string }[] => [
  { from: CAE_FROM, value, legalRef: caeRef(topic, CAE_FROM) },
  { from: CAE_2008, value, legalRef: caeRef(topic, CAE_2008) },
];

/**
 * A contrat d'avenir figure: its R. 5134-x article is in force from 1 May
 * 2008; before, the reference says the text of the time is outside the sources
 * and names the article that took the rule over (cavRef).
 */
const cav = <T>(key: keyof typeof CAV_REFS, value: T): { from: string; value: T; legalRef: string }[] => [
  { from: CAV_FROM, value, legalRef: cavRef(key, CAV_FROM) },
  { from: RECODIFICATION_DATE, value, legalRef: CAV_REFS[key] },
];

export const CAE = {
  minMonths: p('cae.duree_min_mois', 'Durée minimale du contrat (mois)', cae('duration', 6)),
  minMonthsSentenceAdjustment: p('cae.duree_min_mois_amenagement_peine', 'Durée minimale avec aménagement de peine (mois)', cae('duration', 3)),
  maxTotalMonths: p('cae.duree_totale_max_mois', 'Durée totale maximale, renouvellements compris (mois)', cae('renewal', 24)),
  maxRenewals: p('cae.renouvellements_max', 'Nombre maximal de renouvellements', cae('renewal', 2)),
  minWeeklyHours: p('cae.duree_hebdo_min', 'Durée hebdomadaire minimale (heures)', cae('weeklyHours', 20)),
  /**
   * Basis points of SMIC hourly (9500 = 95 %). The form says only that the
   * rate is set by arrêté préfectoral: the cap is a parameter from a text
   * outside the sources (R. 322-16-3 then R. 5134-30 per reference/README.md).
   */
  aidCapBp: p('cae.taux_aide_max', 'Plafond de l’aide (% du SMIC horaire brut)', cae('aidCap', 9500)),
  aidCapInsertionWorkshopBp: p('cae.taux_aide_max_aci', 'Plafond de l’aide pour les ateliers et chantiers d’insertion', cae('aidCap', 10500)),
  reportingJoursFrancs: p('cae.delai_signalement_jours_francs', 'Délai pour signaler une suspension ou une rupture', cae('reporting', 7)),
  proofOfActivityMonths: p('cae.justificatifs_periodicite_mois', 'Périodicité des justificatifs d’activité (mois)', cae('proofOfActivity', 3)),
  appealMonths: p('cae.delai_recours_mois', 'Délai de recours (mois)', cae('appeal', 2)),
};

/**
 * The highest aid rate a text allows, of any measure and date (the CAE cap of
 * the ateliers et chantiers d'insertion, 105 %): the bound of a stored rate.
 */
export const MAX_AID_RATE_BP = Math.max(...CAE.aidCapInsertionWorkshopBp.values.map((v) => v.value));

export const CAV = {
  standardMonths: p('cav.duree_mois', 'Durée de la convention (mois)', cav('duration', 24)),
  minMonthsByPrefect: p('cav.duree_min_prefet_mois', 'Durée minimale sur décision du préfet (mois)', cav('duration', 6)),
  minMonthsSentenceAdjustment: p('cav.duree_min_amenagement_peine_mois', 'Durée minimale avec aménagement de peine (mois)', cav('duration', 3)),
  maxTotalMonths: p('cav.duree_totale_max_mois', 'Durée totale maximale (mois)', cav('totalDuration', 36)),
  maxTotalMonthsOver50OrDisabled: p(
    'cav.duree_totale_max_mois_50_ans_th',
    'Durée totale maximale après 50 ans ou travailleur handicapé',
    cav('renewalLimit', 60),
  ),
  /** R. 5134-48 al. 2: « la limite de renouvellement peut être de trente-six mois » (renewals together, from the end of the initial convention). */
  maxRenewalMonthsOver50OrDisabled: p(
    'cav.duree_renouvellements_max_mois_50_ans_th',
    'Durée maximale des renouvellements après 50 ans ou travailleur handicapé (mois)',
    cav('renewalLimit', 36),
  ),
  ageForLongerTotal: p('cav.age_duree_longue', 'Âge au-delà duquel la durée totale peut atteindre 5 ans', cav('renewalLimit', 50)),
  reportingJoursFrancs: p('cav.delai_signalement_jours_francs', 'Délai pour signaler renouvellement, suspension, rupture', cav('reporting', 7)),
  observationDays: p('cav.delai_observations_jours', 'Délai d’observations avant dénonciation (jours)', cav('denunciation', 7)),
  hoursProgrammeNoticeWorkingDays: p('cav.prevenance_programme_jours_ouvres', 'Prévenance du programme de modulation (jours ouvrés)', cav('variableHours', 15)),
  /** R. 5134-60: the weekly hours vary « dans la limite d'un tiers » of the contract's duration, up or down. */
  variableHoursShareDivisor: p(
    'cav.modulation_limite_diviseur',
    'Limite de la modulation des heures (fraction de la durée du contrat : 1 / N)',
    cav('variableHours', 3),
  ),
};

export const CAE_DOM = {
  cdiMonths: p('cae_dom.duree_cdi_mois', 'Durée de la convention pour un CDI (mois)', [{ from: DOM_FROM, value: 24, legalRef: DOM_REFS.duration }]),
  cdiMonthsRmi: p('cae_dom.duree_cdi_mois_rmi', 'Durée de la convention pour un CDI, bénéficiaire du RMI (mois)', [
    { from: DOM_FROM, value: 30, legalRef: DOM_REFS.duration },
  ]),
  /**
   * Ends of months at which the aid is paid, before the contract's end (R. 831-5,
   * 3rd paragraph): months 3 and 12, then the end of a CDD of more than twelve
   * months or of month 24 of a CDI (its term).
   */
  paymentMonths: p('cae_dom.mois_de_versement', 'Fins de mois de versement de l’aide', [
    { from: DOM_FROM, value: [3, 12] as readonly number[], legalRef: DOM_REFS.payments },
  ]),
  /** R. 831-5, 4th paragraph: for RMI beneficiaries only, also month 24 (CDI of 30 months, CDD of more than 24 months). */
  paymentMonthsRmi: p('cae_dom.mois_de_versement_rmi', 'Fins de mois de versement de l’aide, bénéficiaire du RMI', [
    { from: DOM_FROM, value: [3, 12, 24] as readonly number[], legalRef: DOM_REFS.payments },
  ]),
  minAge: p('cae_dom.age_min_8', 'Âge minimal, catégorie 8° (plus de…)', [{ from: DOM_FROM, value: 50, legalRef: DOM_REFS.over50 }]),
  maxAge: p('cae_dom.age_max_8', 'Âge maximal, catégorie 8° (moins de…)', [{ from: DOM_FROM, value: 65, legalRef: DOM_REFS.over50 }]),
  registrationMonths: p('cae_dom.inscription_mois', 'Mois d’inscription exigés, catégorie 8°', [{ from: DOM_FROM, value: 12, legalRef: DOM_REFS.over50 }]),
  registrationWindowMonths: p('cae_dom.inscription_fenetre_mois', 'Période de référence de l’inscription (mois)', [
    { from: DOM_FROM, value: 18, legalRef: DOM_REFS.over50 },
  ]),
  rmiJoblessMonths: p('cae_dom.rmi_sans_emploi_mois', 'Durée sans emploi exigée des bénéficiaires du RMI, catégorie 8° (mois)', [
    { from: DOM_FROM, value: 12, legalRef: DOM_REFS.over50 },
  ]),
  /** R. 831-1 5° (not amended by the decree, text outside the sources): « de dix-huit à moins de vingt-six ans ». */
  youngMinAge: p('cae_dom.age_min_5', 'Âge minimal, catégorie 5°', [{ from: DOM_FROM, value: 18, legalRef: DOM_REFS.eligibility5 }]),
  youngMaxAge: p('cae_dom.age_max_5', 'Âge maximal (exclu), catégorie 5°', [{ from: DOM_FROM, value: 26, legalRef: DOM_REFS.eligibility5 }]),
  /** R. 831-1 6°: the emploi-jeune contract ends before this day. */
  youthJobEndBefore: p('cae_dom.emploi_jeune_terme_avant', 'Terme du contrat emploi-jeune avant le, catégorie 6°', [
    { from: DOM_FROM, value: '2008-01-01', legalRef: DOM_REFS.eligibility6 },
  ]),
  exemptionMonths: p('cae_dom.exoneration_mois', 'Durée de l’exonération (mois)', [{ from: DOM_FROM, value: 24, legalRef: DOM_REFS.exemptionLength }]),
  exemptionMonthsRmi: p('cae_dom.exoneration_mois_rmi', 'Durée de l’exonération, bénéficiaire du RMI (mois)', [
    { from: DOM_FROM, value: 30, legalRef: DOM_REFS.exemptionLength },
  ]),
  /** R. 831-9: a partial month counts calendar days × 1/30 of the monthly hours. */
  partialMonthDivisor: p('cae_dom.diviseur_mois_partiel', 'Diviseur des mois partiels (jours)', [
    { from: DOM_FROM, value: 30, legalRef: DOM_REFS.partialMonth },
  ]),
};

/** Figures shared by all measures. */
export const COMMON = {
  /** reference/README.md: weekly × 52 / 12 (35 h → 151.67 h). */
  weeksPerYear: p('commun.semaines_par_an', 'Semaines par an (heures mensuelles = hebdo × 52 / 12)', [
    { from: '2000-01-01', value: 52, legalRef: 'reference/README.md (heures mensuelles = hebdomadaires × 52 / 12)' },
  ]),
  /**
   * The texts say the exempted contributions fall due "à la première date
   * d'exigibilité des cotisations qui suit" the rupture; the collectors' monthly
   * due date is not in the sources: the 15th of the following month is our
   * configurable assumption.
   */
  contributionDueDay: p('commun.jour_exigibilite_cotisations', 'Jour d’exigibilité des cotisations (mois suivant)', [
    {
      from: '2000-01-01',
      value: 15,
      legalRef: `${ref('FORM_CAE_0515', 'conditions générales, reversement')} ; jour du mois : hypothèse à confirmer avec l’URSSAF`,
    },
  ]),
};
