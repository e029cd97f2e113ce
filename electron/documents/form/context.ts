/** What every block of the printed convention needs, derived once from the document and its number. */
import type { Measure } from '../../../shared/rules/vocabulary';
import { formatAvenantIndex } from '../../../shared/domain/numbering';
import {
  cavSignatory,
  type CavSignatory,
  checkConvention,
  employmentAgencyName,
  payingAgencyName,
  RECODIFICATION_DATE,
  type Computed,
  type ConventionDocument,
} from '../../../shared/rules/index';

interface ConventionNumberBoxes {
  department: string;
  month: string;
  year: string;
  prescriberCode: string;
  orderNumber: string;
  avenant: string;
}

export interface FormContext {
  doc: ConventionDocument;
  measure: Measure;
  /** Convention number as registered (`069-0608-69012-00001`), or derived from the document for a draft. */
  number: string;
  avenantIndex: number;
  boxes: ConventionNumberBoxes;
  /** The day whose law and organisation names apply: signature, else filing, else hiring. */
  referenceDate: string;
  employmentAgency: string;
  payingAgency: string;
  /** Contrat d'avenir: who concludes and signs (R. 5134-41, R. 5134-42), named as on the reference date; undefined for the other measures. */
  cavSignatory: CavSignatory | undefined;
  computed: Computed;
}

/** Splits `DDD-MMAA-CCCCC-NNNNN` into the boxes of the administration block. */
function numberBoxes(number: string, doc: ConventionDocument, avenantIndex: number): ConventionNumberBoxes {
  const m = /^(\w{2,3})-(\d{2})(\d{2})-(\w+)-(\d+)$/.exec(number.trim());
  const [year, month] = (doc.filedOn ?? '').split('-');
  return {
    department: (m?.[1] ?? doc.department ?? '').padStart(3, '0'),
    month: m?.[2] ?? month ?? '',
    year: m?.[3] ?? year?.slice(2) ?? '',
    prescriberCode: m?.[4] ?? doc.prescriberCode ?? '',
    orderNumber: m?.[5] ?? '',
    avenant: formatAvenantIndex(avenantIndex),
  };
}

export function formContext(doc: ConventionDocument, number: string | undefined, avenantIndex: number): FormContext {
  const referenceDate = doc.signedOn ?? doc.filedOn ?? doc.contract?.hiredOn ?? RECODIFICATION_DATE;
  const boxes = numberBoxes(number ?? '', doc, avenantIndex);
  const shown = number ?? `${boxes.department}-${boxes.month}${boxes.year}-${boxes.prescriberCode}`;
  return {
    doc,
    measure: doc.measure ?? 'CAE',
    number: shown,
    avenantIndex,
    boxes,
    referenceDate,
    employmentAgency: employmentAgencyName(referenceDate),
    payingAgency: payingAgencyName(referenceDate),
    cavSignatory: doc.measure === 'CAV' ? cavSignatory(doc, referenceDate) : undefined,
    computed: checkConvention(doc).computed,
  };
}

/** The article printed under the title: the Code du travail was recodified on 1 May 2008. */
export function legalReference(ctx: Pick<FormContext, 'measure' | 'referenceDate'>): string {
  const before = ctx.referenceDate < RECODIFICATION_DATE;
  switch (ctx.measure) {
    case 'CAV':
      return before ? 'Articles L 322-4-10 et suivants du Code du Travail' : 'Articles L5134-35 et suivants, R. 5134-41 et suivants du Code du travail';
    case 'CAE_DOM':
      return 'Articles R. 831-1 et suivants du Code du travail (décret du 21 mars 2004)';
    default:
      return before ? 'Article L 322-4-7 du Code du Travail' : 'Articles L5134-20 et suivants du Code du travail';
  }
}

export const TITLES: Record<Measure, { title: string; subtitle: string }> = {
  CAE: { title: 'CONTRAT D’ACCOMPAGNEMENT DANS L’EMPLOI', subtitle: 'CONVENTION ENTRE L’ÉTAT ET L’EMPLOYEUR' },
  CAV: { title: 'CONTRAT D’AVENIR', subtitle: 'CONVENTION INDIVIDUELLE' },
  CAE_DOM: { title: 'CONTRAT D’ACCÈS À L’EMPLOI', subtitle: 'CONVENTION ENTRE L’ÉTAT ET L’EMPLOYEUR' },
};

/**
 * Who receives each copy (form CAE-0515 « Destinataires »), with the names in
 * force on the reference date; a contrat d'avenir's second copy goes to its
 * signatory (R. 5134-41, R. 5134-42), the agency when it is the State's.
 */
export function copyRecipients(ctx: Pick<FormContext, 'payingAgency' | 'employmentAgency'> & { cavSignatory?: CavSignatory | undefined }): string[] {
  const agency = ctx.cavSignatory?.copyRecipient ?? (ctx.employmentAgency === 'ANPE' ? 'ALE' : ctx.employmentAgency);
  return [ctx.payingAgency, agency, 'Employeur', 'Salarié', 'Organisme de recouvrement des cotisations sociales'];
}
