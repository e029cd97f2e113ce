/**
 * The source documents every rule cites (docs/sources/README.md indexes them; reference/… names a file of docs/sources/reference/).
 * A legal reference is always "file name — article".
 */
export const SOURCES = {
  L5134_20: '000_fd6cca7b32c3007e.txt',
  L322_4_7: '001_36f2403dfa8c0a26.txt',
  FORM_CAE_0515: '002_d93b7135d023d406.txt',
  DECRET_2004_CAE_DOM: '003_2988f0b5120431bc.txt',
  CAV_R5134: '004_270ee0ee401e397b.txt',
} as const;

/** Reference data that is not in the legal texts but carries its own source. */
export const REFERENCE_DATA = {
  SMIC: 'reference/smic-horaire-brut.csv (décrets de revalorisation du SMIC, OpenFisca smic_b_horaire)',
  README: 'reference/README.md',
} as const;

export function ref(source: keyof typeof SOURCES, article: string): string {
  return `${SOURCES[source]} — ${article}`;
}

const SOURCE_TITLES: Record<string, string> = {
  [SOURCES.L5134_20]: 'Code du travail',
  [SOURCES.L322_4_7]: 'Code du travail (avant le 1er mai 2008)',
  [SOURCES.FORM_CAE_0515]: 'Formulaire CAE-0515',
  [SOURCES.DECRET_2004_CAE_DOM]: 'Décret du 21 mars 2004',
  [SOURCES.CAV_R5134]: 'Code du travail (contrat d’avenir)',
};

/** A legal reference for people: each source file name replaced by the text's title. */
export function readableLegalRef(legalRef: string): string {
  return legalRef.replace(/\d{3}_[0-9a-f]{16}\.txt/g, (file) => SOURCE_TITLES[file] ?? file);
}
