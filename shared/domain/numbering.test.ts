import { describe, expect, it } from 'vitest';
import { educationLevelLabel } from './enums';
import { formatAvenantIndex, formatConventionNumber, formatVersionNumber } from './numbering';

describe('numbers and codes as form CAE-0515 prints them', () => {
  it('numbers a convention by department, month and year of filing, agency and order; each version by its avenant index in two digits', () => {
    const number = formatConventionNumber({ department: '69', filedOn: '2008-06-02', prescriberCode: '69012', orderNumber: 1 });
    expect(number).toBe('069-0608-69012-00001');
    expect(formatAvenantIndex(0)).toBe('00');
    expect(formatAvenantIndex(7)).toBe('07');
    expect(formatAvenantIndex(12)).toBe('12');
    expect(formatVersionNumber(number, 1)).toBe('069-0608-69012-00001-01');
  });

  it('labels a Tableau 2 education level the same way on screen and on paper', () => {
    expect(educationLevelLabel('51')).toBe('51 — Diplôme du BEP ou du CAP obtenu (niveau V)');
    expect(educationLevelLabel('99')).toBe('99');
    expect(educationLevelLabel(null)).toBe('');
  });
});
