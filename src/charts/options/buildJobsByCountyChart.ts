import type { JobsRecord } from '../../data/types';
import { jobsByCounty, UNIT_TYPE_ORDER, type JobsMeasure } from '../../data/aggregate/jobsBreakdown';
import { formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { baseOption, categoryAxisStyle, clipLabel, escapeHtml, heightForBars, narrowValueAxisMedia, valueAxis } from '../commonOptions';
import { drawnChart, emptyChart, sayInstead } from '../chartSpec';
import { UNIT_TYPE_COLOURS, jobsMeasureNotes, jobsMeasureUnit, unitTypeLabel } from './buildJobsByUnitTypeChart';

/** A jobs measure by county, stacked by type of unit, largest county first. */
export function buildJobsByCountyChart(jobs: readonly JobsRecord[], measure: JobsMeasure, context: ChartContext): ChartSpec {
  const { lang, t } = context;
  const measureName = t(`jobsMeasure.${measure}`);
  const title = t('chart.jobs-by-county.title', { measure: measureName });
  const totalOf = (row: ReturnType<typeof jobsByCounty>[number]) => [...row.byType.values()].reduce((sum, m) => sum + (m.value ?? 0), 0);
  const counties = jobsByCounty(jobs, measure)
    .filter((row) => [...row.byType.values()].some((m) => m.value !== null))
    .sort((a, b) => totalOf(b) - totalOf(a) || a.county.localeCompare(b.county));
  const notes = jobsMeasureNotes(measure, context);
  const types = UNIT_TYPE_ORDER.filter((type) => counties.some((row) => row.byType.get(type)?.value != null));
  const unit = jobsMeasureUnit(measure, context);
  const table = {
    columns: [t('table.county'), ...types.map((type) => unitTypeLabel(type, lang))],
    rows: counties.map((row) => [row.county, ...types.map((type) => row.byType.get(type)?.value ?? null)]),
  };
  const [largest] = counties;
  if (largest === undefined) return emptyChart({ title, table, unit, notes }, t);

  const description = t('chart.jobs-by-county.description', {
    measure: measureName,
    count: counties.length,
    county: largest.county,
    largest: formatNumber(totalOf(largest), lang),
  });
  // Room above the bars for a legend that wraps onto a second line on a phone.
  const spec = drawnChart({ title, table, unit, notes }, description, heightForBars(counties.length) + 50, {
    ...baseOption(),
    // Stacked segments are told apart by colour and by pattern (the legend shows both), so no reader needs the colours.
    // Decals tell the unit types apart without colour; the label stays the page's (see baseOption).
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    legend: { top: 0, left: 0, itemWidth: 22, itemHeight: 14, textStyle: { color: PALETTE.text } },
    grid: { left: 8, right: 24, top: 58, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const name = items[0]?.name ?? '';
        const lines = items
          .filter((item) => item.value != null)
          .map((item) => `${escapeHtml(String(item.seriesName))}: ${formatNumber(Number(item.value), lang)}`);
        return [escapeHtml(String(name)), ...lines].join('<br/>');
      },
    },
    media: narrowValueAxisMedia(counties.map(totalOf), lang),
    xAxis: valueAxis(counties.map(totalOf), lang),
    yAxis: {
      type: 'category',
      inverse: true,
      data: counties.map((row) => row.county),
      ...categoryAxisStyle,
      // County names come from files: a long one is cut on the axis, as in every bar chart (see clipLabel).
      axisLabel: { ...categoryAxisStyle.axisLabel, formatter: (value: string) => clipLabel(value) },
    },
    series: types.map((type) => ({
      type: 'bar' as const,
      name: unitTypeLabel(type, lang),
      stack: 'units',
      barMaxWidth: 28,
      itemStyle: { color: UNIT_TYPE_COLOURS[type], borderColor: '#fff', borderWidth: 1 },
      data: counties.map((row) => row.byType.get(type)?.value ?? null),
    })),
  });
  // One county's stack by unit type is the unit-type chart beside it; on the page its total is said.
  return counties.length === 1 ? sayInstead(spec, { area: largest.county, value: formatNumber(totalOf(largest), lang) }) : spec;
}
