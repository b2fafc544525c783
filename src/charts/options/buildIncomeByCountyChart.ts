import type { CountySummary } from '../../data/aggregate/summarise';
import { formatList, formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { baseOption, categoryAxisStyle, escapeHtml, heightForBars, valueAxisStyle } from '../commonOptions';

/** Each county's household-weighted mean annual income gain per household, largest first. */
export function buildIncomeByCountyChart(summaries: readonly CountySummary[], { lang, t }: ChartContext): ChartSpec {
  const title = t('chart.income-by-county.title');
  const gain = (summary: CountySummary) => summary.income_gain_per_household_yuan.value;
  const shown = summaries.filter((s) => gain(s) !== null).sort((a, b) => (gain(b) ?? 0) - (gain(a) ?? 0) || a.county.localeCompare(b.county));
  const withIncomeRows = summaries.filter((s) => gain(s) === null && s.income_gain_per_household_yuan.missing > 0).map((s) => s.county);
  const notes = withIncomeRows.length > 0 ? [t('chart.countiesWithoutFigure', { names: formatList(withIncomeRows, lang) })] : [];
  const [largest] = shown;
  if (largest === undefined) return { title, option: null, notes, description: t('chart.empty'), height: 180 };

  const description = t('chart.income-by-county.description', {
    count: shown.length,
    county: largest.county,
    largest: formatNumber(gain(largest) ?? 0, lang),
  });
  return {
    title,
    notes,
    description,
    height: heightForBars(shown.length),
    option: {
      ...baseOption(description),
      grid: { left: 8, right: 64, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (params) => {
          const [item] = Array.isArray(params) ? params : [params];
          const summary = shown[item?.dataIndex ?? -1];
          if (!item || !summary) return '';
          const households = summary.income_households.value;
          return [
            escapeHtml(summary.county),
            `${formatNumber(Number(item.value), lang)} ${escapeHtml(t('chart.axis.yuan'))}`,
            households === null ? '' : `${escapeHtml(t('kpi.incomeHouseholds'))}: ${formatNumber(households, lang)}`,
          ].filter(Boolean).join('<br/>');
        },
      },
      xAxis: { type: 'value', name: t('chart.axis.yuan'), nameLocation: 'middle', nameGap: 28, ...valueAxisStyle },
      yAxis: { type: 'category', inverse: true, data: shown.map((s) => s.county), ...categoryAxisStyle },
      series: [
        {
          type: 'bar',
          name: t('kpi.incomeGain'),
          barMaxWidth: 28,
          data: shown.map((s) => Math.round(gain(s) ?? 0)),
          itemStyle: { color: PALETTE.green },
          label: { show: true, position: 'right', formatter: (p) => formatNumber(Number(p.value), lang), color: PALETTE.text },
        },
      ],
    },
  };
}
