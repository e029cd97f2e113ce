/**
 * The printed documents, spread into the contract's `channels`: the
 * convention in the layout of form CAE-0515 (the same PDF as `cae print`) and
 * the dénonciation letter, each as a file name and its bytes in base64.
 */
import { z } from 'zod';

const id = z.number({ error: 'identifiant de convention attendu' }).int().positive();
const pdfFile = z.object({
  fileName: z.string().regex(/^[\w.-]+\.pdf$/),
  base64: z.string().min(1),
});
export type PdfFile = z.infer<typeof pdfFile>;

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
} as const;
