import { dayFr } from '../dates/day';
import type { ConventionDocument } from '../document/schema';
import type { CavAuthority } from '../vocabulary';
import { RECODIFICATION_DATE } from './articles';
import { employmentAgencyName } from './organisations';

/**
 * Who concludes a contrat d'avenir's convention and signs for it (004):
 * the président du conseil général, the maire or the président de l'EPCI
 * (R. 5134-41), possibly through an organisme délégataire (R. 5134-44 5°,
 * R. 5134-45, R. 5134-51 « l'autorité ou le délégataire signataire »), or
 * the ANPE for the State (R. 5134-42), Pôle emploi from 1 January 2009.
 * A document that does not say is the State's: every convention printed
 * before the field existed was signed « Pour l'État » (docs/rules.md).
 */
export function cavAuthorityOf(doc: ConventionDocument): CavAuthority {
  return doc.concludedBy?.authority ?? 'STATE';
}

/** A commune or an EPCI concludes for a RMI beneficiary only under a délégation from the département (R. 5134-41 al. 2). */
export const needsDepartmentDelegation = (authority: CavAuthority): boolean => authority === 'COMMUNE' || authority === 'EPCI';

export interface CavSignatory {
  authority: CavAuthority;
  /** The collectivité as the document names it (« Département du Nord »), if it does. */
  authorityName: string | undefined;
  /** The organisme délégataire, for a collectivité only. */
  delegate: string | undefined;
  /** Who acts for the convention, with its article: « l’Agence nationale pour l’emploi », « le maire (Commune de Roubaix) », the délégataire. */
  actor: string;
  /** Title of the signature box: « Pour l’État, l’Agence nationale pour l’emploi », « Pour la commune, le maire ». */
  signatureTitle: string;
  /** The sentence printed under the title: who concludes, on what ground. */
  concludedBy: string;
  /** The issuer of a letter: « Agence nationale pour l’emploi », « Commune de Roubaix », the délégataire. */
  issuer: string;
  /** Who signs a letter, or undefined for the State (its agency's director). */
  letterSignatory: string | undefined;
  /** To whom a renewal is requested (R. 5134-45), with its preposition. */
  toSignatory: string;
  /** Copy recipient of the signatory (second copy of the convention). */
  copyRecipient: string;
}

const HEAD: Record<Exclude<CavAuthority, 'STATE'>, { office: string; title: string; generic: string; collectivity: string }> = {
  DEPARTMENT: {
    office: 'le président du conseil général',
    title: 'Pour le département, le président du conseil général',
    generic: 'Conseil général',
    collectivity: 'la collectivité',
  },
  COMMUNE: { office: 'le maire', title: 'Pour la commune, le maire', generic: 'Mairie', collectivity: 'la collectivité' },
  EPCI: {
    office: 'le président de l’établissement public de coopération intercommunale',
    title: 'Pour l’établissement public de coopération intercommunale, son président',
    generic: 'Établissement public de coopération intercommunale',
    collectivity: 'l’établissement public de coopération intercommunale',
  },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const trimmed = (s: string | null | undefined) => (s && s.trim() !== '' ? s.trim() : undefined);

/** The signatory of a contrat d'avenir's convention, with the organisations named as on `date` (ANPE until 31/12/2008). */
export function cavSignatory(doc: ConventionDocument, date: string): CavSignatory {
  const authority = cavAuthorityOf(doc);
  const article = (a: string) => (date >= RECODIFICATION_DATE ? ` (art. ${a})` : '');
  if (authority === 'STATE') {
    const anpe = employmentAgencyName(date) === 'ANPE';
    const agency = anpe ? 'l’Agence nationale pour l’emploi' : 'Pôle emploi';
    return {
      authority,
      authorityName: undefined,
      delegate: undefined,
      actor: agency,
      signatureTitle: `Pour l’État, ${agency}`,
      concludedBy: `Convention conclue, pour le compte de l’État, par ${agency}${article('R. 5134-42')}.`,
      issuer: anpe ? 'Agence nationale pour l’emploi' : 'Pôle emploi',
      letterSignatory: undefined,
      toSignatory: anpe ? 'à l’ANPE' : 'à Pôle emploi',
      copyRecipient: anpe ? 'ALE' : 'Pôle emploi',
    };
  }
  const head = HEAD[authority];
  const name = trimmed(doc.concludedBy?.name);
  const delegate = trimmed(doc.concludedBy?.delegate);
  const delegationOn = doc.concludedBy?.departmentDelegationOn;
  const delegation =
    needsDepartmentDelegation(authority) && delegationOn
      ? `, par délégation du département : convention de délégation du ${dayFr(delegationOn)}${article('R. 5134-41, alinéa 2, et R. 5134-43')}`
      : '';
  const by = `${head.office}${name ? ` (${name})` : ''}`;
  const delegated = delegate ? ` ; mise en œuvre et signature déléguées à ${delegate}` : '';
  return {
    authority,
    authorityName: name,
    delegate,
    // « le maire » → « du maire »: every office starts with « le ».
    actor: delegate ? `${delegate}, par délégation du ${by.slice(3)}` : by,
    signatureTitle: delegate ? `Pour ${head.office} et par délégation, ${delegate}` : head.title,
    concludedBy: `Convention conclue par ${by}${article('R. 5134-41')}${delegation}${delegated}.`,
    issuer: delegate ?? name ?? head.generic,
    letterSignatory: delegate ? `Pour ${head.office} et par délégation, ${delegate}` : capital(head.office),
    toSignatory: `à ${head.collectivity} signataire de la convention initiale${name ? ` (${name})` : ''}${delegate ? ` ou à son délégataire (${delegate})` : ''}`,
    copyRecipient: delegate ?? name ?? head.generic,
  };
}
