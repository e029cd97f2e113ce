/**
 * The printed documents, spread into the contract's `channels`: the
 * convention in the layout of form CAE-0515 (the same PDF as `cae print`) and
 * the dénonciation letter, and the employer's declaration of a reported fact,
 * each as a file name and its bytes in base64.
 */
import { z } from 'zod';

const id = z.number({ error: 'identifiant de convention attendu' }).int().positive();
const pdfFile = z.object({
  fileName: z.string().regex(/^[\w.-]+\.pdf$/),
  base64: z.string().min(1),
});
export type PdfFile = z.infer<typeof pdfFile>;

const position = z.number({ error: 'rang du fait attendu (0 pour le premier)' }).int({ error: 'rang du fait attendu (0 pour le premier)' }).min(0).max(999);
/**
 * Which reported fact: `EVENT` the i-th of the convention's events (suspension,
 * trial period elsewhere, rupture, change of the weekly hours: the `index` of
 * its reporting deadline), `RENEWAL` the i-th renewal (contrat d'avenir, R. 5134-61).
 */
const reportedFact = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('EVENT'), index: position }).strict(), z.object({ kind: z.literal('RENEWAL'), index: position }).strict()],
  { error: 'fait attendu : { kind: "EVENT", index } (événement de la convention) ou { kind: "RENEWAL", index } (renouvellement)' },
);
export type ReportedFactRef = z.infer<typeof reportedFact>;

/** A calendar year of the yearly report: the CAE dates from 2005 (loi 2005-32). */
const YEAR_MESSAGE = 'année attendue : un nombre entier de 2005 à 2100 (par exemple 2008)';
const reportYear = z.number({ error: YEAR_MESSAGE }).int({ error: YEAR_MESSAGE }).min(2005, { error: YEAR_MESSAGE }).max(2100, { error: YEAR_MESSAGE });

export const documentChannels = {
  'documents.conventionPdf': {
    input: z
      .object({
        id,
        /** 0 for the initial convention, n for the n-th avenant; the latest version without it. */
        avenantIndex: z.number({ error: 'numéro de version attendu' }).int().min(0).max(99).optional(),
      })
      .strict(),
    output: pdfFile,
  },
  'documents.denunciationPdf': { input: z.object({ id }).strict(), output: pdfFile },
  /** The declaration of a reported fact to the agency and the payment organisation (one copy each), with its deadline and documents. */
  'documents.eventDeclarationPdf': { input: z.object({ conventionId: id, fact: reportedFact }).strict(), output: pdfFile },
  /** The employer's yearly report to the staff representatives (former art. L322-4-7 II) for a calendar year. */
  'documents.staffRepresentativesReportPdf': { input: z.object({ year: reportYear }).strict(), output: pdfFile },
} as const;
