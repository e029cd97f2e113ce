import { describe, expect, it } from 'vitest';
import { exampleDocument, plainText } from '../../test/helpers/documents';
import { renderDenunciationPdf } from './denunciation';

const NUMBER = '069-0608-69012-00001';

describe('dénonciation letter: the amounts stop at the decision', () => {
  it('formulaire CAE-0515, conditions générales (reversement en cas de dénonciation) : la décision du 15/10/2008 réclame les aides perçues et l’assiette exonérée du 09/06 au 14/10/2008 seulement', async () => {
    // The example CAE: 9 June to 8 December 2008, 20 h, 800 €, aid 90 %.
    const text = await plainText(
      await renderDenunciationPdf({
        number: NUMBER,
        document: exampleDocument('convention-cae'),
        stage: 'DECISION',
        letterDate: '2008-10-15',
        grounds: ['Tutorat non assuré'],
      }),
    );
    // SMIC × 20 h × 52/12: June 22/30 = 548,48 ; July to September 754,87 ; October 14/31 = 340,91.
    expect(text).toContain('3 154,00 €');
    // Not the base of the whole planned period (to 8 December 2008).
    expect(text).not.toContain('4 517,63 €');
    // The aid paid monthly in advance from June to October 2008: 493,64 + 4 × 679,38 (SMIC 8,71 € from 1 July).
    expect(text).toContain('3 211,16 €');
    expect(text).toContain('17/11/2008');
  });
});
