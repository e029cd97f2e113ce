import { defineParameter, valueAt } from './dated';

/** Agency names by date (reference/README.md): documents show the name in force on their date. */
const EMPLOYMENT_AGENCY = defineParameter('organisme.service_emploi', 'Service public de l’emploi', [
  { from: '1967-07-13', value: 'ANPE', legalRef: 'reference/README.md (ANPE jusqu’au 31/12/2008)' },
  { from: '2009-01-01', value: 'Pôle emploi', legalRef: 'reference/README.md ; 004_270ee0ee401e397b.txt — nota (Pôle emploi effectif au 1er janvier 2009)' },
]);

const PAYING_AGENCY = defineParameter('organisme.payeur', 'Organisme payeur de l’aide', [
  { from: '1966-01-01', value: 'CNASEA', legalRef: 'reference/README.md (CNASEA jusqu’au 31/03/2009)' },
  { from: '2009-04-01', value: 'ASP', legalRef: 'reference/README.md (ASP à partir du 01/04/2009)' },
]);

export function employmentAgencyName(date: string): string {
  return valueAt(EMPLOYMENT_AGENCY, date)?.value ?? 'ANPE';
}

export function payingAgencyName(date: string): string {
  return valueAt(PAYING_AGENCY, date)?.value ?? 'CNASEA';
}

/** "l’ANPE" / "Pôle emploi", "le CNASEA" / "l’ASP": the name with its article, for messages. */
export function employmentAgencyPhrase(date: string): string {
  const name = employmentAgencyName(date);
  return name === 'ANPE' ? 'l’ANPE' : name;
}

export function payingAgencyPhrase(date: string): string {
  return payingAgencyName(date) === 'ASP' ? 'l’ASP' : 'le CNASEA';
}

/** "à" contracted with the article: "au CNASEA", "à l’ASP", "à l’ANPE", "à Pôle emploi". */
export function toOrganisation(phrase: string): string {
  return phrase.startsWith('le ') ? `au ${phrase.slice(3)}` : `à ${phrase}`;
}
