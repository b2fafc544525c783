import { progressMeasure, type ProgressUnit } from '../../data/progress/progressMeasures';
import type { AsOf, ProgressPoint } from '../../data/progress/readProgress';
import { compareAsOf, type ProgressLine } from '../../data/aggregate/progressOfArea';
import { formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { baseOption, categoryAxisStyle, escapeHtml, NARROW_CHART_WIDTH, valueAxis, valueAxisStyle, VERTICAL_AXIS_SPLITS } from '../commonOptions';
import { drawnChart, emptyChart } from '../chartSpec';

const LINE_COLOURS = [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.vermillion, PALETTE.purple, PALETTE.sky];
const LINE_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'roundRect'];

/**
 * Where a date sits on the time axis: a month at its last day (截至2019年12月 is the end of it), a bare year at
 * its middle (a year's income, a plan of that year), so a year's figure never claims a precise day.
 */
export function asOfTime(asOf: AsOf): number {
  return asOf.month === null ? Date.UTC(asOf.year, 6, 1) : Date.UTC(asOf.year, asOf.month, 0);
}

export function asOfLabel(asOf: AsOf, lang: 'zh' | 'en'): string {
  if (lang === 'en') return asOf.month === null ? String(asOf.year) : `${asOf.year}-${String(asOf.month).padStart(2, '0')}`;
  return asOf.month === null ? `${asOf.year}年` : `${asOf.year}年${asOf.month}月`;
}

// Two lines of one measure at one date that state different figures: the sources disagree, and both are drawn.
function disagreements(lines: readonly ProgressLine[]): number {
  let count = 0;
  for (const line of lines) {
    const byDate = new Map<string, Set<number>>();
    for (const point of line.points) byDate.set(point.asOf.label, (byDate.get(point.asOf.label) ?? new Set()).add(point.value));
    for (const values of byDate.values()) if (values.size > 1) count += 1;
  }
  return count;
}

/**
 * A place's stated figures over time: each measure's points where a source states them, on a time axis so that
 * gaps between dates stay as wide as they are. Only the stated points are figures: the thin dashed line between
 * them shows their order, never a value in between, and nothing is summed across dates.
 */
export function buildProgressChart(lines: readonly ProgressLine[], unit: ProgressUnit, context: ChartContext): ChartSpec {
  const { lang, t } = context;
  const title = t(`chart.progress.title.${unit}`);
  const unitWord = unit === 'people' ? t('unit.people') : t('kpi.incomeGainPerCapitaUnit');
  const points = lines.flatMap((line) => line.points).sort((a, b) => compareAsOf(a.asOf, b.asOf) || a.line - b.line);
  const labelOf = (point: ProgressPoint) => progressMeasure(point.measure)?.label[lang] ?? point.measure;
  const table = {
    columns: [t('chart.progress.asOf'), t('chart.progress.measure'), t('chart.progress.value'), t('chart.progress.stated'), t('chart.progress.source')],
    rows: points.map((point) => [asOfLabel(point.asOf, lang), labelOf(point), point.value, point.stated, point.source]),
  };
  const notes = [t('chart.progress.pointsOnly')];
  const disagreeing = disagreements(lines);
  if (disagreeing > 0) notes.push(t('chart.progress.disagree', { count: disagreeing }));
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return emptyChart({ title, table, unit: unitWord, notes }, t, 200);

  const description = t('chart.progress.description', {
    count: points.length,
    measures: lines.length,
    from: asOfLabel(first.asOf, lang),
    to: asOfLabel(last.asOf, lang),
  });
  const values = points.map((point) => point.value);
  const figure = (point: ProgressPoint) => `${formatNumber(point.value, lang)} ${unitWord}`;
  return drawnChart({ title, table, unit: unitWord, notes }, description, 320, {
    ...baseOption(),
    legend: { top: 0, left: 0, itemWidth: 22, itemHeight: 12, textStyle: { color: PALETTE.text } },
    grid: { left: 8, right: 24, top: lines.length > 2 ? 72 : 48, bottom: 8, containLabel: true },
    // A phone's legend wraps to about two measures a row: the plot starts below it, its axis name clear of it.
    media: [{ query: { maxWidth: NARROW_CHART_WIDTH }, option: { grid: { top: 40 + 24 * Math.ceil(lines.length / 2) } } }],
    tooltip: {
      trigger: 'item',
      confine: true,
      // A source's title runs to a sentence: wrapped, it stays beside its point instead of spanning the chart.
      extraCssText: 'max-width: 320px; white-space: normal;',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const point = points[Number((item?.data as number[] | undefined)?.[2])];
        if (!point) return '';
        const stated = point.approximate ? t('chart.progress.statedAs', { stated: point.stated }) : '';
        return [
          `<strong>${escapeHtml(labelOf(point))}</strong>`,
          `${escapeHtml(asOfLabel(point.asOf, lang))}：${escapeHtml(figure(point))}${escapeHtml(stated)}`,
          escapeHtml(t('chart.source', { sources: point.source })),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'time',
      min: Date.UTC(first.asOf.year, 0, 1),
      max: Date.UTC(last.asOf.year + 1, 0, 1),
      minInterval: Date.UTC(2001, 0, 1) - Date.UTC(2000, 0, 1),
      ...categoryAxisStyle,
      axisLabel: { ...categoryAxisStyle.axisLabel, formatter: (value: number) => String(new Date(value).getUTCFullYear()), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      ...valueAxis(values, lang, { intervals: VERTICAL_AXIS_SPLITS, headroom: 0.1 }),
      name: unitWord,
      nameTextStyle: valueAxisStyle.nameTextStyle,
    },
    series: lines.map((line, index) => ({
      type: 'line' as const,
      name: progressMeasure(line.measure)?.label[lang] ?? line.measure,
      data: line.points.map((point) => [asOfTime(point.asOf), point.value, points.indexOf(point)]),
      itemStyle: { color: LINE_COLOURS[index % LINE_COLOURS.length] ?? PALETTE.blue },
      lineStyle: { type: 'dashed' as const, width: 1 },
      symbol: LINE_SYMBOLS[index % LINE_SYMBOLS.length],
      symbolSize: 10,
      label: { show: false },
    })),
  });
}
