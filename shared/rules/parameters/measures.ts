import { defineParameter, type DatedParameter } from './dated';
import { CAV_REFS, DOM_REFS } from './articles';
import { ref } from './sources';

/**
 * The figures of each measure, as dated parameters with their reference.
 * Each applies from the first day the measure's text was in force in our
 * sources (the 2005 cohésion sociale law for the CAE and the contrat d'avenir,
 * the first day of the month after publication for the 2004 décret).
 */
const CAE_FROM = '2005-01-20';
const CAE_2008 = '2008-05-01';
const CAV_FROM = '2005-01-20';
const DOM_FROM = '2004-04-01';

const p = <T>(name: string, description: string, values: { from: string; value: T; legalRef: string }[]): DatedParameter<T> =>
  defineParameter(name, description, values);

const caeLaw = ref('L322_4_7', 'art. L322-4-7 I');
const caeLaw2008 = ref('L5134_20', 'art. L5134-20 et suivants');
const form = (section: string) => ref('FORM_CAE_0515', `conditions générales, ${section}`);

export const CAE = {
  minMonths: p('cae.duree_min_mois', 'Durée minimale du contrat (mois)', [
    { from: CAE_FROM, value: 6, legalRef: `${caeLaw}, alinéa 4` },
    { from: CAE_2008, value: 6, legalRef: caeLaw2008 },
  ]),
  minMonthsSentenceAdjustment: p('cae.duree_min_mois_amenagement_peine', 'Durée minimale avec aménagement de peine (mois)', [
    { from: CAE_FROM, value: 3, legalRef: `${caeLaw}, alinéa 4` },
    { from: CAE_2008, value: 3, legalRef: caeLaw2008 },
  ]),
  maxTotalMonths: p('cae.duree_totale_max_mois', 'Durée totale maximale, renouvellements compris (mois)', [
    { from: CAE_FROM, value: 24, legalRef: form('« Nature du contrat de travail »') },
  ]),
  maxRenewals: p('cae.renouvellements_max', 'Nombre maximal de renouvellements', [
    { from: CAE_FROM, value: 2, legalRef: form('« Nature du contrat de travail »') },
  ]),
  minWeeklyHours: p('cae.duree_hebdo_min', 'Durée hebdomadaire minimale (heures)', [
    { from: CAE_FROM, value: 20, legalRef: `${caeLaw}, alinéa 7` },
    { from: CAE_2008, value: 20, legalRef: caeLaw2008 },
  ]),
  /** Basis points of SMIC hourly (9500 = 95 %). reference/README.md: R. 322-16-3 then R. 5134-30. */
  aidCapBp: p('cae.taux_aide_max', 'Plafond de l’aide (% du SMIC horaire brut)', [
    { from: CAE_FROM, value: 9500, legalRef: `${form('« Aides de l’État »')} ; R. 322-16-3 (reference/README.md)` },
    { from: CAE_2008, value: 9500, legalRef: `${caeLaw2008} ; R. 5134-30 (reference/README.md)` },
  ]),
  aidCapInsertionWorkshopBp: p('cae.taux_aide_max_aci', 'Plafond de l’aide pour les ateliers et chantiers d’insertion', [
    { from: CAE_FROM, value: 10500, legalRef: `${form('« Aides de l’État »')} ; R. 322-16-3 (reference/README.md)` },
    { from: CAE_2008, value: 10500, legalRef: `${caeLaw2008} ; R. 5134-30 (reference/README.md)` },
  ]),
  reportingJoursFrancs: p('cae.delai_signalement_jours_francs', 'Délai pour signaler une suspension ou une rupture', [
    { from: CAE_FROM, value: 7, legalRef: form('« Rupture, suspension… »') },
  ]),
  proofOfActivityMonths: p('cae.justificatifs_periodicite_mois', 'Périodicité des justificatifs d’activité (mois)', [
    { from: CAE_FROM, value: 3, legalRef: form('« Aides de l’État »') },
  ]),
  appealMonths: p('cae.delai_recours_mois', 'Délai de recours (mois)', [{ from: CAE_FROM, value: 2, legalRef: form('« Voies de recours »') }]),
};

/**
 * The highest aid rate a text allows, of any measure and date (the CAE cap of
 * the ateliers et chantiers d'insertion, 105 %): the bound of a stored rate.
 */
export const MAX_AID_RATE_BP = Math.max(...CAE.aidCapInsertionWorkshopBp.values.map((v) => v.value));

