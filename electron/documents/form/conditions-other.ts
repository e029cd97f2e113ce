/** Conditions générales of the contrat d'avenir (R. 5134-x, seed 004) and of the CAE-DOM (décret du 21 mars 2004, seed 003). */
import type { TextBlock } from './conditions-cae';
import type { Wording } from './wording';

/** The appeals; a hierarchical one only when the State concludes (a collectivité has no hierarchical superior). */
function appeal(w: Wording, hierarchical = true): TextBlock {
  return {
    heading: 'Voies de recours',
    paragraphs: [
      'En cas de refus de conventionnement ou de litige portant sur la présente convention, l’employeur ou la personne bénéficiaire peut adresser dans un délai de deux mois l’un des recours suivants :',
    ],
    bullets: [
      'Recours gracieux auprès de l’autorité signataire de la convention ;',
      ...(hierarchical ? ['Recours hiérarchique auprès du ministre chargé de l’emploi ;'] : []),
      `Recours contentieux devant le tribunal administratif compétent (pour le paiement de l’aide : recours gracieux auprès ${w.ofPayer}).`,
    ],
  };
}

/** `byCollectivity`: the convention is concluded by a département, a commune or an EPCI (R. 5134-41), not for the State. */
export function cavConditions(w: Wording, byCollectivity = false): TextBlock[] {
  return [
    {
      paragraphs: [
        'L’employeur adresse la demande de convention préalablement à l’embauche. La convention ne prend effet qu’à compter de la date d’embauche, qui ne peut être antérieure à la date de conclusion de la convention (art. R. 5134-44).',
        `Le signataire de la convention en adresse copie ${w.toPayer}, ainsi que, le cas échéant, de l’avenant de renouvellement.`,
      ],
    },
    {
      heading: 'Durée',
      paragraphs: [
        'La convention individuelle est conclue pour une durée de deux ans ; le préfet peut prévoir une durée comprise entre six et vingt-quatre mois, et de trois mois au moins pour les personnes bénéficiant d’un aménagement de peine.',
        'Elle peut être renouvelée dans la limite d’une durée totale de trente-six mois, portée à cinq ans pour les bénéficiaires âgés de plus de cinquante ans et les travailleurs handicapés.',
      ],
    },
    {
      heading: 'Durée du travail',
      paragraphs: [
        'Le contrat peut prévoir que la durée hebdomadaire du travail varie dans la limite d’un tiers, à condition qu’elle soit égale en moyenne, sur un an, à la durée du contrat. Le programme indicatif est communiqué par écrit au salarié au moins quinze jours ouvrés avant la période de référence ; sa modification éventuelle respecte également un délai de prévenance de quinze jours (art. R. 5134-60).',
      ],
    },
    {
      heading: 'Suspension, rupture, renouvellement',
      paragraphs: [
        `En cas de renouvellement, de suspension ou de rupture anticipée du contrat, l’employeur en informe dans un délai de sept jours francs l’organisme chargé du service de l’allocation, l’organisme chargé du versement de l’aide et ${w.payer}, avec les justificatifs prévus à l’article R. 5134-61.`,
        'En cas de suspension ou de rupture, le versement des aides est interrompu à compter de la date d’effet ; les sommes indûment perçues sont reversées, sauf lorsque la rémunération est maintenue.',
      ],
    },
    {
      heading: 'Dénonciation',
      paragraphs: [
        'En cas de non-respect de la convention par l’employeur, le signataire l’informe au préalable de son intention de la dénoncer ; l’employeur dispose de sept jours pour faire connaître ses observations (art. R. 5134-51).',
        'En cas de dénonciation, l’employeur reverse l’intégralité des sommes perçues et les cotisations patronales dont il a été exonéré, au plus tard à la première date d’exigibilité qui suit la notification de la décision (art. R. 5134-52).',
      ],
    },
    appeal(w, !byCollectivity),
  ];
}

export function domConditions(w: Wording): TextBlock[] {
  return [
    {
      paragraphs: [
        `L’employeur dépose préalablement l’offre d’emploi correspondante auprès des services locaux ${w.ofAgency} (art. R. 831-3).`,
        'La convention est conclue pour la durée du contrat à durée déterminée ; si le contrat est à durée indéterminée, pour vingt-quatre mois, trente mois pour un bénéficiaire du revenu minimum d’insertion (art. R. 831-4).',
        'Elle ne peut être cumulée avec une autre aide de l’État à l’emploi.',
      ],
    },
    {
      heading: 'Versement de l’aide',
      paragraphs: [
        // R. 831-5 as the décret of 21 March 2004 (art. 8 III) words it: the 24th and 30th months only for RMI beneficiaries.
        `L’aide de l’État est versée par ${w.payer}, sur présentation d’un justificatif attestant de l’emploi du bénéficiaire dans l’établissement, à la fin du troisième mois de contrat, à la fin du douzième mois et à la fin du contrat si celui-ci est à durée déterminée de plus de douze mois, ou à la fin du vingt-quatrième mois du contrat s’il est à durée indéterminée (art. R. 831-5).`,
        'Pour les seuls bénéficiaires du revenu minimum d’insertion, l’aide est versée à la fin des troisième, douzième, vingt-quatrième et trentième mois si le contrat est à durée indéterminée ; si le contrat est à durée déterminée de plus de douze mois et de moins de vingt-quatre mois, à la fin des troisième et douzième mois et à la fin du contrat ; s’il est à durée déterminée de plus de vingt-quatre mois et de moins de trente mois, à la fin des troisième, douzième et vingt-quatrième mois et à la fin du contrat.',
        'Le montant de chaque versement est calculé en fonction de la durée écoulée du contrat, après déduction des versements déjà effectués, sur production des pièces justificatives prévues par la convention.',
      ],
    },
    {
      heading: 'Exonération de cotisations',
      paragraphs: [
        'L’exonération porte sur les heures rémunérées ; pour un mois incomplet, elle est calculée à raison d’un trentième par jour calendaire (art. R. 831-9).',
      ],
    },
    {
      heading: 'Rupture et substitution d’employeur',
      paragraphs: [
        'En cas de licenciement avant la fin de la convention, sauf faute grave, force majeure ou inaptitude, la convention est résiliée et l’aide perçue est reversée (art. R. 831-7).',
        'En cas de modification de la situation juridique de l’employeur, le nouvel employeur peut être substitué dans les droits et obligations de la convention (art. R. 831-8).',
      ],
    },
    appeal(w),
  ];
}
