import { createTheme, DEFAULT_THEME, Skeleton, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import { contrastRatio, darkenUntil } from './contrast';

/** WCAG 2.1 AA: 4.5:1 for text (1.4.3), 3:1 for the borders that show a field or a box to tick (1.4.11). */
const TEXT_RATIO = 4.5;
const BORDER_RATIO = 3;

const WHITE = '#ffffff';
const { gray, blue, red, orange, green } = DEFAULT_THEME.colors;

/**
 * Mantine's palettes with their darker shades made readable, each shade
 * darkened only as much as needed (same hue): shade 7 as text on white and
 * on the grey page background; shade 8, the « filled » shade, also under
 * white text (buttons, badges, the primary colour's links); shade 9, the
 * text of the « light » variant (badges, alerts), on the variant's tinted
 * backgrounds (shades 0 and 1, 2 when hovered) and on grey.
 */
function readablePalette(colors: MantineColorsTuple): MantineColorsTuple {
  const seven = darkenUntil(colors[7], [WHITE, gray[0]], TEXT_RATIO);
  const eight = darkenUntil(colors[8], [WHITE, gray[0], gray[1], colors[0]], TEXT_RATIO);
  const nine = darkenUntil(colors[9], [WHITE, gray[1], colors[0], colors[1], colors[2]], TEXT_RATIO, eight);
  return [colors[0], colors[1], colors[2], colors[3], colors[4], colors[5], colors[6], seven, eight, nine];
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark' && name !== 'gray')
    .map(([name, tuple]) => [name, readablePalette(tuple)]),
);

/** Mantine's « dimmed » grey (#868e96, 3.3:1 on white) darkened to 4.5:1 on every light background of the app. */
export const DIMMED = darkenUntil(gray[6], [WHITE, gray[0], gray[1], blue[0], blue[1], red[0], orange[0], green[0]], TEXT_RATIO);
/** The border of a field, a checkbox or a radio (Mantine's grey 4 is 1.5:1): 3:1 on white and on the grey page background. */
export const CONTROL_BORDER = darkenUntil(gray[4], [WHITE, gray[0]], BORDER_RATIO);

/** Readable grey texts and errors; `--cae-control-border` is used by controls.css. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: { '--cae-control-border': CONTROL_BORDER },
  light: {
    '--mantine-color-dimmed': DIMMED,
    '--mantine-color-placeholder': DIMMED,
    // Red 6 (#fa5252, 3.3:1) under the fields in error: the readable red.
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});

/** The pairs of colours the theme draws, with their ratio and the ratio required: checked by its test. */
export function themePairs(): { name: string; ratio: number; min: number }[] {
  const pairs: { name: string; ratio: number; min: number }[] = [
    { name: 'dimmed / white', ratio: contrastRatio(DIMMED, WHITE), min: TEXT_RATIO },
    { name: 'dimmed / gray-0', ratio: contrastRatio(DIMMED, gray[0]), min: TEXT_RATIO },
    { name: 'control border / gray-0', ratio: contrastRatio(CONTROL_BORDER, gray[0]), min: BORDER_RATIO },
  ];
  for (const [name, shades] of Object.entries(colors)) {
    pairs.push(
      { name: `${name}-8 filled / white text`, ratio: contrastRatio(shades[8], WHITE), min: TEXT_RATIO },
      { name: `${name}-7 text / gray-0`, ratio: contrastRatio(shades[7], gray[0]), min: TEXT_RATIO },
      { name: `${name}-9 light text / ${name}-1`, ratio: contrastRatio(shades[9], shades[1]), min: TEXT_RATIO },
      { name: `${name}-9 light text / ${name}-2 (hover)`, ratio: contrastRatio(shades[9], shades[2]), min: TEXT_RATIO },
    );
  }
  return pairs;
}

/** Mantine's look, blue, with readable colours (WCAG AA) and calmer headings for a working tool. */
export const theme = createTheme({
  colors,
  primaryColor: 'blue',
  // Filled buttons, links and the focus ring in shade 8: white on blue 8 reads at 4.5:1, Mantine's blue 6 at 3.5:1.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // A placeholder while a screen loads: a status (« Chargement des aides »), which an aria-label may name, unlike a bare div.
    Skeleton: Skeleton.extend({ defaultProps: { role: 'status' } }),
  },
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.625rem', lineHeight: '1.3' },
      h2: { fontSize: '1.25rem', lineHeight: '1.35' },
      h3: { fontSize: '1.125rem', lineHeight: '1.4' },
      h4: { fontSize: '1rem', lineHeight: '1.45' },
    },
  },
});
