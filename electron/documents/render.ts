/** The one call into the PDF library, so every document renders the same way. */
import type { ReactElement } from 'react';
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { registerFonts } from './fonts';

export async function renderPdf(element: ReactElement<DocumentProps>): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(element);
}
