/**
 * The fonts embedded in every PDF: DejaVu Sans Condensed (Bitstream Vera
 * licence, shipped by the `dejavu-fonts-ttf` npm package). It covers French
 * accents, « », €, ☐/☒, and the no-break spaces (U+00A0, U+202F) that
 * `formatCents` prints. Nothing is read from the system's fonts.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

export const FONT_FAMILY = 'DejaVu Sans Condensed';

let registered = false;

function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** Registers the family once per process; words are never hyphenated (the default rules are English). */
export function registerFonts(): void {
  if (registered) return;
  const dir = fontDirectory();
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: path.join(dir, 'DejaVuSansCondensed.ttf'), fontWeight: 'normal', fontStyle: 'normal' },
      { src: path.join(dir, 'DejaVuSansCondensed-Bold.ttf'), fontWeight: 'bold', fontStyle: 'normal' },
      { src: path.join(dir, 'DejaVuSansCondensed-Oblique.ttf'), fontWeight: 'normal', fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
