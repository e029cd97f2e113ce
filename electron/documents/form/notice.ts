/** The notice of form CAE-0515: instructions, circuit of the copies, Tableau 1 and Tableau 2. */
import { EDUCATION_LEVELS } from '../../../shared/rules/document/schema';
import { EDUCATION_LEVEL_LABELS } from '../../../shared/domain/enums';
import type { TextBlock } from './conditions-cae';
import type { Wording } from './wording';

export function notice(w: Wording): TextBlock[] {
  return [
    {
      heading: 'Instructions pour remplir la convention et circuits des documents',
      paragraphs: [],
      bullets: [
        `L’employeur et le directeur de ${w.localAgency} (ou le prescripteur) signent la présente convention.`,
        `L’employeur fournit un RIB ou un RIP pour le versement des aides effectué par ${w.payer}.`,
        `L’exemplaire 1 (original) est transmis ${w.toPayer} ; l’exemplaire 2 est conservé par l’agence.`,
        'Les exemplaires 3 et 5 sont remis à l’employeur, qui envoie l’exemplaire 5 à l’organisme de recouvrement des cotisations et contributions sociales.',
        'L’exemplaire 4 est remis au salarié par l’employeur.',
      ],
    },
    {
      heading: 'TABLEAU 1 : STATUT DE L’EMPLOYEUR',
      paragraphs: [],
      bullets: [
        '10 Commune',
        '11 EPCI',
        '21 Département',
        '22 Région',
        'Association, fondation',
        'Autre personne morale chargée de la gestion d’un service public (mutuelle, office public d’HLM)',
        '70 Établissement public d’enseignement (lycée, collège)',
        '80 Établissement sanitaire public',
        'Autre établissement public',
      ],
    },
    {
      heading: 'TABLEAU 2 : NIVEAU DE FORMATION',
      paragraphs: [],
      bullets: EDUCATION_LEVELS.map((code) => `${code} ${EDUCATION_LEVEL_LABELS[code]}`),
    },
    {
      paragraphs: [
        `La loi 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés s’applique à ce formulaire. Elle vous donne droit d’accès et de rectification pour les données vous concernant. Votre demande doit être adressée à ${w.localAgency}, ${w.toPayer} ou à l’organisme de recouvrement des cotisations sociales.`,
      ],
    },
  ];
}
