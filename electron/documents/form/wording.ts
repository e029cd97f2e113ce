/** Organisation names with their French articles, as in force on a date (ANPE → Pôle emploi, CNASEA → ASP). */
import { employmentAgencyName, payingAgencyName } from '../../../shared/rules/index';

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
  /** « ALE » / « agence Pôle emploi » (caption of the code box, copy recipients) */
  localAgencyShort: string;
  /** « Agence nationale pour l’emploi » / « Pôle emploi »: the issuer of a letter */
  agencyTitle: string;
  /** « Le directeur de l’agence locale pour l’emploi » / « Le directeur de l’agence Pôle emploi » */
  localDirector: string;
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
    localAgencyShort: anpe ? 'ALE' : 'agence Pôle emploi',
    agencyTitle: anpe ? 'Agence nationale pour l’emploi' : 'Pôle emploi',
    localDirector: anpe ? 'Le directeur de l’agence locale pour l’emploi' : 'Le directeur de l’agence Pôle emploi',
  };
}

/** The names in force on `date` (`YYYY-MM-DD`): ANPE until 31 December 2008, then Pôle emploi; CNASEA until 31 March 2009, then ASP. */
export function wordingOn(date: string): Wording {
  return wording(employmentAgencyName(date), payingAgencyName(date));
}
