/**
 * Every PDF renderer, in one module loaded on the first document (lazy.ts):
 * @react-pdf/renderer takes about half a second to load, a third of
 * `cae start`, and most sessions print nothing.
 */
export { renderActivityProofPdf } from './activity-proof';
export { renderConventionPdf } from './convention';
export { renderDenunciationPdf } from './denunciation';
export { renderEventDeclarationPdf } from './event-declaration';
export { renderStaffRepresentativesReportPdf } from './staff-representatives-report';
