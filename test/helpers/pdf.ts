/**
 * Reads the PDFs the app prints, in pure JavaScript (no poppler, nothing to
 * install): pdf.js extracts the text as a reader's copy-paste would, pdf-lib
 * opens the file's objects for what the text does not show (fonts, page size,
 * document information).
 */
import { PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Same baseline within this many points: one line of text. */
const SAME_LINE = 2;

/**
 * The text of every page, top to bottom and left to right, a line per
 * baseline, pages separated by a form feed (the layout pdftotext gives).
 * Runs of one line that do not touch are separated by a space.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        runs.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height });
      }
      pages.push(linesOf(runs).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\f');
  } finally {
    await doc.destroy();
  }
}

function linesOf(runs: Run[]): string[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - run.y) <= SAME_LINE) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of line) {
      const gap = run.x - end;
      if (text !== '' && gap > Math.max(0.5, run.height * 0.1) && !text.endsWith(' ') && !run.str.startsWith(' ')) text += ' ';
      text += run.str;
      end = run.x + run.width;
    }
    return text;
  });
}

/** The text with no-break spaces as plain spaces, for readable assertions. */
export async function plainText(pdf: Buffer): Promise<string> {
  return (await pdfText(pdf)).replace(/[\u00a0\u202f]/g, ' ');
}

export interface PdfFont {
  name: string;
  /** The font program is in the file (FontFile, FontFile2 or FontFile3). */
  embedded: boolean;
  /** A ToUnicode map lets a reader copy the text. */
  unicode: boolean;
}

/** Every font dictionary of the file, with what pdffonts would say of it. */
export async function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const lookup = (value: PDFObject | undefined): PDFObject | undefined => (value instanceof PDFRef ? doc.context.lookup(value) : value);
  const dict = (value: PDFObject | undefined): PDFDict | undefined => {
    const found = lookup(value);
    return found instanceof PDFDict ? found : undefined;
  };
  const hasFontFile = (descriptor: PDFDict | undefined) =>
    !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)));
  const fonts: PdfFont[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = object.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('CIDFontType0') || subtype === PDFName.of('CIDFontType2')) continue; // described by their Type0 parent
    const descendants = lookup(object.get(PDFName.of('DescendantFonts')));
    const descendant =
      descendants && 'get' in descendants && typeof descendants.get === 'function'
        ? dict((descendants as { get: (i: number) => PDFObject }).get(0))
        : undefined;
    const descriptor = dict(object.get(PDFName.of('FontDescriptor'))) ?? dict(descendant?.get(PDFName.of('FontDescriptor')));
    const baseFont = lookup(object.get(PDFName.of('BaseFont')));
    fonts.push({
      name: baseFont instanceof PDFName ? baseFont.decodeText() : '',
      embedded: hasFontFile(descriptor),
      unicode: object.has(PDFName.of('ToUnicode')),
    });
  }
  return fonts;
}

export interface PdfInfo {
  pages: number;
  /** Every page is A4 (595 × 842 pt, within a point), portrait. */
  a4: boolean;
  title: string | undefined;
  creationDate: Date | undefined;
}

export async function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages();
  return {
    pages: pages.length,
    a4: pages.every((page) => Math.abs(page.getWidth() - 595.28) < 1 && Math.abs(page.getHeight() - 841.89) < 1),
    title: doc.getTitle(),
    creationDate: doc.getCreationDate(),
  };
}

export function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
