import type { ChartOption } from './chartOption';
import { PALETTE } from './chartOption';
import { NO_DATA } from './options/buildCountyMapChart';

export type ColorScheme = 'light' | 'dark';

/** The card's colour in the dark scheme (styles.css --paper), which gaps between stacked segments show. */
const DARK_PAPER = '#1b2026';

// The chart's ink in the dark scheme: text, axis figures and grid lines, and the map's grey for counties without a
// figure. The data colours (Okabe–Ito) stay: they read on dark as on light.
const DARK_INK: Readonly<Record<string, string>> = {
  [PALETTE.text]: '#e6e9ed',
  [PALETTE.axis]: '#a9b4c0',
  [PALETTE.grid]: '#3a4450',
  [NO_DATA]: '#2c333b',
};

const WHITE = new Set(['#fff', '#ffffff']);

function recolour(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    // A white border parts segments on the card's colour; white text on a dark bar stays white.
    if (key === 'borderColor' && WHITE.has(value.toLowerCase())) return DARK_PAPER;
    return DARK_INK[value] ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => recolour(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, recolour(item, name)]));
  }
  return value;
}

/**
 * The option as drawn on the page in the reader's colour scheme. Builders draw for light (exports are printed on
 * white); the dark scheme swaps the ink for light ink and keeps every figure, formatter and data colour as it is.
 */
export function forColorScheme(option: ChartOption, scheme: ColorScheme): ChartOption {
  return scheme === 'light' ? option : (recolour(option, '') as ChartOption);
}
