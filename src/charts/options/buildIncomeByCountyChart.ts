import type { CountySummary } from '../../data/aggregate/summarise';
import { levelWords } from '../levelWords';
import { formatList, formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { barsChart, emptyChart, sayInstead } from '../chartSpec';

/** Each county's household-weighted mean annual income gain per household, largest first. */
export function buildIncomeByCountyChart(summaries: readonly CountySummary[], { lang, t }: ChartContext): ChartSpec {
  const level = levelWords(summaries, t);
  const title = t('chart.income-by-county.title', level);
  const gain = (summary: CountySummary) => summary.income_gain_per_household_yuan.value;
  const shown = summaries.filter((s) => gain(s) !== null).sort((a, b) => (gain(b) ?? 0) - (gain(a) ?? 0) || a.county.localeCompare(b.county));
  const withIncomeRows = summaries.filter((s) => gain(s) === null && s.income_gain_per_household_yuan.missing > 0).map((s) => s.county);
  const notes = withIncomeRows.length > 0 ? [t('chart.countiesWithoutFigure', { names: formatList(withIncomeRows, lang) })] : [];
  const unit = t('chart.axis.yuan');
  const table = {
    columns: [t('table.county'), t('kpi.incomeHouseholds'), t('table.income_gain_per_household_yuan')],
    rows: shown.map((s) => [s.county, s.income_households.value, gain(s)]),
  };
  const [largest] = shown;
  if (largest === undefined) return emptyChart({ title, table, unit, notes }, t);

  const description = t('chart.income-by-county.description', {
    ...level,
    count: shown.length,
    county: largest.county,
    largest: formatNumber(gain(largest) ?? 0, lang),
  });
  const spec = barsChart(
    { title, table, unit, notes },
    {
      description,
      lang,
      categories: shown.map((s) => s.county),
      values: shown.map((s) => Math.round(gain(s) ?? 0)),
      colors: PALETTE.green,
      seriesName: t('kpi.incomeGain'),
      axisName: t('chart.axis.yuan'),
      tooltipLines: (index) => {
        const summary = shown[index];
        if (!summary) return [];
        const households = summary.income_households.value;
        return [
          summary.county,
          `${formatNumber(gain(summary) ?? 0, lang)} ${t('chart.axis.yuan')}`,
          ...(households === null ? [] : [`${t('kpi.incomeHouseholds')}: ${formatNumber(households, lang)}`]),
        ];
      },
    },
  );
  return shown.length === 1 ? sayInstead(spec, { area: largest.county, value: formatNumber(Math.round(gain(largest) ?? 0), lang) }) : spec;
}
