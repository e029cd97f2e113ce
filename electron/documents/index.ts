/**
 * Printed documents (pure Node, no `electron` import): the convention in the
 * layout of form CAE-0515 in five copies, the avenant and the dénonciation
 * letter, as A4 PDFs with embedded DejaVu fonts.
 */
export { renderConventionPdf, conventionElement, COPY_COUNT, type ConventionPrintInput } from './convention';
export { renderAvenantPdf, avenantElement, type AvenantPrintInput } from './avenant';
export { renderDenunciationPdf, denunciationElement, denunciationRepayment, OBSERVATION_DAYS, type DenunciationPrintInput } from './denunciation';
export { loadPrintableVersion, type PrintableVersion } from './database';
export { copyRecipients, legalReference } from './form/context';
export { FONT_FAMILY, fontDirectory, registerFonts } from './fonts';
