import type { Period } from '../data/types';
import type { ProgressPoint } from '../data/progress/readProgress';
import { progressOfArea, unitsStated } from '../data/aggregate/progressOfArea';
import { progressMeasure, type ProgressUnit } from '../data/progress/progressMeasures';
import { sayInstead } from '../charts/chartSpec';
import { formatNumber } from '../i18n/format';
import type { ChartContext, ChartSpec } from '../charts/chartOption';
import { asOfLabel, buildProgressChart } from '../charts/options/buildProgressChart';

/** The progress chart of a view: the unit drawn, the units there are to choose from, and the sources of its points. */
export interface ProgressChart {
  unit: ProgressUnit;
  units: readonly ProgressUnit[];
  spec: ChartSpec;
  sources: readonly string[];
  /** The years its points span, for exports (2016-2022). */
  period: string;
}

// A single point said in words: its measure, its date, and the source's own wording where it is approximate.
function singlePointLabel(point: ProgressPoint, lang: 'zh' | 'en'): string {
  const measure = progressMeasure(point.measure)?.label[lang] ?? point.measure;
  if (lang === 'zh') return `${measure}（${asOfLabel(point.asOf, 'zh')}${point.approximate ? `，原文“${point.stated}”` : ''}）`;
  return `${measure} (${asOfLabel(point.asOf, 'en')}${point.approximate ? `, written "${point.stated}"` : ''})`;
}

/**
 * The area's figures over time, or null where it states none. The chosen unit is drawn where the area states it,
 * else the unit it states most. A single stated point is said in words: one marker on a time axis shows no progress.
 */
export function deriveProgressChart(
  points: readonly ProgressPoint[],
  area: string,
  period: Period | null,
  chosen: ProgressUnit,
  context: ChartContext,
): ProgressChart | null {
  const progress = progressOfArea(points, area, period);
  const units = unitsStated(progress);
  const unit = units.includes(chosen) ? chosen : units[0];
  if (unit === undefined) return null;
  const drawn = progress[unit].flatMap((line) => line.points);
  const years = drawn.map((point) => point.asOf.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const drawnSpec = buildProgressChart(progress[unit], unit, context);
  const [only] = drawn;
  const spec =
    drawn.length === 1 && only
      ? sayInstead(
          { ...drawnSpec, notes: [] },
          {
            area: singlePointLabel(only, context.lang),
            value: formatNumber(only.value, context.lang),
          },
        )
      : drawnSpec;
  return {
    unit,
    units,
    spec,
    sources: [...new Set(drawn.map((point) => point.source))],
    period: from === to ? String(from) : `${from}-${to}`,
  };
}
