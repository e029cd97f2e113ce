/** WCAG 2.1 contrast of colours written `#rrggbb`: relative luminance and ratio, and the darkening that reaches a ratio. */

function channels(hex: string): [number, number, number] {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) throw new Error(`Couleur attendue au format #rrggbb : ${hex}`);
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
}

const hexOf = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance (WCAG 2.1, 1.4.3). */
function luminance(hex: string): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The colour itself when it reaches `ratio` on every background (and is no
 * lighter than `notLighterThan`), else the colour mixed with black 1 % at a
 * time until it does: the same hue, just darker.
 */
export function darkenUntil(hex: string, backgrounds: readonly string[], ratio: number, notLighterThan?: string): string {
  const rgb = channels(hex);
  for (let step = 0; step <= 100; step += 1) {
    const candidate = hexOf(rgb.map((c) => (c * (100 - step)) / 100));
    const readable = backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio);
    if (readable && (!notLighterThan || luminance(candidate) <= luminance(notLighterThan))) return candidate;
  }
  return '#000000';
}
