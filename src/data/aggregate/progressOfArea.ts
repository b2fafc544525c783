import type { Period } from '../types';
import { PROGRESS_MEASURES, PROGRESS_UNITS, type ProgressUnit } from '../progress/progressMeasures';
import type { AsOf, ProgressPoint } from '../progress/readProgress';

/** One measure's stated points for one place, earliest first. */
export interface ProgressLine {
  measure: string;
  points: readonly ProgressPoint[];
}

export type AreaProgress = Readonly<Record<ProgressUnit, readonly ProgressLine[]>>;

/** Earlier dates first; a year's figure (2019) before a month of it (2019-12), as a plan precedes its months. */
export function compareAsOf(a: AsOf, b: AsOf): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0);
}

/**
 * The place's own stated figures over time, per unit a line per measure, within the period's years. Only the
 * place's own lines: its provinces' or counties' figures at other dates are theirs, and a stock at one date is
 * never added to another's, so nothing here is summed.
 */
export function progressOfArea(points: readonly ProgressPoint[], area: string, period: Period | null): AreaProgress {
  const own = points
    .filter((point) => point.code === area && (!period || (point.asOf.year >= period.from && point.asOf.year <= period.to)))
    .sort((a, b) => compareAsOf(a.asOf, b.asOf) || a.line - b.line);
  const linesOf = (unit: ProgressUnit) =>
    PROGRESS_MEASURES.filter((measure) => measure.unit === unit)
      .map((measure) => ({ measure: measure.key, points: own.filter((point) => point.measure === measure.key) }))
      .filter((line) => line.points.length > 0);
  return { people: linesOf('people'), yuan: linesOf('yuan') };
}

export function pointCount(lines: readonly ProgressLine[]): number {
  return lines.reduce((count, line) => count + line.points.length, 0);
}

/** The units the area states anything of, the one with most points first (a tie keeps people before income). */
export function unitsStated(progress: AreaProgress): ProgressUnit[] {
  return PROGRESS_UNITS.filter((unit) => pointCount(progress[unit]) > 0).sort((a, b) => pointCount(progress[b]) - pointCount(progress[a]));
}
