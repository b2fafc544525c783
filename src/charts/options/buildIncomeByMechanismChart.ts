import type { MechanismSummary } from '../../data/aggregate/incomeByMechanism';
import { formatList, formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { baseOption, categoryAxisStyle, escapeHtml, heightForBars, valueAxisStyle } from '../commonOptions';

/**
 * Mean annual income gain per household by mechanism. Mechanisms that state only a gain per person are
 * named in a note rather than drawn, since per person and per household are not on one scale.
 */
export function buildIncomeByMechanismChart(mechanisms: readonly MechanismSummary[], { lang, t }: ChartContext): ChartSpec {
  const title = t('chart.income-by-mechanism.title');
  const shown = mechanisms.filter((m) => m.income_gain_per_household_yuan.value !== null);
  const perCapitaOnly = mechanisms.filter((m) => m.income_gain_per_household_yuan.value === null && m.income_gain_per_capita_yuan.value !== null);
  const notes = perCapitaOnly.length > 0
    ? [t('chart.income-by-mechanism.perCapitaOnly', { names: formatList(perCapitaOnly.map((m) => m.mechanism), lang) })]
    : [];
  const [largest] = shown;
  if (largest === undefined) return { title, option: null, notes, description: t('chart.empty'), height: 180 };

  const description = t('chart.income-by-mechanism.description', {
    count: shown.length,
    mechanism: largest.mechanism,
    largest: formatNumber(largest.income_gain_per_household_yuan.value ?? 0, lang),
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
          return item ? `${escapeHtml(String(item.name))}<br/>${formatNumber(Number(item.value), lang)} ${escapeHtml(t('chart.axis.yuan'))}` : '';
        },
      },
      xAxis: { type: 'value', name: t('chart.axis.yuan'), nameLocation: 'middle', nameGap: 28, ...valueAxisStyle },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((m) => m.mechanism),
        ...categoryAxisStyle,
        axisLabel: { ...categoryAxisStyle.axisLabel, width: 180, overflow: 'break' },
      },
      series: [
        {
          type: 'bar',
          name: t('kpi.incomeGain'),
          barMaxWidth: 28,
          data: shown.map((m) => Math.round(m.income_gain_per_household_yuan.value ?? 0)),
          itemStyle: { color: PALETTE.green },
          label: { show: true, position: 'right', formatter: (p) => formatNumber(Number(p.value), lang), color: PALETTE.text },
        },
      ],
    },
  };
}
