import { describe, expect, it } from 'vitest';
import { exampleDocument, plainText } from '../../test/helpers/documents';
import { renderConventionPdf } from './convention';

describe('CAE-DOM general conditions', () => {
  it('R. 831-5 (décret 2004 art. 8 III) : les conditions générales impriment l’échéancier du texte, le 24e et le 30e mois pour les seuls bénéficiaires du RMI', async () => {
    const text = (await plainText(await renderConventionPdf({ document: exampleDocument('convention-cae-dom'), number: '974-0404-97401-00007' }))).replace(
      /\s+/g,
      ' ',
    );
    for (const expected of [
      'à la fin du troisième mois de contrat, à la fin du douzième mois et à la fin du contrat si celui-ci est à durée déterminée de plus de douze mois, ou à la fin du vingt-quatrième mois du contrat s’il est à durée indéterminée (art. R. 831-5)',
      'Pour les seuls bénéficiaires du revenu minimum d’insertion, l’aide est versée à la fin des troisième, douzième, vingt-quatrième et trentième mois si le contrat est à durée indéterminée',
      'de plus de douze mois et de moins de vingt-quatre mois, à la fin des troisième et douzième mois et à la fin du contrat',
      'de plus de vingt-quatre mois et de moins de trente mois, à la fin des troisième, douzième et vingt-quatrième mois et à la fin du contrat',
      'Le montant de chaque versement est calculé en fonction de la durée écoulée du contrat, après déduction des versements déjà effectués',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // No 30th-month payment stated for everyone.
    expect(text).not.toContain('vingt-quatrième et trentième mois et au terme du contrat');
  });
});
