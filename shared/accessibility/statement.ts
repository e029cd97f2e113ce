/**
 * The accessibility statement (« Déclaration d'accessibilité »), in the
 * format RGAA 4.1 expects: conformity state, what was measured and how,
 * non-conformities and exemptions, how the statement was made, feedback and
 * remedies. One text: the app shows it (renderer, page « Déclaration
 * d’accessibilité ») and README.md holds it as `statementMarkdown()` writes
 * it (a test compares them).
 */

/** A paragraph, or a list of items. */
export type StatementBlock = string | readonly string[];

export interface StatementSection {
  title: string;
  blocks: readonly StatementBlock[];
}

export const STATEMENT_TITLE = 'Déclaration d’accessibilité';

/** The date the statement was made (JJ/MM/AAAA). */
export const STATEMENT_DATE = '04/12/2026';

export const STATEMENT_SECTIONS: readonly StatementSection[] = [
  {
    title: 'Engagement',
    blocks: [
      'L’application Conventions CAE (mode bureau et mode navigateur) vise le niveau AA du référentiel général d’amélioration de l’accessibilité (RGAA 4.1), qui reprend les critères des WCAG 2.1. Cette déclaration s’applique aux écrans de l’application et aux messages qu’elle affiche.',
    ],
  },
  {
    title: 'État de conformité',
    blocks: [
      'L’application Conventions CAE est **partiellement conforme** au RGAA 4.1 : une partie seulement des critères a été vérifiée, par des tests automatiques, et aucun audit complet n’a été mené.',
    ],
  },
  {
    title: 'Résultats des tests',
    blocks: [
      'Aucun taux de conformité RGAA n’est publié : il se calcule sur les 106 critères du référentiel, et ces critères n’ont pas été audités un par un. Ce qui a été mesuré, à chaque exécution des tests de bout en bout :',
      [
        'axe-core 4.14.1 (règles des WCAG 2.0 et 2.1, niveaux A et AA) sur 41 écrans des deux espaces de démonstration, de l’accueil et du déverrouillage d’un espace chiffré : chaque section, chaque onglet d’une convention, le formulaire de chaque mesure (CAE, CAV, CAE-DOM), un champ en erreur, un dialogue ouvert, cette déclaration. Résultat : 0 violation (test/e2e/accessibility.e2e.ts).',
        'Contrastes du thème : chaque paire texte et fond atteint 4,5:1, les bordures des champs 3:1, en mode clair (l’application n’a pas de mode sombre).',
        'Clavier seul : une convention créée, une erreur de saisie corrigée, l’envoi à la signature, la signature et l’impression avec Tab, Maj+Tab, Entrée, Espace et les flèches ; le lien « Aller au contenu » ; les dialogues gardent le focus tant qu’ils sont ouverts et le rendent au bouton qui les a ouverts (test/e2e/keyboard.e2e.ts).',
        'Erreurs et annonces : chaque champ en erreur porte aria-invalid et désigne son message par aria-describedby ; les enregistrements et les travaux longs sont annoncés dans une zone d’annonce.',
        'Redistribution (critère 10.11) : 36 écrans affichés dans une fenêtre de 1024 px de large et à 200 % de zoom (1280 × 800 px) : pas de défilement horizontal de la page, aucun texte coupé ; les tableaux défilent dans leur propre cadre (test/e2e/reflow.e2e.ts).',
        'Messages : aucun message des règles (tous les codes de constat) ni refus d’une convention saisie ou importée, ni refus d’un fichier d’échange (lot, fichier retour, dossier de conventions), ne montre un nom interne de champ ; chaque champ est nommé par son libellé français (test/unit/messages-in-french.test.ts, electron/sync/field-labels.test.ts).',
      ],
      'Ce qui n’a pas été testé : l’audit manuel des 106 critères du RGAA, l’usage avec un lecteur d’écran (NVDA, JAWS, VoiceOver), une loupe logicielle, la commande vocale, le mode de contraste élevé du système.',
    ],
  },
  {
    title: 'Contenus non accessibles',
    blocks: [
      'Non-conformités connues :',
      [
        'Les documents PDF produits (convention, attestations, états) ne sont pas balisés : un lecteur d’écran les lit sans leur structure (titres, tableaux). Les mêmes informations sont lisibles dans les écrans de l’application.',
        'Les critères que les tests automatiques ne voient pas (pertinence des alternatives, ordre de lecture, compréhension des messages) n’ont pas été vérifiés.',
      ],
      'Dérogations pour charge disproportionnée : aucune.',
      'Contenus non soumis à l’obligation d’accessibilité : aucun.',
    ],
  },
  {
    title: 'Établissement de cette déclaration',
    blocks: [
      `Cette déclaration a été établie le ${STATEMENT_DATE}.`,
      [
        'Technologies utilisées : HTML5, CSS, JavaScript (React, Mantine), WAI-ARIA ; Electron pour le mode bureau.',
        'Environnement de test : Chromium sans interface (headless) piloté par Playwright, axe-core 4.14.1 ; fenêtres de 1366 × 860, 1024 × 768 et 640 × 400 px à 200 %.',
        'Outils : axe-core pour les règles automatiques, un test par écran et par largeur pour la redistribution, un test unitaire pour les contrastes du thème.',
        'Pages vérifiées : l’accueil, chaque section des espaces agence et employeur, un lot d’échange, une personne du personnel, chaque onglet d’une convention, le formulaire de chaque mesure, cette déclaration.',
      ],
    ],
  },
  {
    title: 'Retour d’information et contact',
    blocks: [
      'Si vous n’arrivez pas à accéder à un contenu ou à un service de l’application, signalez-le au service qui vous l’a fournie (le support informatique de votre agence ou de votre structure) : il vous orientera vers une autre façon d’obtenir l’information ou le service, et transmettra le défaut aux responsables de l’application.',
    ],
  },
  {
    title: 'Voies de recours',
    blocks: [
      'Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :',
      [
        'par le formulaire en ligne : https://formulaire.defenseurdesdroits.fr/',
        'auprès d’un délégué du Défenseur des droits dans votre région : https://www.defenseurdesdroits.fr/saisir/delegues',
        'par courrier, gratuitement, sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
        'par téléphone : 09 69 39 00 00',
      ],
    ],
  },
];

/** A block's text with its **bold** parts: the parts alternate, plain first. */
export function boldParts(text: string): string[] {
  return text.split('**');
}

/** The statement in Markdown, its title at `level` (README.md holds it at level 2). */
export function statementMarkdown(level = 2): string {
  const hashes = (n: number) => '#'.repeat(n);
  const lines = [`${hashes(level)} ${STATEMENT_TITLE}`, ''];
  for (const section of STATEMENT_SECTIONS) {
    lines.push(`${hashes(level + 1)} ${section.title}`, '');
    for (const block of section.blocks) {
      if (typeof block === 'string') lines.push(block, '');
      else lines.push(...block.map((item) => `- ${item}`), '');
    }
  }
  return lines.join('\n').trimEnd();
}
