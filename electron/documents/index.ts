/**
 * Printed documents (pure Node, no `electron` import): the convention in the
 * layout of form CAE-0515 in five copies, the avenant and the dénonciation
 * letter, as A4 PDFs with embedded DejaVu fonts.
 */
export { renderConventionPdf } from './convention';
export { renderDenunciationPdf } from './denunciation';
export { loadPrintableVersion, type PrintableVersion } from './database';
