import { formatFixed } from '../i18n/format';
import type { Lang } from '../i18n/translate';

/** A value axis fixed in advance: ECharts draws exactly these ticks, so none is dropped for want of room. */
export interface ValueScale {
  min: number;
  max: number;
  interval: number;
  ticks: number[];
}

// Round steps a reader counts in: 1, 2, 2.5 and 5 of a power of ten.
const STEP_MULTIPLES = [1, 2, 2.5, 5];

/** Removes the binary noise of multiplying decimals (0.30000000000000004), so ticks compare and print exactly. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * The scale from zero (or the lowest negative figure) to the highest figure on round, evenly spaced ticks, at most
 * `maxIntervals` of them: the narrowest plot on a phone still has room for each label, so ECharts is never left to
 * drop some (0, 500, 1,500). `headroom` widens the top so a label drawn above the highest point stays in the plot.
 */
export function valueScale(values: readonly number[], intervals = 4, headroom = 0): ValueScale {
  // Figures either side of zero need two intervals at least; with one the search below would never end.
  const maxIntervals = Math.max(2, intervals);
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  const highest = Math.max(0, ...finite);
  const high = highest + (highest - low) * headroom;
  const span = high - low;
  if (span === 0) return { min: 0, max: 1, interval: 1, ticks: [0, 1] };
  const intervalsAt = (step: number) => Math.ceil(clean(high / step)) - Math.floor(clean(low / step));
  let magnitude = 10 ** Math.floor(Math.log10(span / maxIntervals));
  // A figure just below zero beside a large one can need the next power of ten: the search goes on until one fits.
  const fittingStep = () => STEP_MULTIPLES.map((multiple) => clean(magnitude * multiple)).find((step) => intervalsAt(step) <= maxIntervals);
  let interval = fittingStep();
  while (interval === undefined) {
    magnitude *= 10;
    interval = fittingStep();
  }
  // Each tick a whole multiple of the step, so zero is exactly 0 and not what adding steps to a negative left over.
  const first = Math.floor(clean(low / interval));
  const last = Math.ceil(clean(high / interval));
  const ticks = Array.from({ length: last - first + 1 }, (_, index) => clean((first + index) * interval));
  return { min: ticks[0] ?? 0, max: ticks[ticks.length - 1] ?? interval, interval, ticks };
}

interface Magnitude {
  /** The smallest figure written in this unit. */
  from: number;
  divisor: number;
  suffix: string;
}

// Chinese counts in 万 and 亿; English in thousands, millions and billions (12K, 1.5M). Below ten thousand a figure
// is written in full in both.
const MAGNITUDES: Readonly<Record<Lang, readonly Magnitude[]>> = {
  zh: [
    { from: 1e8, divisor: 1e8, suffix: '亿' },
    { from: 1e4, divisor: 1e4, suffix: '万' },
  ],
  en: [
    { from: 1e9, divisor: 1e9, suffix: 'B' },
    { from: 1e6, divisor: 1e6, suffix: 'M' },
    { from: 1e4, divisor: 1e3, suffix: 'K' },
  ],
};

function magnitudeFor(largest: number, lang: Lang): Magnitude {
  return MAGNITUDES[lang].find((magnitude) => largest >= magnitude.from) ?? { from: 0, divisor: 1, suffix: '' };
}

/** The fewest decimals (up to three) that write every figure exactly once scaled by the divisor. */
function decimalsFor(values: readonly number[], divisor: number): number {
  for (let digits = 0; digits < 3; digits += 1) {
    const factor = 10 ** digits;
    if (values.every((value) => Math.abs(Math.round((value / divisor) * factor) - (value / divisor) * factor) < 1e-6)) return digits;
  }
  return 3;
}

/**
 * One way of writing every figure of a set (an axis's ticks, a chart's point labels): the same unit (万 for all,
 * never 9,000 beside 1.2万) and the same decimals, as many as it takes for each figure to be exact.
 */
export function sharedNumberFormat(values: readonly number[], lang: Lang): (value: number) => string {
  const largest = Math.max(0, ...values.map(Math.abs));
  const magnitude = magnitudeFor(largest, lang);
  // Ticks a step of which is below the unit read better in full (2,500 5,000 7,500 10,000, not 0.25万 0.50万 …),
  // as long as they stay short: from 100,000 on they are written in the unit.
  const step = Math.min(
    ...values
      .slice(1)
      .map((value, index) => Math.abs(value - (values[index] ?? 0)))
      .filter((gap) => gap > 0),
  );
  const { divisor, suffix } = largest >= 1e5 || step >= magnitude.divisor ? magnitude : { divisor: 1, suffix: '' };
  const digits = decimalsFor(values, divisor);
  return (value) => (value === 0 ? '0' : `${formatFixed(value / divisor, lang, digits)}${suffix}`);
}

/**
 * Labels for figures drawn side by side (the points of a yearly line): in 万 with as many decimals (up to two) as it
 * takes for each to be within half a per cent of its figure and for different figures to read differently (1.21万
 * 1.14万 1.38万, not 1.2万 1.1万 1.4万, which lose the differences); figures too close for that are written in full.
 */
export function distinctLabelFormat(values: readonly number[], lang: Lang): (value: number) => string {
  const largest = Math.max(0, ...values.map(Math.abs));
  const { divisor, suffix } = magnitudeFor(largest, lang);
  const full = (value: number) => formatFixed(value, lang, 0);
  if (divisor === 1) return full;
  const distinct = [...new Set(values)];
  const closeEnough = (value: number, digits: number) => {
    const scaled = value / divisor;
    return scaled === 0 || Math.abs(Number(scaled.toFixed(digits)) - scaled) / Math.abs(scaled) <= 0.005;
  };
  for (let digits = 0; digits <= 2; digits += 1) {
    const written = new Set(distinct.map((value) => formatFixed(value / divisor, lang, digits)));
    if (written.size === distinct.length && distinct.every((value) => closeEnough(value, digits))) {
      return (value) => `${formatFixed(value / divisor, lang, digits)}${suffix}`;
    }
  }
  return full;
}
