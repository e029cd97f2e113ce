import type * as Renderers from './renderers';

/** The PDF renderers (renderers.ts), loaded when a document is first asked for, then kept by the module cache. */
export function pdfRenderers(): Promise<typeof Renderers> {
  return import('./renderers');
}
