import type { CountySummary } from '../../data/aggregate/summarise';
import { formatCompact, formatList, formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { baseOption, categoryAxisStyle, escapeHtml, heightForBars, valueAxisStyle } from '../commonOptions';

/** Relocated people by county as horizontal bars, largest first; counties without a figure are named in a note. */
export function buildPeopleByCountyChart(summaries: readonly CountySummary[], { lang, t }: ChartContext): ChartSpec {
  const title = t('chart.people-by-county.title');
  const known = summaries
    .filter((summary) => summary.people.value !== null)
    .sort((a, b) => (b.people.value ?? 0) - (a.people.value ?? 0) || a.county.localeCompare(b.county));
  const unknown = summaries.filter((summary) => summary.people.value === null).map((summary) => summary.county);
  const notes = unknown.length > 0 ? [t('chart.countiesWithoutFigure', { names: formatList(unknown, lang) })] : [];
  const [largest] = known;
  if (largest === undefined) return { title, option: null, notes, description: t('chart.empty'), height: 180 };

  const total = known.reduce((sum, summary) => sum + (summary.people.value ?? 0), 0);
  const description = t('chart.people-by-county.description', {
    count: known.length,
    total: formatNumber(total, lang),
    county: largest.county,
    largest: formatNumber(largest.people.value ?? 0, lang),
  });
  return {
    title,
    notes,
    description,
    height: heightForBars(known.length),
    option: {
      ...baseOption(description),
      grid: { left: 8, right: 56, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (params) => {
          const [first] = Array.isArray(params) ? params : [params];
          if (!first) return '';
          return `${escapeHtml(String(first.name))}<br/>${formatNumber(Number(first.value), lang)} ${escapeHtml(t('unit.people'))}`;
        },
      },
      xAxis: { type: 'value', name: t('chart.axis.people'), axisLabel: { ...valueAxisStyle.axisLabel, formatter: (v: number) => formatCompact(v, lang) }, splitLine: valueAxisStyle.splitLine },
      yAxis: { type: 'category', inverse: true, data: known.map((summary) => summary.county), ...categoryAxisStyle },
      series: [
        {
          type: 'bar',
          name: t('kpi.people'),
          data: known.map((summary) => summary.people.value ?? 0),
          itemStyle: { color: PALETTE.blue },
          barMaxWidth: 28,
          label: { show: true, position: 'right', formatter: (p) => formatNumber(Number(p.value), lang), color: PALETTE.text },
        },
      ],
    },
  };
}
