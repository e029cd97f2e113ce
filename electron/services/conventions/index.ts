/** The agency's convention workflow: one entry for the handlers. */
export { addAvenant } from './avenants';
export { denunciationStep } from './denunciation';
export { diffConventionVersions } from './diff';
export { recordEvent } from './events';
export { deleteDraft, saveDraft } from './save-draft';
export type { ServiceContext } from './state';
export { transition } from './transition';
export { getConvention } from './view';
