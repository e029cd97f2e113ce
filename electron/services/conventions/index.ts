/** The agency's convention workflow: one entry for the handlers. */
export { addAvenant, type AvenantInput } from './avenants';
export { denunciationStep, type DenunciationInput } from './denunciation';
export { diffConventionVersions, diffVersions } from './diff';
export { recordEvent } from './events';
export { deleteDraft, saveDraft } from './save-draft';
export type { ServiceContext } from './state';
export { transition } from './transition';
export { getConvention } from './view';
