/** Organisation names with their French articles, as in force on a date (ANPE → Pôle emploi, CNASEA → ASP). */
export interface Wording {
  /** « le CNASEA » / « l’ASP » */
  payer: string;
  /** « au CNASEA » / « à l’ASP » */
  toPayer: string;
  /** « du CNASEA » / « de l’ASP » */
  ofPayer: string;
  /** « l’ANPE » / « Pôle emploi » */
  agency: string;
  /** « à l’ANPE » / « à Pôle emploi » */
  toAgency: string;
  /** « de l’ANPE » / « de Pôle emploi » */
  ofAgency: string;
  /** « l’agence locale pour l’emploi » / « l’agence locale de Pôle emploi » */
  localAgency: string;
}

export function wording(employmentAgency: string, payingAgency: string): Wording {
  const asp = payingAgency === 'ASP';
  const anpe = employmentAgency === 'ANPE';
  return {
    payer: asp ? 'l’ASP' : 'le CNASEA',
    toPayer: asp ? 'à l’ASP' : 'au CNASEA',
    ofPayer: asp ? 'de l’ASP' : 'du CNASEA',
    agency: anpe ? 'l’ANPE' : 'Pôle emploi',
    toAgency: anpe ? 'à l’ANPE' : 'à Pôle emploi',
    ofAgency: anpe ? 'de l’ANPE' : 'de Pôle emploi',
    localAgency: anpe ? 'l’agence locale pour l’emploi' : 'l’agence locale de Pôle emploi',
  };
}
