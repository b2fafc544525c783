import { sum } from 'd3-array';

/** A total over records where some may not state the figure: null when none does, so unknown never reads as 0. */
export interface Measure {
  value: number | null;
  /** How many records stated the figure. */
  reported: number;
  /** How many records left it blank. */
  missing: number;
  /** Present where a record that states the figure words it as approximate (约, 余, 多): the total is then approximate too. */
  approximate?: true;
}

/** Sums the figures that are known and counts those that are not. */
export function sumKnown<T>(items: Iterable<T>, figure: (item: T) => number | null, isApproximate?: (item: T) => boolean): Measure {
  const known: number[] = [];
  let missing = 0;
  let approximate = false;
  for (const item of items) {
    const value = figure(item);
    if (value === null) missing++;
    else {
      known.push(value);
      if (isApproximate?.(item)) approximate = true;
    }
  }
  const measure: Measure = { value: known.length === 0 ? null : sum(known), reported: known.length, missing };
  return approximate ? { ...measure, approximate: true } : measure;
}

/**
 * The mean of `figure` weighted by `weight`, over the items that state both (e.g. income gain per household,
 * weighted by households). Items that state only one of the two count as missing.
 */
export function weightedMean<T>(items: Iterable<T>, figure: (item: T) => number | null, weight: (item: T) => number | null): Measure {
  let weighted = 0;
  let totalWeight = 0;
  let reported = 0;
  let missing = 0;
  for (const item of items) {
    const value = figure(item);
    const w = weight(item);
    if (value === null && w === null) continue;
    if (value === null || w === null || w === 0) {
      missing++;
      continue;
    }
    weighted += value * w;
    totalWeight += w;
    reported++;
  }
  return { value: reported === 0 ? null : weighted / totalWeight, reported, missing };
}