export const CAV = {
  standardMonths: p('cav.duree_mois', 'Durée de la convention (mois)', [{ from: CAV_FROM, value: 24, legalRef: CAV_REFS.duration }]),
  minMonthsByPrefect: p('cav.duree_min_prefet_mois', 'Durée minimale sur décision du préfet (mois)', [
    { from: CAV_FROM, value: 6, legalRef: CAV_REFS.duration },
  ]),
  minMonthsSentenceAdjustment: p('cav.duree_min_amenagement_peine_mois', 'Durée minimale avec aménagement de peine (mois)', [
    { from: CAV_FROM, value: 3, legalRef: CAV_REFS.duration },
  ]),
  maxTotalMonths: p('cav.duree_totale_max_mois', 'Durée totale maximale (mois)', [{ from: CAV_FROM, value: 36, legalRef: CAV_REFS.totalDuration }]),
  maxTotalMonthsOver50OrDisabled: p('cav.duree_totale_max_mois_50_ans_th', 'Durée totale maximale après 50 ans ou travailleur handicapé', [
    { from: CAV_FROM, value: 60, legalRef: CAV_REFS.totalDuration },
  ]),
  /** R. 5134-48 al. 2: « la limite de renouvellement peut être de trente-six mois » (renewals together, from the end of the initial convention). */
  maxRenewalMonthsOver50OrDisabled: p(
    'cav.duree_renouvellements_max_mois_50_ans_th',
    'Durée maximale des renouvellements après 50 ans ou travailleur handicapé (mois)',
    [{ from: CAV_FROM, value: 36, legalRef: CAV_REFS.totalDuration }],
  ),
  ageForLongerTotal: p('cav.age_duree_longue', 'Âge au-delà duquel la durée totale peut atteindre 5 ans', [
    { from: CAV_FROM, value: 50, legalRef: CAV_REFS.totalDuration },
  ]),
  reportingJoursFrancs: p('cav.delai_signalement_jours_francs', 'Délai pour signaler renouvellement, suspension, rupture', [
    { from: CAV_FROM, value: 7, legalRef: CAV_REFS.reporting },
  ]),
  observationDays: p('cav.delai_observations_jours', 'Délai d’observations avant dénonciation (jours)', [
    { from: CAV_FROM, value: 7, legalRef: CAV_REFS.denunciation },
  ]),
  hoursProgrammeNoticeWorkingDays: p('cav.prevenance_programme_jours_ouvres', 'Prévenance du programme de modulation (jours ouvrés)', [
    { from: CAV_FROM, value: 15, legalRef: CAV_REFS.variableHours },
  ]),
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
  minAge: p('cae_dom.age_min_8', 'Âge minimal, catégorie 8° (plus de…)', [{ from: DOM_FROM, value: 50, legalRef: DOM_REFS.eligibility }]),
  maxAge: p('cae_dom.age_max_8', 'Âge maximal, catégorie 8° (moins de…)', [{ from: DOM_FROM, value: 65, legalRef: DOM_REFS.eligibility }]),
  registrationMonths: p('cae_dom.inscription_mois', 'Mois d’inscription exigés, catégorie 8°', [{ from: DOM_FROM, value: 12, legalRef: DOM_REFS.eligibility }]),
  registrationWindowMonths: p('cae_dom.inscription_fenetre_mois', 'Période de référence de l’inscription (mois)', [
    { from: DOM_FROM, value: 18, legalRef: DOM_REFS.eligibility },
  ]),
  rmiJoblessMonths: p('cae_dom.rmi_sans_emploi_mois', 'Durée sans emploi exigée des bénéficiaires du RMI, catégorie 8° (mois)', [
    { from: DOM_FROM, value: 12, legalRef: DOM_REFS.eligibility },
  ]),
  exemptionMonths: p('cae_dom.exoneration_mois', 'Durée de l’exonération (mois)', [{ from: DOM_FROM, value: 24, legalRef: DOM_REFS.exemption }]),
  exemptionMonthsRmi: p('cae_dom.exoneration_mois_rmi', 'Durée de l’exonération, bénéficiaire du RMI (mois)', [
    { from: DOM_FROM, value: 30, legalRef: DOM_REFS.exemption },
  ]),
  /** R. 831-9: a partial month counts calendar days × 1/30 of the monthly hours. */
  partialMonthDivisor: p('cae_dom.diviseur_mois_partiel', 'Diviseur des mois partiels (jours)', [{ from: DOM_FROM, value: 30, legalRef: DOM_REFS.exemption }]),
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
