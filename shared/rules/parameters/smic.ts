import { formatDateFr } from '../format/date';
import { defineParameter } from './dated';
import { REFERENCE_DATA } from './sources';

/**
 * Hourly gross SMIC in cents, copied from reference/smic-horaire-brut.csv
 * (métropole and DOM alike over 2003–2010).
 */
const ROWS: [string, number][] = [
  ['2003-07-01', 719],
  ['2004-07-01', 761],
  ['2005-07-01', 803],
  ['2006-07-01', 827],
  ['2007-07-01', 844],
  ['2008-05-01', 863],
  ['2008-07-01', 871],
  ['2009-07-01', 882],
  ['2010-01-01', 886],
];

export const SMIC_HOURLY_CENTS = defineParameter(
  'smic.horaire_brut',
  'SMIC horaire brut (centimes)',
  ROWS.map(([from, value]) => ({ from, value, legalRef: `${REFERENCE_DATA.SMIC}, valeur au ${formatDateFr(from)}` })),
);
