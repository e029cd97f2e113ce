/** Conditions générales of form CAE-0515 (seed 002), with the names and articles in force on the convention's date. */
import type { Wording } from './wording';

export interface TextBlock {
  heading?: string;
  paragraphs: string[];
  bullets?: string[];
}

export function caeConditions(w: Wording, recodified: boolean): TextBlock[] {
  const legal = recodified
    ? 'des articles L5134-20 et suivants du code du travail (anciennement L.322-4-7, R. 322-16 à R. 322-16-3), issus de la loi n° 2005-32 du 18 janvier 2005 de programmation pour la cohésion sociale'
    : 'des articles L.322-4-7, R. 322-16 à R. 322-16-3 du code du travail pris en application de la loi n° 2005-32 du 18 janvier 2005 de programmation pour la cohésion sociale';
  return [
    {
      paragraphs: [
        `La présente convention est conclue en vertu ${legal}.`,
        'L’employeur s’engage à avoir pris connaissance de ces dispositions législatives et réglementaires en signant la présente convention.',
        'L’embauche ne peut avoir lieu avant la signature de la convention.',
      ],
    },
    {
      heading: 'Engagements des parties',
      paragraphs: [
        'L’employeur s’engage à respecter vis-à-vis du salarié les conditions prévues à la présente convention d’accompagnement dans l’emploi et au contrat de travail qui y est associé.',
        'Il met en œuvre les actions d’accompagnement, de tutorat, de formation et de validation des acquis prévues par la présente convention.',
        'Il informe le salarié de ses droits et obligations en lui fournissant une copie de cette notice.',
        `L’employeur accepte que les agents ${w.ofAgency} ou de la Direction Départementale du Travail, de l’Emploi et de la Formation Professionnelle accèdent à ses locaux pour vérifier, en tant que de besoin, la bonne exécution de la présente convention.`,
        'Le salarié s’engage à suivre les actions d’accompagnement, de tutorat, de formation et de validation des acquis prévues par la présente convention, et concourant à son insertion professionnelle.',
        'Le Service Public de l’Emploi s’assure que les moyens nécessaires à l’insertion du salarié en contrat d’accompagnement dans l’emploi durable sont mobilisés.',
      ],
    },
    {
      heading: 'Nature du contrat de travail',
      paragraphs: [
        'Le CAE est un contrat de travail à durée déterminée à temps partiel ou à temps complet. Il peut être conclu pour une durée minimale de six mois, pouvant être renouvelée deux fois dans la limite de vingt-quatre mois.',
        'Il est conclu pour une durée hebdomadaire minimale de vingt heures. Cependant, la convention peut prévoir une durée moindre pour des salariés confrontés à des difficultés particulièrement importantes.',
      ],
    },
    {
      heading: 'Aides de l’État',
      paragraphs: [
        `L’aide de l’État est versée à l’employeur, mensuellement par avance, par ${w.payer}. Le montant de l’aide, fixé annuellement par arrêté préfectoral, est exprimé en pourcentage du taux horaire brut du SMIC. Il figure dans la présente convention et est applicable pendant la période d’exécution de la convention.`,
        `L’employeur doit communiquer chaque trimestre ${w.toPayer} les justificatifs attestant l’effectivité de l’activité du salarié.`,
      ],
    },
    {
      heading: 'Exonération de cotisations',
      paragraphs: [
        'Le CAE donne lieu à exonération de la part patronale des cotisations de sécurité sociale sur les salaires dus au titre des assurances sociales, des accidents du travail et des maladies professionnelles et des allocations familiales à hauteur du SMIC. Il donne également lieu à l’exonération de la taxe sur les salaires, de la taxe d’apprentissage et des participations dues au titre de la formation professionnelle et de l’effort de construction.',
      ],
    },
    {
      heading:
        'Rupture, suspension et modifications du contrat et de la convention : conséquences sur le versement des aides et sur le bénéfice de l’exonération des cotisations sociales',
      paragraphs: [
        `L’employeur doit signaler ${w.toAgency} et ${w.toPayer}, dans un délai de sept jours francs, toute suspension ou rupture du contrat de travail qui interviendrait avant la fin de la convention.`,
        'Lorsque le contrat de travail CAE est suspendu, sans maintien de la rémunération, l’aide afférente à cette période n’est pas versée.',
        `Toute modification de la durée hebdomadaire du travail donne lieu à modification du contrat de travail du salarié et doit être signalée ${w.toAgency} et ${w.toPayer}.`,
        `L’augmentation de la durée hebdomadaire du travail donne lieu à la conclusion d’un avenant à la convention après que ${w.agency} a accepté que l’aide de l’État soit accordée sur la base de la nouvelle durée du travail.`,
        'La réduction de la durée hebdomadaire du travail donne systématiquement lieu à un avenant mentionnant le montant de l’aide sur la base de la nouvelle durée du travail effective en heures travaillées.',
        `S’il survient une modification dans la situation juridique de l’entreprise, et s’il satisfait aux conditions légales, ${w.agency} peut accepter que le nouvel employeur soit substitué dans le droit à l’employeur signataire de la convention. Le nouvel employeur reprend l’ensemble des droits et des obligations prévus dans la convention.`,
        'L’employeur est informé qu’en cas de rupture du contrat de travail à son initiative avant la fin de la convention, ne correspondant pas aux cas mentionnés au II de l’article R. 322-16-1, celle-ci est résiliée de plein droit.',
        `Il est alors tenu de reverser ${w.toPayer} l’intégralité des sommes déjà perçues, et à l’organisme de recouvrement des cotisations et contributions sociales les cotisations sociales de sécurité sociale ayant fait l’objet de l’exonération. Ces cotisations doivent être versées au plus tard à la première date d’exigibilité des cotisations et contributions sociales qui suit la date d’effet de la rupture du contrat de travail.`,
        `Le reversement de ces sommes s’effectue également en cas de dénonciation de la convention par ${w.agency} pour non-respect par l’employeur des dispositions conventionnelles.`,
      ],
    },
    {
      heading: 'Voies de recours en cas de litige concernant la présente convention',
      paragraphs: [
        'En cas de refus de conventionnement ou de litige portant sur la présente convention, l’employeur ou la personne bénéficiaire peut adresser dans un délai de deux mois l’un des recours suivants :',
      ],
      bullets: [
        `Recours gracieux auprès de ${w.localAgency} ;`,
        `Recours hiérarchique auprès de la Direction générale ${w.ofAgency} ;`,
        'Recours contentieux devant le tribunal administratif compétent.',
      ],
    },
    {
      heading: 'En cas de litige concernant le paiement de l’aide, l’employeur peut adresser l’un des recours suivants :',
      paragraphs: [],
      bullets: [
        `Recours gracieux auprès ${w.ofPayer} ;`,
        'Recours hiérarchique auprès du ministère chargé de l’emploi ;',
        'Recours contentieux devant le tribunal administratif compétent.',
      ],
    },
  ];
}
