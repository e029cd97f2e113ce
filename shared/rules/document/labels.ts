/**
 * The French name of every field of a `cae.convention/1` document, as the
 * form CAE-0515 (and the contrat d'avenir's and CAE-DOM's conventions) name
 * it: a message for people names a field by these words, never by its path
 * in the document (`contract.hiredOn`). One table for the rules, the main
 * process and the renderer.
 */
import { SUPPORT_QUESTIONS } from './support';

/** Path → label; an array's items are written `[]` (`events[].from`). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  schema: 'Format du document',
  measure: 'Mesure',
  department: 'Département de la convention',
  prescriberCode: 'Code ALE ou code prescripteur',
  jobOfferFiledOn: 'Date de dépôt de l’offre d’emploi',
  filedOn: 'Date de dépôt de la demande',
  signedOn: 'Date de signature de la convention',
  signatures: 'Signatures',
  'signatures.employer': 'Signature de l’employeur',
  'signatures.employer.name': 'Nom du signataire pour l’employeur',
  'signatures.employer.quality': 'Qualité du signataire pour l’employeur',
  'signatures.employer.place': 'Lieu de signature de l’employeur',
  'signatures.employer.signedOn': 'Date de signature de l’employeur',
  'signatures.authority': 'Signature de l’État ou de la collectivité',
  'signatures.authority.name': 'Nom du signataire pour l’État ou la collectivité',
  'signatures.authority.quality': 'Qualité du signataire pour l’État ou la collectivité',
  'signatures.authority.place': 'Lieu de signature de l’État ou de la collectivité',
  'signatures.authority.signedOn': 'Date de signature de l’État ou de la collectivité',
  transmittedToCnaseaOn: 'Date de transmission au CNASEA',
  concludedBy: 'Signataire de la convention',
  'concludedBy.authority': 'Collectivité qui conclut la convention',
  'concludedBy.name': 'Nom de la collectivité qui conclut la convention',
  'concludedBy.departmentDelegationOn': 'Date de la délégation du département',
  'concludedBy.delegate': 'Délégataire',
  employer: 'Employeur',
  'employer.name': 'Dénomination de l’employeur',
  'employer.address': 'Adresse de l’employeur',
  'employer.siret': 'N° SIRET de l’employeur',
  'employer.status': 'Statut de l’employeur (tableau 1)',
  'employer.collector': 'Organisme de recouvrement des cotisations',
  'employer.collectorName': 'Nom de l’organisme de recouvrement',
  'employer.iban': 'IBAN de l’employeur',
  'employer.otherStateEmploymentAid': 'Autre aide de l’État à l’emploi',
  'employer.insertionWorkshop': 'Atelier et chantier d’insertion',
  employee: 'Salarié',
  'employee.civility': 'Civilité du salarié',
  'employee.lastName': 'Nom du salarié',
  'employee.birthName': 'Nom de naissance du salarié',
  'employee.firstNames': 'Prénoms du salarié',
  'employee.address': 'Adresse du salarié',
  'employee.birthDate': 'Date de naissance du salarié',
  'employee.birthPlace': 'Lieu de naissance du salarié',
  'employee.birthDepartment': 'Département ou pays de naissance du salarié',
  'employee.nationality': 'Nationalité du salarié',
  'employee.nir': 'NIR du salarié',
  'employee.educationLevel': 'Niveau de formation du salarié (tableau 2)',
  'employee.registeredJobseeker': 'Inscription comme demandeur d’emploi',
  'employee.jobseekerId': 'Identifiant demandeur d’emploi',
  'employee.jobseekerMonthsInLast18': 'Mois d’inscription comme demandeur d’emploi sur les 18 derniers',
  'employee.jobseekerPeriods': 'Périodes d’inscription comme demandeur d’emploi',
  'employee.jobseekerPeriods[]': 'Période d’inscription comme demandeur d’emploi',
  'employee.jobseekerPeriods[].from': 'Début de la période d’inscription',
  'employee.jobseekerPeriods[].to': 'Fin de la période d’inscription',
  'employee.registrationExtensions': 'Prolongations de la durée d’inscription',
  'employee.registrationExtensions[]': 'Prolongation de la durée d’inscription',
  'employee.registrationExtensions[].from': 'Début de la prolongation',
  'employee.registrationExtensions[].to': 'Fin de la prolongation',
  'employee.registrationExtensions[].reason': 'Motif de la prolongation',
  'employee.joblessMonths': 'Mois sans emploi',
  'employee.disabledWorker': 'Travailleur handicapé reconnu',
  'employee.sentenceAdjustment': 'Aménagement de peine',
  'employee.formerPrisoner': 'Sortant de prison',
  'employee.domCategory': 'Catégorie du salarié (art. R. 831-1)',
  'employee.employmentObligation': 'Titre de l’obligation d’emploi',
  'employee.youthJobEndsOn': 'Terme du contrat emploi-jeune',
  'employee.allowances': 'Allocations perçues par le salarié',
  'employee.allowances[]': 'Allocation perçue par le salarié',
  contract: 'Contrat de travail',
  'contract.type': 'Type de contrat',
  'contract.hiredOn': 'Date d’embauche',
  'contract.plannedEnd': 'Terme du contrat',
  'contract.romeCode': 'Code ROME de l’emploi proposé',
  'contract.jobTitle': 'Emploi proposé',
  'contract.monthlyGross': 'Salaire brut mensuel',
  'contract.weeklyHours': 'Durée hebdomadaire de travail',
  'contract.reducedHoursJustified': 'Durée moindre prévue en raison des difficultés de la personne',
  'contract.reducedHoursReason': 'Justification de la durée réduite',
  'contract.hoursProgramme': 'Programme indicatif des horaires',
  'contract.hoursProgramme.periodStart': 'Début de la période de référence du programme',
  'contract.hoursProgramme.notifiedOn': 'Date de remise du programme au salarié',
  'contract.hoursProgramme.periods': 'Périodes du programme',
  'contract.hoursProgramme.periods[]': 'Période du programme',
  'contract.hoursProgramme.periods[].from': 'Début de la période du programme',
  'contract.hoursProgramme.periods[].to': 'Fin de la période du programme',
  'contract.hoursProgramme.periods[].weeklyHours': 'Durée hebdomadaire de la période du programme',
  'contract.hoursProgramme.changes': 'Modifications du programme',
  'contract.hoursProgramme.changes[]': 'Modification du programme',
  'contract.hoursProgramme.changes[].from': 'Date d’effet de la modification du programme',
  'contract.hoursProgramme.changes[].notifiedOn': 'Date où le salarié a été prévenu de la modification',
  support: 'Actions d’accompagnement et de formation',
  'support.legacyEntries': 'Anciennes réponses sur l’accompagnement',
  'support.legacyEntries[]': 'Ancienne réponse sur l’accompagnement',
  'support.trainingNature[]': 'Nature de la formation',
  funding: 'Financement',
  'funding.aidRatePercent': 'Taux de l’aide de l’État',
  'funding.otherFunding': 'Autre financement',
  'funding.totalAid': 'Montant total de l’aide',
  'funding.allowanceDebtorAid': 'Aide versée par le débiteur de l’allocation',
  'funding.allowancePayer': 'Organisme chargé du versement de l’allocation',
  clauses: 'Clauses de la convention',
  'clauses.monitoring': 'Modalités de contrôle et d’évaluation',
  'clauses.repayment': 'Modalités de reversement des aides',
  annex: 'Annexe de la convention',
  'annex.objectives': 'Objectifs (annexe)',
  'annex.programme': 'Programme (annexe)',
  'annex.organisationAndEvaluation': 'Organisation et évaluation (annexe)',
  'annex.referentIntervention': 'Intervention du référent (annexe)',
  supportingDocuments: 'Pièces justificatives',
  'supportingDocuments.aid': 'Pièces justificatives de l’aide',
  'supportingDocuments.aid[]': 'Pièce justificative de l’aide',
  'supportingDocuments.aidOther': 'Autre pièce justificative de l’aide',
  'supportingDocuments.rupture': 'Pièces justificatives de la rupture',
  'supportingDocuments.rupture[]': 'Pièce justificative de la rupture',
  'supportingDocuments.ruptureOther': 'Autre pièce justificative de la rupture',
  renewals: 'Renouvellements',
  'renewals[]': 'Renouvellement',
  'renewals[].from': 'Début du renouvellement',
  'renewals[].to': 'Fin du renouvellement',
  'renewals[].weeklyHours': 'Durée hebdomadaire du renouvellement',
  'renewals[].aidRatePercent': 'Taux de l’aide du renouvellement',
  'renewals[].requestedOn': 'Date de la demande de renouvellement',
  'renewals[].reportedOn': 'Date de déclaration du renouvellement',
  events: 'Événements',
  'events[]': 'Événement',
  'events[].kind': 'Type d’événement',
  'events[].from': 'Début de l’événement',
  'events[].to': 'Fin de l’événement',
  'events[].reason': 'Motif de l’événement',
  'events[].paid': 'Rémunération maintenue',
  'events[].reportedOn': 'Date de déclaration de l’événement',
  'events[].on': 'Date de l’événement',
  'events[].initiative': 'Initiative de la rupture',
  'events[].weeklyHours': 'Nouvelle durée hebdomadaire',
  'events[].newEmployerName': 'Dénomination du nouvel employeur',
  'events[].newEmployerSiret': 'N° SIRET du nouvel employeur',
  denunciation: 'Dénonciation',
  'denunciation.intentNotifiedOn': 'Date de notification de l’intention de dénoncer',
  'denunciation.decisionNotifiedOn': 'Date de notification de la décision de dénonciation',
  ...Object.fromEntries(Object.entries(SUPPORT_QUESTIONS).map(([key, question]) => [`support.${key}`, question])),
};

/** The items of a list, by their position (`events[1]` → « n° 2 »), for a reader who counts from 1. */
const ITEM_WORDS: Readonly<Record<string, string>> = {
  'employee.jobseekerPeriods': 'période',
  'employee.registrationExtensions': 'prolongation',
  'employee.allowances': 'allocation',
  'contract.hoursProgramme.periods': 'période',
  'contract.hoursProgramme.changes': 'modification',
  'support.trainingNature': 'choix',
  'support.legacyEntries': 'réponse',
  'supportingDocuments.aid': 'pièce',
  'supportingDocuments.rupture': 'pièce',
  renewals: 'renouvellement',
  events: 'événement',
};

/**
 * A field's French name, from its path in the document (`events[1].from`,
 * or zod's path `['events', 1, 'from']`): « Début de l’événement
 * (événement n° 2) ». A path the table does not know gives « Document »
 * followed by the nearest known field, never the path itself.
 */
export function fieldLabel(path: string | readonly PropertyKey[]): string {
  const parts = typeof path === 'string' ? path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '') : path.map(String);
  let key = '';
  const items: string[] = [];
  let label = 'Document';
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      items.push(`${ITEM_WORDS[key] ?? 'élément'} n° ${Number(part) + 1}`);
      key += '[]';
    } else {
      key = key === '' ? part : `${key}.${part}`;
    }
    const known = FIELD_LABELS[key];
    if (known === undefined) break;
    label = known;
  }
  return items.length ? `${label} (${items.join(', ')})` : label;
}
