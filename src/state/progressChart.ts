import type { Period } from '../data/types';
import type { ProgressPoint } from '../data/progress/readProgress';
import type { ProgressUnit } from '../data/progress/progressMeasures';
import { progressOfArea, unitsOverTime } from '../data/aggregate/progressOfArea';
import type { ChartContext, ChartSpec } from '../charts/chartOption';
import { buildProgressChart } from '../charts/options/buildProgressChart';

/** The progress chart of a view: the unit drawn, the units there are to choose from, and the sources of its points. */
export interface ProgressChart {
  unit: ProgressUnit;
  units: readonly ProgressUnit[];
  spec: ChartSpec;
  sources: readonly string[];
  /** The years its points span, for exports (2016-2022). */
  period: string;
}

/**
 * The area's figures over time, or null where it states no measure at two dates or more (one point is no
 * progress). The chosen unit is drawn where the area has it over time, else the one it has.
 */
export function deriveProgressChart(
  points: readonly ProgressPoint[],
  area: string,
  period: Period | null,
  chosen: ProgressUnit,
  context: ChartContext,
): ProgressChart | null {
  const progress = progressOfArea(points, area, period);
  const units = unitsOverTime(progress);
  const unit = units.includes(chosen) ? chosen : units[0];
  if (unit === undefined) return null;
  const drawn = progress[unit].flatMap((line) => line.points);
  const years = drawn.map((point) => point.asOf.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return {
    unit,
    units,
    spec: buildProgressChart(progress[unit], unit, context),
    sources: [...new Set(drawn.map((point) => point.source))],
    period: from === to ? String(from) : `${from}-${to}`,
  };
}
